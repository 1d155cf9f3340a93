package org.bibfolio.cli;

import java.io.PrintWriter;
import org.bibfolio.app.EntryDiff;
import org.bibfolio.app.LibraryUpdate;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * What every command that changes the library shares: {@code --library}, {@code --dry-run}, and the report of
 * what changed: the entry's changed lines on stdout ({@code -} removed, {@code +} added), notes on stderr.
 */
final class UpdateOptions {

    @Mixin
    LibraryOption library;

    @Option(names = {"-n", "--dry-run"}, description = "Show what would change without writing the library.")
    boolean dryRun;

    int run(CliContext context, CommandSpec spec, LibraryUpdate.Change change) throws Exception {
        LibraryUpdate update = new LibraryUpdate(library.path(context), library.name(context));
        LibraryUpdate.Result result = update.run(change, dryRun);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        printDiffs(out, result.edit());
        result.edit().warnings().forEach(warning -> err.println("bibfolio: warning: " + warning));
        result.edit().notes().forEach(note -> err.println("bibfolio: " + note));
        if (result.edit().diffs().stream().allMatch(EntryDiff::isEmpty)) {
            err.println("bibfolio: nothing to change");
        } else if (dryRun) {
            err.println("bibfolio: dry run: " + library.name(context) + " was not changed");
        }
        out.flush();
        err.flush();
        return ExitCodes.OK;
    }

    /** Each touched entry's changed lines, under {@code @@ KEY}. */
    static void printDiffs(PrintWriter out, LibraryUpdate.Edit edit) {
        for (EntryDiff diff : edit.diffs()) {
            if (!diff.isEmpty()) {
                out.println("@@ " + diff.key());
                diff.lines().forEach(out::println);
            }
        }
    }
}
