package org.bibfolio.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bibfolio.bibtex.LatexEncoder;
import org.bibfolio.model.PersonName;
import org.bibfolio.sources.Work;

/**
 * A work from a metadata service as the {@link PaperDraft} that {@code bibfolio add} validates and writes: the entry
 * type from the kind of work, names in the library's spelling, capitals in the title protected, and the user's own
 * marks (key, tags, Selected, status) kept.
 */
public final class WorkDraft {

    /** No key, tags, Selected or status of the user's own. */
    public static final PaperDraft NO_MARKS = new PaperDraft(Optional.empty(), Optional.empty(), Optional.empty(),
            List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), false,
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of());

    private WorkDraft() {
    }

    /** The entry type for a kind of work; an arXiv-only paper is a {@code @misc} preprint, as arXiv's BibTeX is. */
    public static String entryType(Work.Kind kind) {
        return switch (kind) {
            case JOURNAL_ARTICLE -> "article";
            case PROCEEDINGS_ARTICLE -> "inproceedings";
            case BOOK_CHAPTER -> "incollection";
            case BOOK -> "book";
            case THESIS -> "phdthesis";
            case REPORT -> "techreport";
            case PREPRINT, OTHER -> "misc";
        };
    }

    /** The draft of {@code work}; {@code marks} gives the key, tags, Selected and status the user asked for. */
    public static PaperDraft of(Work work, LibraryNames names, PaperDraft marks) {
        String type = entryType(work.kind());
        Map<String, String> extra = new LinkedHashMap<>();
        work.volume().ifPresent(v -> extra.put("volume", v));
        work.number().ifPresent(n -> extra.put("number", n));
        work.pages().ifPresent(p -> extra.put("pages", p));
        if (List.of("inproceedings", "incollection").contains(type)) {
            work.publisher().ifPresent(p -> extra.put("publisher", p));
        }
        work.arxivClass().filter(c -> work.arxiv().isPresent()).ifPresent(c -> extra.put("eprintclass", c));
        extra.putAll(marks.extraFields());
        Optional<String> venue = type.equals("book") ? work.publisher() : work.venue();
        return new PaperDraft(Optional.of(type), marks.key(), Optional.of(LatexEncoder.protectCapitals(work.title())),
                work.authors().stream().map(names::spell).map(WorkDraft::written).toList(),
                work.year().map(String::valueOf), work.month().map(String::valueOf), venue,
                work.venueShort().filter(s -> venue.isPresent()), marks.tags(), marks.selected(), work.doi(),
                work.arxiv(), Optional.empty(), marks.status(), extra);
    }

    /**
     * A name (plain Unicode, as the model holds it) as BibTeX reads it back into the same parts: "von Last, Jr,
     * First", LaTeX's specials escaped; a family name holding a comma or " and ", or a name with no given part (an
     * organisation), is braced whole.
     */
    public static String written(PersonName name) {
        PersonName escaped = new PersonName(LatexEncoder.escape(name.first()), LatexEncoder.escape(name.von()),
                LatexEncoder.escape(name.last()), LatexEncoder.escape(name.jr()));
        return writtenLatex(escaped);
    }

    private static String writtenLatex(PersonName name) {
        String family = name.familyWithParticle();
        boolean brace = family.contains(",") || family.matches("(?i).*\\sand\\s.*")
                || name.first().isEmpty() && family.contains(" ");
        String last = brace ? "{" + family + "}" : family;
        String jr = name.jr().isEmpty() ? "" : ", " + name.jr();
        return name.first().isEmpty() && jr.isEmpty() ? last : last + jr + ", " + name.first();
    }
}
