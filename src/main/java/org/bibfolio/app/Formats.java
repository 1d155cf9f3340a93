package org.bibfolio.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.bibfolio.style.format.Format;
import org.bibfolio.style.format.HtmlFormat;
import org.bibfolio.style.format.LatexFormat;
import org.bibfolio.style.format.MarkdownFormat;
import org.bibfolio.style.format.TextFormat;

/** The output formats by name. A new format is one class and one line here. */
public final class Formats {

    private static final Map<String, Supplier<Format>> FORMATS = new LinkedHashMap<>();

    static {
        FORMATS.put("markdown", MarkdownFormat::new);
        FORMATS.put("latex", LatexFormat::new);
        FORMATS.put("html", HtmlFormat::new);
        FORMATS.put("text", TextFormat::new);
    }

    private Formats() {
    }

    public static List<String> names() {
        return List.copyOf(FORMATS.keySet());
    }

    public static Optional<Format> byName(String name) {
        return Optional.ofNullable(FORMATS.get(name)).map(Supplier::get);
    }
}
