package org.bibfolio.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.bibfolio.app.Coauthors;
import org.bibfolio.json.SearchJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bibfolio coauthors}: everyone the owner wrote with, with paper counts and years. */
@Command(name = "coauthors",
        description = "List the owner's coauthors with paper count, first and last year (name variants merged).",
        footerHeading = "%nExamples:%n",
        footer = {
            "  bibfolio coauthors                          everyone, most papers first",
            "  bibfolio coauthors 'year:2021..'            coauthors of the last years, for a grant form",
            "  bibfolio coauthors --json | jq -r '.[].name'"})
final class CoauthorsCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Mixin
    private LibraryOption library;

    @Parameters(index = "0", arity = "0..1", paramLabel = "QUERY",
            description = "Count only the papers matching this search query.")
    private Optional<String> query;

    @Option(names = "--all", description = "Count every entry, not only the owner's papers.")
    private boolean all;

    @Option(names = "--json", description = "One JSON array (shape in docs/search.md).")
    private boolean json;

    CoauthorsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        List<Coauthors.Coauthor> coauthors = Coauthors.list(library.path(context), library.name(context), query, all);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.print(SearchJson.coauthors(coauthors));
        } else {
            for (Coauthors.Coauthor coauthor : coauthors) {
                out.println(String.join("\t", coauthor.name(), String.valueOf(coauthor.papers()),
                        Years.range(coauthor.firstYear(), coauthor.lastYear())));
            }
        }
        out.flush();
        return coauthors.isEmpty() ? ExitCodes.NO_MATCH : ExitCodes.OK;
    }
}
