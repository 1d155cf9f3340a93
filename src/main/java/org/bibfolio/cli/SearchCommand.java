package org.bibfolio.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.bibfolio.app.CvStyle;
import org.bibfolio.app.Formats;
import org.bibfolio.app.LibrarySearch;
import org.bibfolio.json.PublicationJson;
import org.bibfolio.model.Library;
import org.bibfolio.search.LibraryIndex;
import org.bibfolio.search.StoredAuthor;
import org.bibfolio.style.StyleCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bibfolio search QUERY}: the library's entries that match a query, from its search index. */
@Command(name = "search",
        description = "Find entries by words, author, venue, year, tag, status and more (grammar: docs/search.md).",
        footerHeading = "%nExamples:%n",
        footer = {
            "  bibfolio search 'author:belkin venue:ICLR'",
            "  bibfolio search 'tag:spotlight year:2022..' --sort relevance",
            "  bibfolio search '\"neural tangent\" OR coauthor:\"C. Liu\"' --json",
            "  bibfolio search 'status:submitted' --format markdown",
            "",
            "Exits 1, printing nothing, when nothing matches; 2 for a malformed query; 65 when entries of the library",
            "are broken BibTeX, which no search can find (each is named on stderr; the hits are printed)."})
final class SearchCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Mixin
    private LibraryOption library;

    @Parameters(index = "0", paramLabel = "QUERY", description = "What to find, e.g. author:\"M. Belkin\" year:2020..2024.")
    private String query;

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "year",
            converter = SearchOrder.Choices.class, completionCandidates = SearchOrder.Choices.class,
            description = "year (default: newest first) or relevance (best match first).")
    private SearchOrder sort;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "lines",
            converter = SearchFormats.class, completionCandidates = SearchFormats.class,
            description = "lines (default: key, year, authors, title, venue), json (as --json), bibtex (the entries as "
                    + "written), or an export format: markdown, latex, html, text.")
    private String format;

    @Option(names = "--json", description = "One JSON array, the shape of bibfolio list --json (= --format json).")
    private boolean json;

    @Option(names = "--style", paramLabel = "STYLE", defaultValue = CvStyle.DEFAULT,
            description = "House style for the export formats (default: cv).")
    private String style;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "0",
            description = "Print at most N entries (default: all).")
    private int limit;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            converter = ColorWhen.Choices.class, completionCandidates = ColorWhen.Choices.class,
            description = "Owner's name in bold: auto (default: on a terminal, unless NO_COLOR is set), always, never.")
    private ColorWhen color;

    SearchCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        if (json && !format.equals("lines") && !format.equals("json")) {
            throw new ParameterException(spec.commandLine(), "--json and --format " + format + " ask for two formats");
        }
        String output = json ? "json" : format;
        boolean needsPublications = !output.equals("lines") && !output.equals("bibtex");
        LibrarySearch.Result result = LibrarySearch.run(new LibrarySearch.Request(library.path(context),
                library.name(context), query, sort.order, Math.max(0, limit), needsPublications));
        PrintWriter err = spec.commandLine().getErr();
        if (result.hits().isEmpty()) {
            return library.reportUnread(context, err, result.unread(), ExitCodes.NO_MATCH);
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (output) {
            case "lines" -> result.hits().forEach(hit -> out.println(line(hit, bold())));
            case "bibtex" -> out.print(result.hits().stream().map(LibraryIndex.Hit::source)
                    .collect(Collectors.joining("\n\n", "", "\n")));
            case "json" -> {
                Library found = result.publications().orElseThrow();
                out.print(PublicationJson.array(found.publications(), found.owner()));
            }
            default -> out.print(LibrarySearch.render(result.publications().orElseThrow(),
                    new StyleCatalog(context.workingDirectory()).load(style), Formats.markup(output).orElseThrow()));
        }
        out.flush();
        return library.reportUnread(context, err, result.unread(), ExitCodes.OK);
    }

    private boolean bold() {
        return color == ColorWhen.ALWAYS
                || color == ColorWhen.AUTO && context.interactive() && context.env("NO_COLOR").isEmpty();
    }

    /** key, year, authors (family names, the owner's in bold), title, venue: tab-separated. */
    static String line(LibraryIndex.Hit hit, boolean bold) {
        String authors = hit.authors().stream().map(author -> name(author, bold)).collect(Collectors.joining(", "));
        return String.join("\t", hit.key(), hit.year().map(String::valueOf).orElse("----"), authors, hit.title(),
                hit.venue().shortName());
    }

    private static String name(StoredAuthor author, boolean bold) {
        String family = author.name().familyWithParticle();
        return author.owner() && bold ? "\u001B[1m" + family + "\u001B[0m" : family;
    }
}
