package org.bibfolio.bibtex;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How a library is laid out, learnt from its entries so that what bibfolio writes looks like what the owner wrote:
 * line ending, field indent, where {@code =} stands, the case of types and field names, the usual field order.
 * Every choice is the most common one in the text (a vote), so one odd entry does not change the style.
 *
 * @param newline        "\n" or "\r\n"
 * @param indent         whitespace before a field name
 * @param equalsColumn   when the {@code =} signs are aligned, their offset from the name's start; 0 when not
 * @param valueColumn    when the values are aligned, their offset from the name's start; 0 when not. Files aligned
 *                       by JabRef or Emacs' bibtex-mode ({@code author =       {…}}) align the values, not the signs
 * @param beforeEquals   the gap before {@code =} when not aligned
 * @param afterEquals    the gap between {@code =} and the value
 * @param trailingComma  whether the last field is followed by a comma
 * @param quoted         whether text values are written {@code "…"} rather than {@code {…}}
 * @param bareNumbers    whether numbers are written without delimiters ({@code year = 1984})
 * @param typeCase       how entry types are written
 * @param nameCase       how field names are written
 * @param fieldOrder     field names (lower case) in the order the file tends to use
 */
public record FileStyle(String newline, String indent, int equalsColumn, int valueColumn, String beforeEquals,
                        String afterEquals, boolean trailingComma, boolean quoted, boolean bareNumbers,
                        LetterCase typeCase, LetterCase nameCase, List<String> fieldOrder) {

    /** How identifiers are written: {@code article}, {@code ARTICLE} or {@code Article}. */
    public enum LetterCase {
        LOWER, UPPER, CAPITALIZED;

        public String apply(String word) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (this == UPPER) {
                return word.toUpperCase(Locale.ROOT);
            }
            return this == LOWER || lower.isEmpty() ? lower
                    : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        }

        static LetterCase of(String word) {
            if (word.equals(word.toLowerCase(Locale.ROOT))) {
                return LOWER;
            }
            return word.equals(word.toUpperCase(Locale.ROOT)) ? UPPER : CAPITALIZED;
        }
    }

    /** What a file without entries gets: the layout of the bundled library. */
    static final List<String> DEFAULT_ORDER = List.of("author", "editor", "title", "booktitle", "shortbooktitle",
            "journal", "journaltitle", "shortjournal", "series", "volume", "number", "pages", "publisher", "school",
            "institution", "year", "month", "date", "doi", "eprint", "eprinttype", "eprintclass", "url", "pubstate",
            "note", "keywords");

    public FileStyle {
        fieldOrder = List.copyOf(fieldOrder);
    }

    /** The style of the whole file. */
    public static FileStyle of(BibFile file) {
        return of(file.text(), file.entries().toList());
    }

    /** The style of one entry, for edits inside it; where the entry says nothing, the file's style. */
    public static FileStyle of(BibFile file, BibItem.Entry entry) {
        FileStyle own = of(file.text(), List.of(entry));
        FileStyle whole = of(file);
        boolean saysEnough = entry.fields().size() >= 2;
        return saysEnough ? new FileStyle(whole.newline, own.indent, own.equalsColumn, own.valueColumn,
                own.beforeEquals, own.afterEquals, own.trailingComma, own.quoted, own.bareNumbers, own.typeCase,
                own.nameCase, whole.fieldOrder) : whole;
    }

    private static FileStyle of(String text, List<BibItem.Entry> entries) {
        Votes<String> indents = new Votes<>();
        Votes<Integer> columns = new Votes<>();
        Votes<Integer> valueColumns = new Votes<>();
        Votes<String> before = new Votes<>();
        Votes<String> after = new Votes<>();
        Votes<Boolean> aligned = new Votes<>();
        Votes<Boolean> valuesAligned = new Votes<>();
        Votes<Boolean> trailing = new Votes<>();
        Votes<Boolean> quoted = new Votes<>();
        Votes<Boolean> bareNumbers = new Votes<>();
        Votes<LetterCase> typeCase = new Votes<>();
        Votes<LetterCase> nameCase = new Votes<>();
        // an order seen before adds nothing to the merge (each of its fields is placed already), and most entries of
        // a big file repeat a few orders: each distinct one is merged once, in the order first seen
        Set<List<String>> orders = new LinkedHashSet<>();
        for (BibItem.Entry entry : entries) {
            typeCase.add(LetterCase.of(entry.type()));
            List<Integer> entryColumns = new ArrayList<>();
            List<Integer> entryValueColumns = new ArrayList<>();
            List<String> order = new ArrayList<>();
            for (BibField field : entry.fields()) {
                order.add(field.normalizedName());
                nameCase.add(LetterCase.of(field.name()));
                lineIndent(text, field.span().start()).ifPresent(indents::add);
                String head = text.substring(field.span().start(), field.valueSpan().start());
                int equals = head.indexOf('=');
                entryColumns.add(equals);
                entryValueColumns.add(head.length());
                before.add(head.substring(field.name().length(), equals));
                after.add(head.substring(equals + 1));
                ValuePart part = field.value().get(0);
                if (field.value().size() == 1 && !(part instanceof ValuePart.Macro)) {
                    if (part instanceof ValuePart.Number) {
                        bareNumbers.add(true);
                    } else {
                        quoted.add(part instanceof ValuePart.Quoted);
                        String inner = part instanceof ValuePart.Quoted q ? q.text() : ((ValuePart.Braced) part).text();
                        if (isDigits(inner)) {
                            bareNumbers.add(false);
                        }
                    }
                }
            }
            if (!entry.fields().isEmpty()) {
                trailing.add(followedByComma(text, entry.fields().get(entry.fields().size() - 1)));
            }
            if (entry.fields().stream().map(f -> f.name().length()).distinct().count() > 1) {
                List<Integer> nameEnds = entry.fields().stream().map(f -> f.name().length()).toList();
                Optional<Integer> column = alignedColumn(entryColumns, nameEnds);
                aligned.add(column.isPresent());
                column.ifPresent(columns::add);
                Optional<Integer> valueColumn = alignedColumn(entryValueColumns,
                        entryColumns.stream().map(equals -> equals + 1).toList());
                valuesAligned.add(valueColumn.isPresent());
                valueColumn.ifPresent(valueColumns::add);
            }
            orders.add(order);
        }
        int column = aligned.winner(false) ? columns.winner(0) : 0;
        int valueColumn = valuesAligned.winner(false) ? valueColumns.winner(0) : 0;
        return new FileStyle(newline(text), indents.winner("  "), column, valueColumn, before.winner(" "),
                after.winner(" "),
                trailing.winner(true), quoted.winner(false), bareNumbers.winner(false), typeCase.winner(LetterCase.LOWER),
                nameCase.winner(LetterCase.LOWER), mergedOrder(orders));
    }

    /**
     * The column an entry's fields are aligned at, if they are: every field at it, but for names too long for it that
     * stand one space before it ({@code shortjournal = {PTRF}} among {@code author    = …}), as bibtex-mode and
     * bibfolio write them. {@code ends} are where each field's text before the column ends (its name, or its sign).
     */
    private static Optional<Integer> alignedColumn(List<Integer> columns, List<Integer> ends) {
        List<Integer> padded = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i) > ends.get(i) + 1) {
                padded.add(columns.get(i));
            }
        }
        if (padded.isEmpty() || padded.stream().distinct().count() > 1) {
            return columns.stream().distinct().count() == 1 ? Optional.of(columns.get(0)) : Optional.empty();
        }
        int column = padded.get(0);
        for (int i = 0; i < columns.size(); i++) {
            boolean overflows = columns.get(i) == ends.get(i) + 1 && columns.get(i) > column;
            if (columns.get(i) != column && !overflows) {
                return Optional.empty();
            }
        }
        return Optional.of(column);
    }

    /** "2024", not "" nor "2024a": a number a file may write bare. A loop, as it runs once per field of the file. */
    private static boolean isDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return !text.isEmpty();
    }

    /** The file's most common line ending: LF, CRLF, or CR alone (classic Mac OS files, some TeX Live ones). */
    static String newline(String text) {
        // found with indexOf, which scans a 50 MB library many times faster than a loop over its characters
        int crlf = 0;
        int lf = 0;
        int cr = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (i > 0 && text.charAt(i - 1) == '\r') {
                crlf++;
            } else {
                lf++;
            }
        }
        for (int i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
            if (i + 1 == text.length() || text.charAt(i + 1) != '\n') {
                cr++;
            }
        }
        if (cr > lf && cr > crlf) {
            return "\r";
        }
        return crlf > lf ? "\r\n" : "\n";
    }

    /** The whitespace before {@code offset} when only whitespace stands between it and the start of its line. */
    static Optional<String> lineIndent(String text, int offset) {
        int start = offset;
        while (start > 0 && (text.charAt(start - 1) == ' ' || text.charAt(start - 1) == '\t')) {
            start--;
        }
        boolean startsLine = start == 0 || text.charAt(start - 1) == '\n' || text.charAt(start - 1) == '\r';
        return startsLine ? Optional.of(text.substring(start, offset)) : Optional.empty();
    }

    static boolean followedByComma(String text, BibField field) {
        int i = field.span().end();
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && text.charAt(i) == ',';
    }

    /**
     * One order consistent with most entries: each field goes right after the field that preceded it where it was
     * first seen; fields the file never uses follow in {@link #DEFAULT_ORDER}.
     */
    private static List<String> mergedOrder(Collection<List<String>> orders) {
        List<String> merged = new ArrayList<>();
        for (List<String> order : orders) {
            int insertAt = 0;
            for (String name : order) {
                int known = merged.indexOf(name);
                if (known >= 0) {
                    insertAt = Math.max(insertAt, known + 1);
                } else {
                    merged.add(insertAt, name);
                    insertAt++;
                }
            }
        }
        for (String name : DEFAULT_ORDER) {
            if (!merged.contains(name)) {
                int previous = DEFAULT_ORDER.indexOf(name) - 1;
                int after = previous >= 0 ? merged.indexOf(DEFAULT_ORDER.get(previous)) : -1;
                merged.add(after + 1, name);
            }
        }
        return merged;
    }

    /** Counts the choices seen and names the most common; ties go to the first seen. */
    private static final class Votes<T> {
        private final Map<T, Integer> counts = new HashMap<>();
        private final List<T> seen = new ArrayList<>();

        void add(T choice) {
            if (counts.merge(choice, 1, Integer::sum) == 1) {
                seen.add(choice);
            }
        }

        T winner(T fallback) {
            Comparator<T> byCount = Comparator.comparing(counts::get);
            return seen.stream().max(byCount.thenComparing(choice -> -seen.indexOf(choice))).orElse(fallback);
        }
    }
}
