package org.bibfolio.cli;

import java.util.concurrent.Callable;
import org.bibfolio.app.FromIndex;
import org.bibfolio.app.LibrarySearch;
import org.bibfolio.search.LibraryIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bibfolio index}: brings the search index up to date now, or rebuilds it. */
@Command(name = "index", addMethodSubcommands = false,
        description = "Bring the search index (.bibfolio/index/ beside the library) up to date, or rebuild it; "
                + "search does this by itself, so this is only needed after trouble or to warm up.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  bibfolio index                 re-index what changed in library.bib",
            "  bibfolio index --rebuild       throw the index away and build it again",
            "  bibfolio index --library ~/cv/library.bib"})
final class IndexCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    LibraryOption library;

    @Option(names = "--rebuild", description = "Build the index from scratch.")
    boolean rebuild;

    @Option(names = "--quiet", description = "No progress bar (there is one on stderr when it is a terminal and "
            + "more than 10,000 entries are indexed).")
    boolean quiet;

    IndexCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        FromIndex<LibraryIndex.Status> indexed = LibrarySearch.index(library.path(context), library.name(context),
                rebuild, ProgressBar.forStderr(spec.commandLine().getErr(), "entries indexed",
                        ProgressBar.INDEX_OR_EXPORT, quiet));
        LibraryIndex.Status status = indexed.value();
        String what = switch (status.refresh()) {
            case FRESH -> "up to date";
            case UPDATED -> "updated: " + status.reindexed() + " entries re-indexed, " + status.deleted() + " deleted";
            case REBUILT -> "rebuilt: " + status.reindexed() + " entries";
        };
        spec.commandLine().getOut().println("index of " + library.name(context) + ": " + what);
        spec.commandLine().getOut().flush();
        return library.reportUnread(context, spec.commandLine().getErr(), indexed.unread(), ExitCodes.OK);
    }
}
