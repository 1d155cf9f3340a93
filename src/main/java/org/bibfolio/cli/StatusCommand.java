package org.bibfolio.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.bibfolio.app.CvMarks;
import org.bibfolio.app.CvSections;
import org.bibfolio.app.CvStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bibfolio status KEY STATUS [--to VENUE]}. */
@Command(name = "status", addMethodSubcommands = false,
        description = "Set where a paper stands (biblatex pubstate): submitted, accepted, published, preprint, "
                + "inpreparation, with the venue it went to.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  bibfolio status zhu2022note submitted --to \"Annals of Applied Probability\"",
            "  bibfolio status zhu2025iteratively accepted",
            "  bibfolio status zhu2025spectral published --venue \"Annals of Applied Probability\" --venue-short AAP",
            "  bibfolio status zhu2022note published --venue \"NeurIPS 2026\" --type inproceedings"})
final class StatusCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    UpdateOptions update;

    @Parameters(index = "0", paramLabel = "KEY", description = "The citation key of the entry.")
    String key;

    @Parameters(index = "1", paramLabel = "STATUS",
            converter = StatusConverter.class, completionCandidates = StatusConverter.class,
            description = "submitted, accepted, published (removes pubstate), preprint or inpreparation.")
    CvMarks.Status status;

    @Option(names = {"--to", "--venue"}, paramLabel = "VENUE",
            description = "The journal or conference (journal or booktitle, by entry type).")
    Optional<String> venue;

    @Option(names = "--venue-short", paramLabel = "ABBR",
            description = "The venue's abbreviation (shortjournal or shortbooktitle); a new venue without one "
                    + "drops the old abbreviation.")
    Optional<String> venueShort;

    @Option(names = "--type", paramLabel = "TYPE",
            description = "The entry type it becomes (article, inproceedings…). Default: a @misc, @online or "
                    + "@unpublished published at a journal becomes @article, at a conference @inproceedings.")
    Optional<String> type;

    @Option(names = "--force", description = "Write the entry even if check's rules find a new problem in it.")
    boolean force;

    StatusCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        // a broken styles/cv.toml only costs the note on which list it moved to
        CvSections sections = CvStyle.of(update.library.path(context)).map(CvSections::of).orElse(CvSections.NONE);
        return update.run(context, spec, CvMarks.status(key, new CvMarks.StatusChange(status, venue, venueShort,
                type, force), sections));
    }
}
