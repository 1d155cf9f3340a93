package org.bibfolio.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.bibfolio.app.LibrarySearch;
import org.bibfolio.model.Publication;
import java.util.concurrent.Callable;
import org.bibfolio.app.AtomicFiles;
import org.bibfolio.app.ExportFormat;
import org.bibfolio.app.Exporter;
import org.bibfolio.app.Formats;
import org.bibfolio.bibtex.LibraryReader;
import org.bibfolio.style.Style;
import org.bibfolio.style.StyleCatalog;
import org.bibfolio.style.format.LatexEngine;
import org.bibfolio.style.UnknownStyleException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code bibfolio export}: the CV publication lists of the library. */
@Command(name = "export",
        description = "Print the library's CV publication lists (Selected, Conference, Journal, Preprints) "
                + "in a citation style and output format.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  bibfolio export",
            "  bibfolio export --style apa --section conference",
            "  bibfolio export --style ieee --flat --format text",
            "  bibfolio export --format latex --standalone -o cv.tex && pdflatex cv.tex",
            "  bibfolio export --format latex --standalone --engine lualatex -o cv.tex && lualatex cv.tex",
            "  bibfolio export --section selected --format bibtex -o selected.bib"})
final class ExportCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Mixin
    private LibraryOption library;

    @Option(names = {"-s", "--section"}, paramLabel = "SECTION", defaultValue = Exporter.ALL,
            description = "The list to print: all (default: every section under its heading) or one section of "
                    + "the style: selected, conference, journal, preprint for 'cv'.")
    private String section;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "markdown",
            description = "Output format: markdown (default), latex, html, text; json (the rendered lists with "
                    + "each entry's data), csl-json (the entries for pandoc or Zotero), bibtex (the entries' own "
                    + "BibTeX with the @strings and crossref'd entries they need).")
    private String format;

    @Option(names = "--style", paramLabel = "STYLE", defaultValue = "cv",
            description = "Citation style: a house style (cv, default; cv-numbered, cv-compact), any CSL style of "
                    + "the official repository by id (apa, ieee, chicago-author-date, nature…), or the path of a "
                    + ".toml or .csl file. List them with 'bibfolio styles'.")
    private String style;

    @Option(names = "--sections", paramLabel = "STYLE", defaultValue = "cv",
            description = "For a CSL style: the house style whose CV sections, owner emphasis and appended tags "
                    + "are used (default: cv).")
    private String sections;

    @Option(names = "--flat",
            description = "One list of every entry in the style's own order, without CV sections.")
    private boolean flat;

    @Option(names = {"-q", "--query"}, paramLabel = "QUERY",
            description = "Only the entries a search query matches (the grammar of 'bibfolio search'), "
                    + "e.g. 'coauthor:belkin year:2022..'. Exit code 1 when nothing matches.")
    private String query;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (atomically) instead of standard output.")
    private String output;

    @Option(names = "--standalone",
            description = "A whole document (LaTeX that compiles, HTML page) instead of a fragment.")
    private boolean standalone;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "auto",
            description = "For --format latex: the TeX engine to write for: auto (default: pdflatex when its base "
                    + "packages set the text, else lualatex), pdflatex, lualatex, xelatex. The first line names it.")
    private String engine;

    ExportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        ExportFormat chosenFormat = Formats.byName(format)
                .orElseThrow(() -> invalid("--format", format, Formats.names()));
        LatexEngine chosenEngine = LatexEngine.byName(engine).orElseThrow(() -> invalid("--engine", engine,
                Arrays.stream(LatexEngine.values()).map(LatexEngine::id).toList()));
        if (format.equals("latex")) {
            chosenFormat = Formats.latex(chosenEngine);
        }
        StyleCatalog catalog = new StyleCatalog(context.workingDirectory());
        boolean sectionsIsPath = sections.contains("/") || sections.endsWith(".toml");
        if (!sectionsIsPath && !catalog.names().contains(sections)) {
            throw invalid("--sections", sections, new ArrayList<>(catalog.names()));
        }
        Style chosenStyle;
        try {
            chosenStyle = catalog.resolve(style, sections);
        } catch (UnknownStyleException e) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--style': " + e.getMessage());
        }
        boolean known = chosenStyle.sections().stream().anyMatch(s -> s.id().equalsIgnoreCase(section));
        if (!flat && !section.equals(Exporter.ALL) && !known) {
            List<String> valid = new ArrayList<>(List.of(Exporter.ALL));
            chosenStyle.sections().forEach(s -> valid.add(s.id()));
            throw invalid("--section", section, valid);
        }
        Predicate<Publication> selection = p -> true;
        if (query != null) {
            Set<String> keys = LibrarySearch.matchingKeys(library.path(context), library.name(context), query);
            if (keys.isEmpty()) {
                return ExitCodes.NO_MATCH;
            }
            selection = p -> keys.contains(p.key().toLowerCase(Locale.ROOT));
        }
        LibraryReader.Loaded loaded = library.readReporting(context, spec.commandLine().getErr());
        String text = Exporter.export(loaded,
                new Exporter.Request(chosenStyle, section, chosenFormat, standalone, flat, selection));
        if (format.equals("latex") && chosenEngine == LatexEngine.PDFLATEX) {
            LatexEngine.firstUnsupportedByPdflatex(text).ifPresent(c -> {
                throw new ParameterException(spec.commandLine(), String.format("Invalid value for option "
                        + "'--engine': pdflatex cannot set %s (U+%04X) in this export; use --engine auto, lualatex "
                        + "or xelatex", Character.toString(c), c));
            });
        }
        if (output == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            AtomicFiles.write(context.resolve(output), text.getBytes(StandardCharsets.UTF_8));
        }
        return LibraryOption.exitCode(loaded);
    }

    private ParameterException invalid(String option, String value, List<String> valid) {
        return new ParameterException(spec.commandLine(), "Invalid value for option '" + option
                + "': expected one of " + valid + " but was '" + value + "'");
    }
}
