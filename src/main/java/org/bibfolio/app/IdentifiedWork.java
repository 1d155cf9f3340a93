package org.bibfolio.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bibfolio.sources.SourceException;
import org.bibfolio.sources.Work;
import org.bibfolio.sources.WorkSource;

/**
 * The work a DOI or an arXiv id names, from the service that knows it best: Crossref for a DOI; arXiv for an arXiv
 * id, then Crossref when arXiv records the published version's DOI, so the entry describes the published paper and
 * keeps both links.
 */
public record IdentifiedWork(Work work, List<String> notes) {

    public IdentifiedWork {
        notes = List.copyOf(notes);
    }

    public static IdentifiedWork fetch(WorkSource crossref, WorkSource arxiv, Optional<String> doi,
                                       Optional<String> arxivId) throws SourceException {
        List<String> notes = new ArrayList<>();
        if (doi.isPresent()) {
            Work published = crossref.work(doi.get());
            return new IdentifiedWork(arxivId.map(id -> withArxiv(published, id, Optional.empty()))
                    .orElse(published), notes);
        }
        String id = arxivId.orElseThrow(() -> new IllegalArgumentException("a DOI or an arXiv id is needed"));
        Work preprint = arxiv.work(id);
        Optional<String> publishedDoi = preprint.publishedDoi();
        if (publishedDoi.isEmpty()) {
            preprint.journalRef().ifPresent(ref -> notes.add("arXiv records a journal reference but no DOI: "
                    + ref + "; once you know the venue, run 'bibfolio status KEY published --venue …'"));
            return new IdentifiedWork(preprint, notes);
        }
        try {
            Work published = crossref.work(publishedDoi.get());
            notes.add("arXiv links " + id + " to its published version, DOI " + publishedDoi.get()
                    + "; the entry describes that, with the arXiv id kept");
            return new IdentifiedWork(withArxiv(published, preprint.arxiv().orElse(id), preprint.arxivClass()),
                    notes);
        } catch (SourceException.UnknownWork e) {
            notes.add("arXiv links " + id + " to DOI " + publishedDoi.get() + ", which Crossref does not know; "
                    + "the entry describes the preprint");
            return new IdentifiedWork(preprint, notes);
        }
    }

    static Work withArxiv(Work work, String arxivId, Optional<String> arxivClass) {
        return new Work(work.kind(), work.title(), work.authors(), work.venue(), work.venueShort(), work.year(),
                work.month(), work.volume(), work.number(), work.pages(), work.publisher(), work.doi(),
                Optional.of(arxivId), arxivClass, work.journalRef());
    }
}
