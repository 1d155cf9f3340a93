package org.bibfolio.cli;

import java.io.PrintWriter;
import java.util.Optional;
import org.bibfolio.app.AddPaper;
import org.bibfolio.app.IdentifiedWork;
import org.bibfolio.app.LibraryNames;
import org.bibfolio.app.LibraryUpdate;
import org.bibfolio.app.PaperDraft;
import org.bibfolio.app.WorkDraft;
import org.bibfolio.bibtex.LibraryReader;
import org.bibfolio.sources.Services;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bibfolio add --doi DOI} and {@code add --arxiv ID} when nothing else describes the paper: the entry comes
 * from Crossref or arXiv and then goes through {@link AddPaper} like every added entry (validation, duplicates,
 * key). In a terminal it shows the entry and asks before writing; scripts get it written at once.
 */
final class AddByIdentifier {

    private AddByIdentifier() {
    }

    /** True when the options name the paper by identifier only, so its description is to be fetched. */
    static boolean wanted(PaperDraft draft, boolean snippetGiven) {
        return !snippetGiven && (draft.doi().isPresent() || draft.arxiv().isPresent()) && draft.type().isEmpty()
                && draft.title().isEmpty() && draft.authors().isEmpty() && draft.year().isEmpty()
                && draft.venue().isEmpty() && draft.venueShort().isEmpty() && draft.url().isEmpty();
    }

    static int run(CliContext context, CommandSpec spec, UpdateOptions update, PaperDraft marks, boolean force,
                   boolean yes) throws Exception {
        Optional<String> doi = marks.doi().map(d -> ServiceAccess.doi(spec, d));
        Optional<String> arxiv = marks.arxiv().map(a -> ServiceAccess.arxiv(spec, a));
        LibraryReader.Loaded library = update.library.read(context);
        Services services = ServiceAccess.services(context, spec, library.settings());
        PrintWriter err = spec.commandLine().getErr();
        IdentifiedWork found = IdentifiedWork.fetch(services.crossref(), services.arxiv(), doi, arxiv);
        found.notes().forEach(note -> err.println("bibfolio: note: " + note));
        PaperDraft draft = WorkDraft.of(found.work(), LibraryNames.of(library.library()), marks);
        LibraryUpdate.Change change = AddPaper.fromDraft(draft, force);
        if (!context.interactive() || yes || update.dryRun) {
            return update.run(context, spec, change);
        }
        LibraryUpdate writer = new LibraryUpdate(update.library.path(context), update.library.name(context));
        LibraryUpdate.Edit preview = writer.run(change, true).edit();
        PrintWriter out = spec.commandLine().getOut();
        UpdateOptions.printDiffs(out, preview);
        out.flush();
        preview.warnings().forEach(warning -> err.println("bibfolio: warning: " + warning));
        if (!new Answers(context, err).confirm("Add it to " + update.library.name(context) + "?", true)) {
            err.println("bibfolio: nothing added");
            return ExitCodes.OK;
        }
        LibraryUpdate.Result result = writer.run(change, false);
        result.edit().diffs().forEach(diff -> err.println("bibfolio: added " + diff.key() + " to "
                + update.library.name(context)));
        return ExitCodes.OK;
    }
}
