package org.bibfolio.cli;

import java.util.concurrent.Callable;
import org.bibfolio.app.CvMarks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bibfolio select KEY}. */
@Command(name = "select", addMethodSubcommands = false,
        description = "Put an entry in the CV's Selected list (adds 'selected' to its keywords).",
        footerHeading = "%nExamples:%n",
        footer = {
            "  bibfolio select mallinar2025emergence",
            "  bibfolio select zhu2025spectral --dry-run"})
final class SelectCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    UpdateOptions update;

    @Parameters(index = "0", paramLabel = "KEY", description = "The citation key of the entry.")
    String key;

    SelectCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        return update.run(context, spec, CvMarks.select(key, true));
    }
}
