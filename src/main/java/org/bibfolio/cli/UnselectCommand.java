package org.bibfolio.cli;

import java.util.concurrent.Callable;
import org.bibfolio.app.CvMarks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bibfolio unselect KEY}. */
@Command(name = "unselect", addMethodSubcommands = false,
        description = "Take an entry out of the CV's Selected list (removes 'selected' from its keywords).",
        footerHeading = "%nExamples:%n",
        footer = {
            "  bibfolio unselect liu2020linearity",
            "  bibfolio unselect zhu2022transition --dry-run"})
final class UnselectCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    UpdateOptions update;

    @Parameters(index = "0", paramLabel = "KEY", description = "The citation key of the entry.")
    String key;

    UnselectCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        return update.run(context, spec, CvMarks.select(key, false));
    }
}
