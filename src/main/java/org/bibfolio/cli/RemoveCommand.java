package org.bibfolio.cli;

import java.util.concurrent.Callable;
import org.bibfolio.app.EntryEdits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bibfolio remove KEY}. */
@Command(name = "remove", addMethodSubcommands = false,
        description = "Remove one entry from the library, with the lines it stood on.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  bibfolio remove zhu2022note",
            "  bibfolio remove zhu2022note --dry-run      show the entry that would go",
            "  bibfolio remove icml2024 --force           a proceedings entry that papers cross-reference"})
final class RemoveCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    UpdateOptions update;

    @Parameters(index = "0", paramLabel = "KEY", description = "The citation key of the entry.")
    String key;

    @Option(names = "--force", description = "Remove an entry even though others cross-reference it (crossref, "
            + "xdata) and would lose the fields they inherit from it.")
    boolean force;

    RemoveCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        return update.run(context, spec, EntryEdits.remove(key, force));
    }
}
