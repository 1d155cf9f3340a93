package org.bibfolio.sources;

import java.util.List;
import java.util.Optional;
import org.bibfolio.model.PersonName;

/**
 * A work as a metadata service describes it, before it becomes a library entry. Text fields are LaTeX, ready to be
 * a BibTeX value: a service that answers in Unicode or HTML (Crossref) has its text escaped, one that answers in TeX
 * (arXiv) is kept as written. Names are split into their parts and, as in the model, plain Unicode. Absent facts
 * are empty, never guessed.
 *
 * @param journalRef arXiv's free-text reference to the published version ({@code arxiv:journal_ref})
 */
public record Work(Kind kind, String title, List<PersonName> authors, Optional<String> venue,
                   Optional<String> venueShort, Optional<Integer> year, Optional<Integer> month,
                   Optional<String> volume, Optional<String> number, Optional<String> pages,
                   Optional<String> publisher, Optional<String> doi, Optional<String> arxiv,
                   Optional<String> arxivClass, Optional<String> journalRef) {

    /** What kind of work it is, as the services type it (Crossref's {@code type}, ORCID's work type). */
    public enum Kind {
        JOURNAL_ARTICLE, PROCEEDINGS_ARTICLE, BOOK_CHAPTER, BOOK, THESIS, REPORT, PREPRINT, OTHER
    }

    public Work {
        authors = List.copyOf(authors);
    }

    /** The DOI of the published version, when it is not arXiv's own DataCite DOI for the preprint. */
    public Optional<String> publishedDoi() {
        return doi.filter(d -> !d.toLowerCase(java.util.Locale.ROOT).startsWith("10.48550/"));
    }
}
