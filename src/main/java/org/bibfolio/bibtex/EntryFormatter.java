package org.bibfolio.bibtex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Writes new entries and new fields in a file's own {@link FileStyle}, so added text looks hand-written. */
public final class EntryFormatter {

    private final FileStyle style;

    public EntryFormatter(FileStyle style) {
        this.style = style;
    }

    /** A field as it will be written: {@code value} is BibTeX value syntax, delimiters included. */
    public record FieldText(String name, String value) { }

    /** {@code @type{key, …}} with the fields in the file's usual order, ending without a line break. */
    public String entry(String type, String key, List<FieldText> fields) {
        List<FieldText> ordered = new ArrayList<>(fields);
        ordered.sort(Comparator.comparingInt(this::rank));
        return entry(type, key, ordered, false);
    }

    /**
     * {@code @type{key, …}} with the fields in the order given and their names in the case given: a pasted snippet
     * as its author wrote it, in the file's layout (indent, alignment, line ends).
     */
    public String entryAsWritten(String type, String key, List<FieldText> fields) {
        return entry(type, key, fields, true);
    }

    private String entry(String type, String key, List<FieldText> ordered, boolean namesAsGiven) {
        StringBuilder out = new StringBuilder("@").append(style.typeCase().apply(type)).append('{').append(key);
        for (int i = 0; i < ordered.size(); i++) {
            boolean last = i == ordered.size() - 1;
            FieldText field = ordered.get(i);
            out.append(',').append(style.newline()).append(namesAsGiven ? line(field.name(), field.value())
                    : field(field));
            if (last && style.trailingComma()) {
                out.append(',');
            }
        }
        return out.append(style.newline()).append('}').toString();
    }

    /**
     * One field line, indent included, without comma or line break: the {@code =} at the file's column when its signs
     * are aligned, the value at the file's column when its values are (a name too long for the column gets one space,
     * as bibtex-mode writes it).
     */
    public String field(FieldText field) {
        return line(style.nameCase().apply(field.name().toLowerCase(Locale.ROOT)), field.value());
    }

    private String line(String name, String value) {
        String head = name + padTo(name.length(), style.equalsColumn(), style.beforeEquals()) + "=";
        return style.indent() + head + padTo(head.length(), style.valueColumn(), style.afterEquals()) + value;
    }

    /** The gap that brings {@code length} to {@code column}; one space past it; the file's gap when not aligned. */
    private static String padTo(int length, int column, String notAligned) {
        if (column == 0) {
            return notAligned;
        }
        return column > length ? " ".repeat(column - length) : " ";
    }

    /**
     * Unicode/LaTeX text as a value in the file's delimiters; a month name becomes BibTeX's month macro, and a number
     * stays bare where the file writes numbers bare.
     */
    public String value(String fieldName, String text) {
        if (fieldName.equalsIgnoreCase("month")) {
            Optional<Integer> month = MacroTable.monthNumber(text);
            if (month.isPresent()) {
                return MacroTable.MONTH_MACROS.get(month.get() - 1);
            }
        }
        return style.bareNumbers() && text.matches("\\d+") ? text : delimited(text, style.quoted());
    }

    /** {@code {text}}, or {@code "text"} when asked and the text allows it. */
    public static String delimited(String text, boolean quoted) {
        requireBalanced(text);
        return quoted && !hasTopLevelQuote(text) ? "\"" + text + "\"" : "{" + text + "}";
    }

    /** BibTeX cannot hold a value whose braces do not balance; refuse it before it breaks the file. */
    public static void requireBalanced(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth < 0) {
                break;
            }
        }
        if (depth != 0) {
            throw new IllegalArgumentException("unbalanced braces in value: " + text);
        }
    }

    private static boolean hasTopLevelQuote(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (c == '"' && depth == 0) {
                return true;
            }
        }
        return false;
    }

    private int rank(FieldText field) {
        int known = style.fieldOrder().indexOf(field.name().toLowerCase(Locale.ROOT));
        return known >= 0 ? known : Integer.MAX_VALUE;
    }
}
