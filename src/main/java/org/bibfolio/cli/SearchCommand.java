package org.bibfolio.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.bibfolio.app.CvStyle;
import org.bibfolio.app.Formats;
import org.bibfolio.app.LibrarySearch;
import org.bibfolio.json.PublicationJson;
import org.bibfolio.model.Library;
import org.bibfolio.search.LibraryIndex;
import org.bibfolio.search.StoredAuthor;
import org.bibfolio.style.Style;
import org.bibfolio.style.StyleCatalog;
import org.bibfolio.style.StyleException;
import org.bibfolio.style.UnknownStyleException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bibfolio search QUERY}: the library's entries that match a query, from its search index. */
@Command(name = "search", addMethodSubcommands = false,
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
    CommandSpec spec;

    @Mixin
    LibraryOption library;

    @Parameters(index = "0", paramLabel = "QUERY", description = "What to find, e.g. author:\"M. Belkin\" year:2020..2024.")
    String query;

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "year",
            converter = SearchOrder.Choices.class, completionCandidates = SearchOrder.Choices.class,
            description = "year (default: newest first) or relevance (best match first).")
    SearchOrder sort;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "lines",
            converter = SearchFormats.class, completionCandidates = SearchFormats.class,
            description = "lines (default: key, year, authors, title, venue), json (as --json), bibtex (the entries as "
                    + "written), or an export format: markdown, latex, html, text.")
    String format;

    @Option(names = "--json", description = "One JSON array, the shape of bibfolio list --json (= --format json).")
    boolean json;

    @Option(names = "--style", paramLabel = "STYLE", defaultValue = CvStyle.DEFAULT,
            description = "For the export formats: a house style (default: cv) or a CSL style (apa, ieee…), as "
                    + "for export.")
    String style;

    @Option(names = {"-n", "--limit"}, paramLabel = "N",
            description = "Print at most N entries, N at least 1 (default: all).")
    Optional<Integer> limit;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            converter = ColorWhen.Choices.class, completionCandidates = ColorWhen.Choices.class,
            description = "Owner's name in bold: auto (default: on a terminal, unless NO_COLOR is set), always, never.")
    ColorWhen color;

    SearchCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        if (json && !format.equals("lines") && !format.equals("json")) {
            throw new ParameterException(spec.commandLine(), "--json and --format " + format + " ask for two formats");
        }
        String output = json ? "json" : format;
        boolean rendered = Formats.markup(output).isPresent();
        if (!rendered && spec.commandLine().getParseResult().hasMatchedOption("--style")) {
            throw new ParameterException(spec.commandLine(), "--style shapes the export formats only (markdown, "
                    + "latex, html, text), not --format " + output + "; add --format text, for instance");
        }
        if (limit.isPresent() && limit.get() < 1) {
            throw new ParameterException(spec.commandLine(), "--limit takes a number of entries, 1 or more, not "
                    + limit.get() + "; leave it out for every match");
        }
        // Resolved before searching: a mistyped style is a usage error, whatever the index holds.
        Optional<Style> chosenStyle = rendered ? Optional.of(style()) : Optional.empty();
        boolean needsPublications = !output.equals("lines") && !output.equals("bibtex");
        // the first search of a big library builds its index: a bar on a terminal's stderr while it does
        LibrarySearch.Result result = LibrarySearch.run(new LibrarySearch.Request(library.path(context),
                library.name(context), query, sort.order, limit.orElse(0), needsPublications),
                ProgressBar.forStderr(spec.commandLine().getErr(), "entries indexed", ProgressBar.INDEX_OR_EXPORT,
                        false));
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
            default -> out.print(LibrarySearch.render(result.publications().orElseThrow(), chosenStyle.orElseThrow(),
                    Formats.markup(output).orElseThrow()));
        }
        out.flush();
        return library.reportUnread(context, err, result.unread(), ExitCodes.OK);
    }

    /** The style the export formats render in: any that {@code export --style} takes. */
    private Style style() throws StyleException {
        StyleCatalog catalog = new StyleCatalog(context.workingDirectory());
        try {
            return catalog.resolve(style, CvStyle.DEFAULT);
        } catch (UnknownStyleException e) {
            throw new Choices.ValueException(spec, "Invalid value for option '--style': " + e.getMessage(), style,
                    catalog.names());
        }
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
