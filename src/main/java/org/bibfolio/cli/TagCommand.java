package org.bibfolio.cli;

import java.util.concurrent.Callable;
import org.bibfolio.app.CvMarks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bibfolio tag KEY TAG [--remove]}. */
@Command(name = "tag", addMethodSubcommands = false,
        description = "Add a venue tag (Spotlight, Oral Presentation, Best Paper…) to an entry, or remove it.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  bibfolio tag zhu2024catapults Spotlight",
            "  bibfolio tag mallinar2025emergence \"Oral Presentation\" --remove"})
final class TagCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    UpdateOptions update;

    @Parameters(index = "0", paramLabel = "KEY", description = "The citation key of the entry.")
    String key;

    @Parameters(index = "1", paramLabel = "TAG", description = "The tag, as the CV shows it (kept in keywords).")
    String tag;

    @Option(names = "--remove", description = "Remove the tag instead of adding it.")
    boolean remove;

    TagCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        return update.run(context, spec, CvMarks.tag(key, tag, remove));
    }
}
