package org.bibfolio.app;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bibfolio.bibtex.BibSubset;
import org.bibfolio.bibtex.PreambleMacros;
import org.bibfolio.json.PublicationJson;
import org.bibfolio.model.Publication;
import org.bibfolio.style.csl.CslJson;
import org.bibfolio.style.format.Format;
import org.bibfolio.style.format.HtmlFormat;
import org.bibfolio.style.format.LatexEngine;
import org.bibfolio.style.format.LatexFormat;
import org.bibfolio.style.format.MarkdownFormat;
import org.bibfolio.style.format.PageAssets;
import org.bibfolio.style.format.TextFormat;

/**
 * The output formats by name. A markup format is one class of hooks and one line here; a data format one line
 * calling the package that owns its shape. The lambdas keep Jackson and citeproc-java unloaded until used.
 */
public final class Formats {

    /** The formats of rendered text alone, which anything that renders entries can use (search does). */
    private static final Map<String, Format> MARKUP = new LinkedHashMap<>();
    /** Everything export writes: the markup formats, and data formats that need the entries and the file. */
    private static final Map<String, ExportFormat> EXPORT = new LinkedHashMap<>();

    static {
        MARKUP.put("markdown", new MarkdownFormat());
        MARKUP.put("latex", new LatexFormat());
        MARKUP.put("html", new HtmlFormat());
        MARKUP.put("text", new TextFormat());
        MARKUP.forEach((name, format) -> EXPORT.put(name, ExportFormat.markup(format)));
        EXPORT.put("latex", latex(LatexEngine.AUTO));
        // export's html is the publication page (or its fragment); search keeps the plain list of the hooks
        EXPORT.put("html", new PageFormat(false));
        EXPORT.put("json", new CvJsonFormat());
        EXPORT.put("csl-json", new CslJsonFormat());
        EXPORT.put("bibtex", export -> BibSubset.of(export.source().file(),
                export.publications().stream().map(Publication::key).toList()));
        EXPORT.put("css", export -> PageAssets.listStylesheet());
    }

    private Formats() {
    }

    /** CSL-JSON, written item by item: each item is made from its publication as it is written, then dropped. */
    private static final class CslJsonFormat implements ExportFormat {
        @Override
        public String write(Export export) {
            return PublicationJson.write(CslJson.items(export.publications()));
        }

        @Override
        public void write(Export export, Writer out) throws IOException {
            PublicationJson.writeArray(CslJson.stream(export.publications()).iterator(), out);
        }
    }

    /**
     * Whether a format writes the entries' own text (BibTeX, the page's BibTeX toggles), which an export must then
     * read whole ({@link org.bibfolio.bibtex.LibraryReader#read}); the others need the model alone.
     */
    public static boolean needsEntryText(String name) {
        return name.equals("bibtex") || name.equals("html");
    }

    /** Whether a format shows the style's rendering of the entries (CSL-JSON and BibTeX are the entries' data). */
    public static boolean showsRendering(String name) {
        return !name.equals("csl-json") && !name.equals("bibtex") && !name.equals("css");
    }

    /** The export formats' names, markup formats first. */
    public static List<String> names() {
        return List.copyOf(EXPORT.keySet());
    }

    public static Optional<ExportFormat> byName(String name) {
        return Optional.ofNullable(EXPORT.get(name));
    }

    /**
     * How a page-like export is laid out.
     *
     * @param groupByYear html: the papers of each section under a heading per year
     * @param frontMatter markdown and html: YAML front matter first, for Jekyll and Hugo
     */
    public record Layout(boolean groupByYear, boolean frontMatter) {
        public static final Layout PLAIN = new Layout(false, false);
    }

    /** A format laid out as asked; which formats take which layout is the caller's to check. */
    public static Optional<ExportFormat> byName(String name, Layout layout) {
        Optional<ExportFormat> format = name.equals("html") && layout.groupByYear()
                ? Optional.of(new PageFormat(true)) : byName(name);
        return layout.frontMatter() ? format.map(FrontMatter::before) : format;
    }

    /** LaTeX for {@code engine}; a document includes the command definitions of the library's {@code @preamble}. */
    public static ExportFormat latex(LatexEngine engine) {
        return export -> new LatexFormat(engine, PreambleMacros.parse(export.source().preamble()).latexDefinitions())
                .render(export.sections(), export.headings(), export.standalone());
    }

    public static List<String> markupNames() {
        return List.copyOf(MARKUP.keySet());
    }

    public static Optional<Format> markup(String name) {
        return Optional.ofNullable(MARKUP.get(name));
    }
}
