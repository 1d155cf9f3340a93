package org.bibfolio.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.bibfolio.app.CvMarks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bibfolio status KEY STATUS [--to VENUE]}. */
@Command(name = "status",
        description = "Set where a paper stands (biblatex pubstate): submitted, accepted, published, preprint, "
                + "inpreparation, with the venue it went to.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  bibfolio status zhu2022note submitted --to \"Annals of Applied Probability\"",
            "  bibfolio status zhu2025iteratively accepted",
            "  bibfolio status zhu2025spectral published --venue \"Annals of Applied Probability\" --venue-short AAP"})
final class StatusCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Mixin
    private UpdateOptions update;

    @Parameters(index = "0", paramLabel = "KEY", description = "The citation key of the entry.")
    private String key;

    @Parameters(index = "1", paramLabel = "STATUS",
            converter = StatusConverter.class, completionCandidates = StatusConverter.class,
            description = "submitted, accepted, published (removes pubstate), preprint or inpreparation.")
    private CvMarks.Status status;

    @Option(names = {"--to", "--venue"}, paramLabel = "VENUE",
            description = "The journal or conference (journal or booktitle, by entry type).")
    private Optional<String> venue;

    @Option(names = "--venue-short", paramLabel = "ABBR",
            description = "The venue's abbreviation (shortjournal or shortbooktitle); a new venue without one "
                    + "drops the old abbreviation.")
    private Optional<String> venueShort;

    StatusCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        return update.run(context, spec, CvMarks.status(key, status, venue, venueShort));
    }
}
