package org.bibfolio.app;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bibfolio.bibtex.BibSyntaxException;
import org.bibfolio.bibtex.LibraryReader;
import org.bibfolio.model.Library;
import org.bibfolio.model.Publication;
import org.bibfolio.sources.SourceException;
import org.bibfolio.sources.Work;
import org.bibfolio.sources.WorkSource;

/**
 * {@code bibfolio sync --orcid ID}: the works a person's ORCID record lists that the library lacks, matched as
 * duplicates are (DOI, arXiv id, or title and year), and with {@code --add} those works added through Crossref (by
 * DOI) or arXiv, each through {@link AddPaper} like any added paper.
 */
public final class WorkSync {

    /** A listed work the library lacks, with the title as a reader sees it. */
    public record Missing(Work work, String title) { }

    /** The result of {@link #add}: the change to write, and the works that could not be fetched or were refused. */
    public record Additions(LibraryUpdate.Change change, List<String> notes) { }

    private WorkSync() {
    }

    public static List<Missing> missing(Library library, List<Work> listed) {
        Set<String> known = new HashSet<>();
        library.publications().forEach(p -> known.addAll(DuplicatePapers.identities(p)));
        List<Missing> missing = new ArrayList<>();
        for (Work work : listed) {
            Publication asEntry = asPublication(work);
            if (DuplicatePapers.identities(asEntry).stream().noneMatch(known::contains)) {
                missing.add(new Missing(work, asEntry.title()));
            }
        }
        return missing;
    }

    /** Fetches each missing work by its DOI (Crossref) or arXiv id (arXiv, in one batch) and adds it. */
    public static Additions add(LibraryReader.Loaded library, List<Missing> missing, WorkSource crossref,
                                WorkSource arxiv) throws SourceException {
        List<String> notes = new ArrayList<>();
        List<String> arxivIds = missing.stream().map(Missing::work).filter(w -> w.doi().isEmpty())
                .flatMap(w -> w.arxiv().stream()).toList();
        Map<String, Work> preprints = arxiv.works(arxivIds);
        LibraryNames names = LibraryNames.of(library.library());
        List<PaperDraft> drafts = new ArrayList<>();
        for (Missing item : missing) {
            Work listed = item.work();
            Optional<Work> fetched;
            if (listed.doi().isPresent()) {
                try {
                    Work work = crossref.work(listed.doi().get());
                    fetched = Optional.of(listed.arxiv().map(id -> IdentifiedWork.withArxiv(work, id,
                            Optional.empty())).orElse(work));
                } catch (SourceException.UnknownWork e) {
                    notes.add("not added: " + e.getMessage());
                    fetched = Optional.empty();
                }
            } else {
                fetched = listed.arxiv().map(preprints::get);
                if (fetched.isEmpty()) {
                    notes.add("not added: '" + item.title() + "' has " + (listed.arxiv().isPresent()
                            ? "an arXiv id arXiv does not know" : "no DOI or arXiv id")
                            + "; add it with bibfolio add --title …");
                }
            }
            fetched.ifPresent(work -> drafts.add(WorkDraft.of(work, names, WorkDraft.NO_MARKS)));
        }
        return new Additions(each(drafts, notes), notes);
    }

    /** Adds the drafts one after another; one that {@code add} refuses (a duplicate) is left out with a warning. */
    private static LibraryUpdate.Change each(List<PaperDraft> drafts, List<String> notes) {
        return library -> {
            LibraryReader.Loaded current = library;
            List<EntryDiff> diffs = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            for (PaperDraft draft : drafts) {
                try {
                    LibraryUpdate.Edit edit = AddPaper.fromDraft(draft, false).apply(current);
                    diffs.addAll(edit.diffs());
                    warnings.addAll(edit.warnings());
                    current = read(current.file().source(), edit.text(), current);
                } catch (EntryRejectedException e) {
                    warnings.add("not added: " + e.getMessage());
                }
            }
            return new LibraryUpdate.Edit(current.file().text(), diffs, warnings);
        };
    }

    /** The work as the reader would see it once written, so it is compared exactly as entries are. */
    private static Publication asPublication(Work work) {
        PaperDraft draft = WorkDraft.of(work, LibraryNames.NONE, WorkDraft.NO_MARKS);
        StringBuilder text = new StringBuilder("@" + draft.type().orElseThrow() + "{listed");
        draft.fields(draft.type().orElseThrow()).forEach((name, value) -> text.append(",\n  ").append(name)
                .append(" = {").append(value).append('}'));
        try {
            return LibraryReader.read("<listed>", text.append("\n}\n").toString(), StandardCharsets.UTF_8)
                    .library().publications().get(0);
        } catch (BibSyntaxException e) {
            throw new IllegalStateException("a listed work made invalid BibTeX: " + e.getMessage(), e);
        }
    }

    private static LibraryReader.Loaded read(String source, String text, LibraryReader.Loaded like) {
        try {
            return LibraryReader.read(source, text, like.file().charset());
        } catch (BibSyntaxException e) {
            throw new IllegalStateException("an added entry made invalid BibTeX", e);
        }
    }
}
