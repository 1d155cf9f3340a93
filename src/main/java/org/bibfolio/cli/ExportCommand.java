package org.bibfolio.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.function.Predicate;
import org.bibfolio.app.AtomicFiles;
import org.bibfolio.app.CvStyle;
import org.bibfolio.app.ExportFormat;
import org.bibfolio.app.Exporter;
import org.bibfolio.app.Formats;
import org.bibfolio.app.LibrarySearch;
import org.bibfolio.bibtex.LibraryReader;
import org.bibfolio.model.Background;
import org.bibfolio.model.Progress;
import org.bibfolio.model.Publication;
import org.bibfolio.style.Style;
import org.bibfolio.style.StyleCatalog;
import org.bibfolio.style.UnknownStyleException;
import org.bibfolio.style.format.LatexEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code bibfolio export}: the CV publication lists of the library. */
@Command(name = "export", addMethodSubcommands = false,
        description = "Print the library's CV publication lists (Selected, Conference, Journal, Preprints) "
                + "in a citation style and output format.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  bibfolio export",
            "  bibfolio export --style apa --section conference",
            "  bibfolio export --style ieee --flat --format text",
            "  bibfolio export --format latex --standalone -o cv.tex && pdflatex cv.tex",
            "  bibfolio export --format html --standalone -o index.html",
            "  bibfolio export --format latex --standalone --engine lualatex -o cv.tex && lualatex cv.tex",
            "  bibfolio export --section selected --format bibtex -o selected.bib"})
final class ExportCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    LibraryOption library;

    @Option(names = {"-s", "--section"}, paramLabel = "SECTION", defaultValue = Exporter.ALL,
            description = "The list to print: all (default: every section under its heading) or one section of "
                    + "the style: selected, conference, journal, preprint, book, report, thesis, other for 'cv'. "
                    + "With all, an entry no section includes is named on stderr.")
    String section;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "markdown",
            converter = ExportFormats.class, completionCandidates = ExportFormats.class,
            description = "Output format: markdown (default), latex, html, text; json (the rendered lists with "
                    + "each entry's data), csl-json (the entries for pandoc or Zotero), bibtex (the entries' own "
                    + "BibTeX with the @strings and crossref'd entries they need); css (the html fragment's stylesheet).")
    String format;

    @Option(names = "--style", paramLabel = "STYLE", defaultValue = CvStyle.DEFAULT,
            description = "Citation style: a house style (cv, default; cv-numbered, cv-compact), any CSL style of "
                    + "the official repository by id (apa, ieee, chicago-author-date, nature…; mla, chicago and acm for "
                    + "modern-language-association, chicago-author-date and acm-sig-proceedings), or the path of a "
                    + ".toml or .csl file. List them with 'bibfolio styles'.")
    String style;

    @Option(names = "--sections", paramLabel = "STYLE", defaultValue = CvStyle.DEFAULT,
            description = "For a CSL style: the house style whose CV sections, owner emphasis and appended tags "
                    + "are used (default: cv).")
    String sections;

    @Option(names = "--flat",
            description = "One list in the style's own order, without CV sections: of every entry, or of one "
                    + "section's with --section.")
    boolean flat;

    @Option(names = {"-q", "--query"}, paramLabel = "QUERY",
            description = "Only the entries a search query matches (the grammar of 'bibfolio search'), "
                    + "e.g. 'coauthor:belkin year:2022..'. Exit code 1 when nothing matches.")
    String query;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (atomically) instead of standard output.")
    String output;

    @Option(names = "--standalone",
            description = "A whole document (LaTeX that compiles, HTML page) instead of a fragment.")
    boolean standalone;

    @Option(names = "--group", paramLabel = "BY", defaultValue = "none",
            converter = Groupings.class, completionCandidates = Groupings.class,
            description = "html: the papers of each section under a heading per year (year), or not (none, "
                    + "default).")
    String group;

    @Option(names = "--front-matter",
            description = "markdown, html fragment: begin with YAML front matter (title, author) for Jekyll or "
                    + "Hugo.")
    boolean frontMatter;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "auto",
            description = "For --format latex: the TeX engine to write for: auto (default: pdflatex when its base "
                    + "packages set the text, else lualatex), pdflatex, lualatex, xelatex. The first line names it.")
    String engine;

    @Option(names = "--quiet", description = "No progress bar (there is one on stderr when it is a terminal and "
            + "more than 10,000 entries are rendered).")
    boolean quiet;

    ExportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        FutureTask<LibraryReader.Loaded> reading = Background.start("bibfolio-read",
                () -> library.read(context, !Formats.needsEntryText(format)));
        ExportFormat chosenFormat = Formats.byName(format, layout()).orElseThrow();
        List<String> engines = Arrays.stream(LatexEngine.values()).map(LatexEngine::id).toList();
        LatexEngine chosenEngine = ChoiceConverter.match(engine, engines).flatMap(LatexEngine::byName)
                .orElseThrow(() -> Choices.invalid(spec, "--engine", engine, engines));
        if (format.equals("latex")) {
            chosenFormat = Formats.latex(chosenEngine);
        }
        StyleCatalog catalog = new StyleCatalog(context.workingDirectory());
        boolean sectionsIsPath = sections.contains("/") || sections.endsWith(".toml");
        if (!sectionsIsPath && !catalog.has(sections)) {
            throw Choices.invalid(spec, "--sections", sections, catalog.names());
        }
        Style chosenStyle;
        try {
            chosenStyle = catalog.resolve(style, sections);
        } catch (UnknownStyleException e) {
            throw new Choices.ValueException(spec, "Invalid value for option '--style': " + e.getMessage(), style,
                    catalog.styleNames());
        }
        List<String> valid = new ArrayList<>(List.of(Exporter.ALL));
        chosenStyle.sections().forEach(s -> valid.add(s.id()));
        String chosenSection = ChoiceConverter.match(section, valid)
                .orElseThrow(() -> Choices.invalid(spec, "--section", section, valid));
        Predicate<Publication> selection = p -> true;
        if (query != null) {
            Set<String> keys = LibrarySearch.matchingKeys(library.path(context), library.name(context), query);
            if (keys.isEmpty()) {
                return ExitCodes.NO_MATCH;
            }
            selection = p -> keys.contains(p.key().toLowerCase(Locale.ROOT));
        }
        LibraryReader.Loaded read = Background.result(reading);
        if (output != null && !library.mayWrite(read, context, spec.commandLine().getErr(), output)) {
            return ExitCodes.DATA_ERROR;
        }
        LibraryReader.Loaded loaded = library.report(read, context, spec.commandLine().getErr());
        Exporter.Request request = new Exporter.Request(chosenStyle, chosenSection, chosenFormat, standalone, flat,
                selection);
        PrintWriter err = spec.commandLine().getErr();
        Progress rendering = ProgressBar.forStderr(err, "entries rendered", ProgressBar.INDEX_OR_EXPORT, quiet);
        if (!format.equals("latex")) {
            // written as the format makes it: CSL-JSON item by item, never the whole text at once
            warn(err, catalog.isHouseStyle(style), loaded, request);
            if (output == null) {
                Exporter.export(loaded, request, spec.commandLine().getOut(), rendering);
                spec.commandLine().getOut().flush();
                warnRendered(err, chosenStyle);
            } else {
                // the file's bytes alone, never the text as a string beside them
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                Exporter.export(loaded, request, writer, rendering);
                writer.flush();
                warnRendered(err, chosenStyle);
                AtomicFiles.write(context.resolve(output), bytes.toByteArray());
            }
            return LibraryOption.exitCode(loaded);
        }
        StringWriter latex = new StringWriter();
        Exporter.export(loaded, request, latex, rendering);
        String text = latex.toString();
        if (chosenEngine == LatexEngine.PDFLATEX) {
            LatexEngine.firstUnsupportedByPdflatex(text).ifPresent(c -> {
                throw new ParameterException(spec.commandLine(), String.format("Invalid value for option "
                        + "'--engine': pdflatex cannot set %s (U+%04X) in this export; use --engine auto, lualatex "
                        + "or xelatex", Character.toString(c), c));
            });
        }
        warn(err, catalog.isHouseStyle(style), loaded, request);
        warnRendered(err, chosenStyle);
        if (output == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            AtomicFiles.write(context.resolve(output), text.getBytes(StandardCharsets.UTF_8));
        }
        return LibraryOption.exitCode(loaded);
    }

    /** The export's warnings on stderr: --sections a house style ignores, papers printed once or left out. */
    private void warn(PrintWriter err, boolean houseStyle, LibraryReader.Loaded loaded, Exporter.Request request) {
        if (houseStyle && spec.commandLine().getParseResult().hasMatchedOption("--sections")) {
            err.println("bibfolio: warning: --sections applies to CSL styles; house style '" + style
                    + "' has its own lists, so --sections " + sections + " is ignored");
        }
        Exporter.warnings(loaded, request).forEach(line -> err.println("bibfolio: warning: " + line));
    }

    /** What the rendering found wrong in its own output (the owner's name left out by a CSL style's rule). */
    private void warnRendered(PrintWriter err, Style style) {
        if (Formats.showsRendering(format)) {
            style.renderingWarnings().forEach(line -> err.println("bibfolio: warning: " + line));
        }
    }

    /** {@code --group} and {@code --front-matter}, refused where the format has no use for them. */
    private Formats.Layout layout() {
        if (group.equals("year") && !format.equals("html")) {
            throw new ParameterException(spec.commandLine(), "--group year applies to --format html only");
        }
        if (frontMatter && !(format.equals("markdown") || format.equals("html") && !standalone)) {
            throw new ParameterException(spec.commandLine(),
                    "--front-matter applies to --format markdown and to the html fragment (without --standalone)");
        }
        return new Formats.Layout(group.equals("year"), frontMatter);
    }

    /** {@code --group}'s values. */
    static final class Groupings extends ChoiceConverter {
        @Override
        List<String> choices() {
            return List.of("none", "year");
        }
    }
}
