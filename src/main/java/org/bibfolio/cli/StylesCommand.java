package org.bibfolio.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.bibfolio.app.StyleList;
import org.bibfolio.json.StylesJson;
import org.bibfolio.style.StyleCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bibfolio styles}: the citation styles export accepts, with their titles. */
@Command(name = "styles", addMethodSubcommands = false,
        description = "List the citation styles: house styles (styles/*.toml) and the ~10,500 CSL styles of the "
                + "official repository, one per line: name, kind (house or csl), title.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  bibfolio styles --search chicago",
            "  bibfolio styles --search 'american psychological'",
            "  bibfolio styles | grep -c csl",
            "  bibfolio styles --json | jq -r '.[] | select(.kind == \"house\") | .id'"})
final class StylesCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Option(names = "--search", paramLabel = "TEXT", defaultValue = "",
            description = "Only styles whose name or title contains TEXT (ignoring case).")
    String search;

    @Option(names = "--json", description = "One JSON array of {id, kind, title} (docs/styles.md).")
    boolean json;

    StylesCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        List<StyleList.Row> rows = StyleList.list(new StyleCatalog(context.workingDirectory()), search);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.print(StylesJson.write(rows.stream().map(r -> new StylesJson.Style(r.id(), r.kind(), r.title()))
                    .toList()));
        } else {
            rows.forEach(row -> out.println(String.join("\t", row.id(), row.kind(), row.title())));
        }
        out.flush();
        return rows.isEmpty() ? ExitCodes.NO_MATCH : ExitCodes.OK;
    }
}
