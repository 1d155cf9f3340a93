package org.bibfolio.bibtex;

import java.util.List;
import java.util.Locale;

/**
 * One {@code name = value} of an entry as written. {@code span} runs from the first character of the name to the
 * last of the value, so an edit can replace exactly those characters and nothing around them.
 */
public record BibField(String name, List<ValuePart> value, Span span, Span valueSpan) {

    public BibField {
        value = List.copyOf(value);
    }

    /** Field names are case-insensitive in BibTeX. */
    public String normalizedName() {
        return name.toLowerCase(Locale.ROOT);
    }
}
