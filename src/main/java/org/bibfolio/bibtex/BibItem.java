package org.bibfolio.bibtex;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A top-level piece of a library file. Items cover the file without gaps, so writing each item's original text in
 * order gives back the file byte for byte; text between entries is kept as {@link Junk}, as BibTeX ignores it.
 */
public sealed interface BibItem {

    /** Where the item stands in the file it was read from. */
    Span span();

    /** {@code @type{key, field = value, …}}; {@code delimiter} is the opening '{' or '('. */
    record Entry(String type, String key, List<BibField> fields, Span span, char delimiter) implements BibItem {

        public Entry {
            fields = List.copyOf(fields);
        }

        public String normalizedType() {
            return type.toLowerCase(Locale.ROOT);
        }

        public Optional<BibField> field(String name) {
            return fields.stream().filter(f -> f.name().equalsIgnoreCase(name)).findFirst();
        }
    }

    /** {@code @string{name = value}}. */
    record StringDefinition(String name, List<ValuePart> value, Span span) implements BibItem {
        public StringDefinition {
            value = List.copyOf(value);
        }
    }

    /** {@code @preamble{value}}. */
    record Preamble(List<ValuePart> value, Span span) implements BibItem {
        public Preamble {
            value = List.copyOf(value);
        }
    }

    /** {@code @comment{…}}; {@code content} is the text between the delimiters. */
    record Comment(String content, Span span) implements BibItem { }

    /** Text outside any item: blank lines, {@code %} lines, free prose. */
    record Junk(Span span) implements BibItem { }

    /**
     * Text that starts an item but is not valid BibTeX, from its {@code @} to the next line that starts an item. It
     * is kept byte for byte (so the file still round-trips) and never read as an entry; {@code key} is its key (or
     * @string name) when the parse got that far, {@code error} says what is wrong and where.
     */
    record Broken(Span span, Optional<String> key, BibSyntaxException error) implements BibItem { }
}
