package org.bibfolio.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.bibfolio.app.LibraryUpdate;
import org.bibfolio.app.PreprintUpdates;
import org.bibfolio.bibtex.LibraryReader;
import org.bibfolio.sources.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bibfolio update [KEY…]}. */
@Command(name = "update", addMethodSubcommands = false,
        description = "Turn preprints that got published into the published papers: asks arXiv whether each "
                + "preprint (an arXiv id, status preprint, submitted or accepted) has a published version and "
                + "Crossref for its venue, shows each change, and applies it when you confirm (or with --yes). "
                + "The arXiv id stays, so both links do.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  bibfolio update                          every preprint, asking for each change",
            "  bibfolio update garcia2024linear --yes   one entry, without asking",
            "  bibfolio update --dry-run                only show what would change"})
final class UpdateCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    UpdateOptions update;

    @Parameters(arity = "0..*", paramLabel = "KEY", description = "Only these entries (default: every preprint).")
    List<String> keys = new ArrayList<>();

    @Option(names = "--yes", description = "Apply every change found without asking.")
    boolean yes;

    UpdateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        LibraryReader.Loaded library = update.library.read(context);
        Services services = ServiceAccess.services(context, spec, library.settings());
        PreprintUpdates.Plan plan = PreprintUpdates.plan(library, keys, services.arxiv(), services.crossref());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        plan.notes().forEach(note -> err.println("bibfolio: note: " + note));
        boolean asking = context.interactive() && !yes && !update.dryRun;
        Answers answers = new Answers(context, err);
        List<PreprintUpdates.Proposal> chosen = new ArrayList<>();
        boolean all = false;
        for (PreprintUpdates.Proposal proposal : plan.proposals()) {
            out.println("@@ " + proposal.key());
            proposal.diff().lines().forEach(out::println);
            out.flush();
            if (!asking || all) {
                chosen.add(proposal);
                continue;
            }
            Answers.Choice choice = answers.choose("Apply this change to " + proposal.key() + "?");
            if (choice == Answers.Choice.QUIT) {
                break;
            }
            all = choice == Answers.Choice.ALL;
            if (choice != Answers.Choice.NO) {
                chosen.add(proposal);
            }
        }
        String summary = plan.unchanged() + " with no published version found, left untouched";
        if (plan.proposals().isEmpty()) {
            err.println("bibfolio: no preprint to update; " + summary);
            return ExitCodes.OK;
        }
        if (update.dryRun || !yes && !context.interactive()) {
            err.println("bibfolio: " + plan.proposals().size() + " change(s) proposed, none applied ("
                    + (update.dryRun ? "dry run" : "run with --yes to apply them") + "); " + summary);
            return ExitCodes.OK;
        }
        if (!chosen.isEmpty()) {
            new LibraryUpdate(update.library.path(context), update.library.name(context))
                    .run(PreprintUpdates.apply(chosen), false);
        }
        err.println("bibfolio: updated " + chosen.size() + " of " + plan.proposals().size() + " published "
                + "preprint(s); " + summary);
        return ExitCodes.OK;
    }
}
