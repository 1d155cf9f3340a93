package org.bibfolio.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.bibfolio.app.Coauthors;
import org.bibfolio.app.FromIndex;
import org.bibfolio.json.SearchJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code bibfolio coauthors}: everyone the owner wrote with, with paper counts and years. */
@Command(name = "coauthors", addMethodSubcommands = false,
        description = "List the owner's coauthors with paper count, first and last year (name variants merged).",
        footerHeading = "%nExamples:%n",
        footer = {
            "  bibfolio coauthors                          everyone, most papers first",
            "  bibfolio coauthors 'year:2021..'            coauthors of the last years, for a grant form",
            "  bibfolio coauthors --json | jq -r '.[].name'"})
final class CoauthorsCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    TallyOptions options;

    CoauthorsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        FromIndex<List<Coauthors.Coauthor>> listed = Coauthors.list(
                options.library.path(context), options.library.name(context), options.query, options.all);
        List<Coauthors.Coauthor> coauthors = listed.value();
        PrintWriter out = spec.commandLine().getOut();
        if (options.json) {
            out.print(SearchJson.coauthors(coauthors.stream().map(c -> new SearchJson.Coauthor(c.name(), c.variants(),
                    c.papers(), c.firstYear(), c.lastYear())).toList()));
        } else {
            for (Coauthors.Coauthor coauthor : coauthors) {
                out.println(String.join("\t", coauthor.name(), String.valueOf(coauthor.papers()),
                        Years.range(coauthor.firstYear(), coauthor.lastYear())));
            }
        }
        out.flush();
        return options.library.reportUnread(context, spec.commandLine().getErr(), listed.unread(),
                coauthors.isEmpty() ? ExitCodes.NO_MATCH : ExitCodes.OK);
    }
}
