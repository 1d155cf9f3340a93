package org.bibfolio.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bibfolio.bibtex.BibSubset;
import org.bibfolio.json.PublicationJson;
import org.bibfolio.model.Publication;
import org.bibfolio.style.csl.CslJson;
import org.bibfolio.style.format.HtmlFormat;
import org.bibfolio.style.format.LatexFormat;
import org.bibfolio.style.format.MarkdownFormat;
import org.bibfolio.style.format.TextFormat;

/**
 * The output formats by name. A markup format is one class of hooks and one line here; a data format one line
 * calling the package that owns its shape. The lambdas keep Jackson and citeproc-java unloaded until used.
 */
public final class Formats {

    private static final Map<String, ExportFormat> FORMATS = new LinkedHashMap<>();

    static {
        FORMATS.put("markdown", ExportFormat.markup(new MarkdownFormat()));
        FORMATS.put("latex", ExportFormat.markup(new LatexFormat()));
        FORMATS.put("html", ExportFormat.markup(new HtmlFormat()));
        FORMATS.put("text", ExportFormat.markup(new TextFormat()));
        FORMATS.put("json", new CvJsonFormat());
        FORMATS.put("csl-json", export -> PublicationJson.write(CslJson.items(export.publications())));
        FORMATS.put("bibtex", export -> BibSubset.of(export.source().file(),
                export.publications().stream().map(Publication::key).toList()));
    }

    private Formats() {
    }

    public static List<String> names() {
        return List.copyOf(FORMATS.keySet());
    }

    public static Optional<ExportFormat> byName(String name) {
        return Optional.ofNullable(FORMATS.get(name));
    }
}
