package org.bibfolio.bibtex;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An entry's fields after macro and crossref resolution: lower-case name → raw LaTeX value, and optionally the
 * same fields already decoded ({@link #decode}) so {@link #text} need not decode them again.
 */
record Fields(Map<String, String> raw, Map<String, String> decoded) {

    Fields(Map<String, String> raw) {
        this(raw, Map.of());
    }

    /** Fields biblatex treats as verbatim: decoding LaTeX would corrupt them ({@code ~} in a URL). */
    static final Set<String> VERBATIM = Set.of("url", "doi", "eprint", "file", "pdf", "code", "arxiv", "isbn",
            "issn", "crossref", "keywords", "slides", "video", "poster", "supp", "blog", "website");

    Optional<String> raw(String name) {
        return Optional.ofNullable(raw.get(name)).map(String::strip).filter(value -> !value.isEmpty());
    }

    /** The field as Unicode text: LaTeX decoded, or verbatim fields with their protecting braces removed. */
    Optional<String> text(String name) {
        String value = raw.get(name);
        if (value == null) {
            return Optional.empty();
        }
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            return Optional.empty();
        }
        // decoded holds decode(name, value): the same as decoding the stripped value when nothing was stripped
        String known = stripped.length() == value.length() ? decoded.get(name) : null;
        String text = known != null ? known : decode(name, stripped);
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** The first of the given fields that is present, as text. */
    Optional<String> firstText(String... names) {
        for (String name : names) {
            Optional<String> value = text(name);
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    Optional<String> lowerText(String name) {
        return text(name).map(value -> value.toLowerCase(Locale.ROOT));
    }

    static String decode(String name, String value) {
        return VERBATIM.contains(name) ? value.replace("{", "").replace("}", "").strip() : LatexDecoder.decode(value);
    }
}
