package org.bibfolio.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.bibfolio.app.Venues;
import org.bibfolio.app.FromIndex;
import org.bibfolio.json.SearchJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code bibfolio venues}: where the owner published, with counts. */
@Command(name = "venues", addMethodSubcommands = false,
        description = "List the venues where the owner's papers appeared (published or accepted), with paper counts "
                + "and years, most papers first.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  bibfolio venues",
            "  bibfolio venues 'type:journal'              journals only",
            "  bibfolio venues --all 'status:submitted'    where work is under review",
            "  bibfolio venues --all --json                every venue in the library, as JSON"})
final class VenuesCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    TallyOptions options;

    VenuesCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        FromIndex<List<Venues.VenueCount>> listed = Venues.list(
                options.library.path(context), options.library.name(context), options.query, options.all);
        List<Venues.VenueCount> venues = listed.value();
        PrintWriter out = spec.commandLine().getOut();
        if (options.json) {
            out.print(SearchJson.venues(venues.stream().map(v -> new SearchJson.Venue(v.name(), v.abbreviation(),
                    v.papers(), v.firstYear(), v.lastYear())).toList()));
        } else {
            for (Venues.VenueCount venue : venues) {
                out.println(String.join("\t", venue.abbreviation().isEmpty() ? "-" : venue.abbreviation(),
                        String.valueOf(venue.papers()), Years.range(venue.firstYear(), venue.lastYear()),
                        venue.name()));
            }
        }
        out.flush();
        return options.library.reportUnread(context, spec.commandLine().getErr(), listed.unread(),
                venues.isEmpty() ? ExitCodes.NO_MATCH : ExitCodes.OK);
    }
}
