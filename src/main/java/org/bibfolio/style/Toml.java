package org.bibfolio.style;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A TOML reader for style files: comments; bare, quoted and dotted keys; basic ("…") and literal ('…') strings and
 * their multi-line forms ("""…""" and '''…'''); integers (decimal, 0x, 0o, 0b, with underscores); booleans;
 * arrays over several lines; inline tables; {@code [table]} and {@code [[array.of.tables]]}. Floats and dates, which
 * no style setting takes, are refused by name. Every value keeps where it was written, so the style reader's
 * schema errors carry file:line:column too. Hand-written, since a house-style export must not pay a parser
 * library's start-up (ADR 0009).
 */
final class Toml {

    /** A value and where it starts: String, Long, Boolean, List of Value, or Table. */
    static final class Value {
        private final Object value;
        private final int offset;
        private final Toml origin;
        /** For strings: the source offset of each character (escapes and line breaks make them differ). */
        private final int[] charOffsets;

        private Value(Object value, int offset, Toml origin, int[] charOffsets) {
            this.value = value;
            this.offset = offset;
            this.origin = origin;
            this.charOffsets = charOffsets;
        }

        Object get() {
            return value;
        }

        /** "file:line:col: problem" for this value. */
        StyleException error(String problem) {
            return origin.error(offset, problem);
        }

        /** "file:line:col: problem" for the character at {@code index} of this string value. */
        StyleException errorAt(int index, String problem) {
            int at = charOffsets.length == 0 ? offset
                    : charOffsets[Math.max(0, Math.min(index, charOffsets.length - 1))];
            return origin.error(at, problem);
        }
    }

    /** A table: its keys in file order, and whether a [header] defined it (TOML allows that once). */
    static final class Table {
        final Map<String, Value> entries = new LinkedHashMap<>();
        /** Where each key was written (its name as a value at the key), for errors about the key itself. */
        final Map<String, Value> keys = new LinkedHashMap<>();
        private boolean defined;
        private boolean inline;
    }

    private final String source;
    private final String text;
    private final int[] lineStarts;
    private int pos;

    private Toml(String source, String text) {
        this.source = source;
        this.text = text;
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Parses a whole document into its root table (a value at the start of the file). */
    static Value parse(String source, String text) throws StyleException {
        Toml toml = new Toml(source, text);
        return new Value(toml.document(), 0, toml, new int[0]);
    }

    private Table document() throws StyleException {
        Table root = new Table();
        Table current = root;
        while (skipBlankLinesAndComments()) {
            int start = pos;
            if (text.charAt(pos) == '[') {
                boolean array = text.startsWith("[[", pos);
                pos += array ? 2 : 1;
                List<String> path = key();
                expect(array ? "]]" : "]");
                current = header(root, path, array, start);
            } else {
                keyValue(current);
            }
            endOfLine();
        }
        return root;
    }

    /** {@code key = value}, the key possibly dotted, into {@code table}. */
    private void keyValue(Table table) throws StyleException {
        int start = pos;
        List<String> key = key();
        expect("=");
        skipSpaces();
        Value value = value();
        Table target = table;
        for (String part : key.subList(0, key.size() - 1)) {
            target = child(target, part, start, false);
        }
        String last = key.get(key.size() - 1);
        if (target.entries.containsKey(last)) {
            throw error(start, "'" + String.join(".", key) + "' is set twice");
        }
        target.entries.put(last, value);
        target.keys.put(last, new Value(last, start, this, new int[0]));
    }

    /** The table a [header] or [[header]] opens. */
    private Table header(Table root, List<String> path, boolean arrayElement, int start) throws StyleException {
        Table table = root;
        for (String part : path.subList(0, path.size() - 1)) {
            table = child(table, part, start, true);
        }
        String last = path.get(path.size() - 1);
        Value existing = table.entries.get(last);
        if (arrayElement) {
            if (existing != null && !(existing.get() instanceof TableArray)) {
                throw error(start, "'" + last + "' is already a " + describe(existing.get()) + ", not [[" + last
                        + "]] tables");
            }
            TableArray array = existing == null ? new TableArray() : (TableArray) existing.get();
            if (existing == null) {
                table.entries.put(last, new Value(array, start, this, new int[0]));
            }
            Table element = new Table();
            element.defined = true;
            array.add(new Value(element, start, this, new int[0]));
            return element;
        }
        Table child = child(table, last, start, true);
        if (child.defined) {
            throw error(start, "the table [" + String.join(".", path) + "] is defined twice");
        }
        child.defined = true;
        return child;
    }

    /** The sub-table {@code name} of {@code table}, created when absent; the last element of a [[array]]. */
    private Table child(Table table, String name, int start, boolean viaHeader) throws StyleException {
        Value existing = table.entries.get(name);
        if (existing == null) {
            Table created = new Table();
            table.entries.put(name, new Value(created, start, this, new int[0]));
            return created;
        }
        if (viaHeader && existing.get() instanceof TableArray array) {
            return (Table) array.get(array.size() - 1).get();
        }
        if (existing.get() instanceof Table found && !found.inline) {
            return found;
        }
        throw error(start, "'" + name + "' is already a " + describe(existing.get()) + ", not a table");
    }

    /** The elements of a [[name]] array of tables: a list of its own kind, so a plain array is told apart. */
    static final class TableArray extends ArrayList<Value> {
    }

    /** What kind of value this is, in the words of error messages. */
    static String describe(Object value) {
        if (value instanceof String) {
            return "string";
        }
        if (value instanceof Long) {
            return "number";
        }
        if (value instanceof Boolean) {
            return "boolean";
        }
        if (value instanceof TableArray) {
            return "list of [[tables]]";
        }
        return value instanceof List ? "list" : "table";
    }

    private List<String> key() throws StyleException {
        List<String> parts = new ArrayList<>();
        do {
            skipSpaces();
            if (pos < text.length() && (text.charAt(pos) == '"' || text.charAt(pos) == '\'')) {
                if (text.startsWith("\"\"\"", pos) || text.startsWith("'''", pos)) {
                    throw error(pos, "a key cannot be a multi-line string");
                }
                parts.add((String) string().get());
            } else {
                int start = pos;
                while (pos < text.length() && isBareKeyChar(text.charAt(pos))) {
                    pos++;
                }
                if (start == pos) {
                    throw error(pos, "expected a key");
                }
                parts.add(text.substring(start, pos));
            }
            skipSpaces();
        } while (pos < text.length() && text.charAt(pos) == '.' && ++pos > 0);
        return parts;
    }

    private Value value() throws StyleException {
        if (pos >= text.length() || text.charAt(pos) == '\n' || text.charAt(pos) == '\r') {
            throw error(pos, "expected a value");
        }
        char c = text.charAt(pos);
        if (c == '"' || c == '\'') {
            return string();
        }
        if (c == '[') {
            return array();
        }
        if (c == '{') {
            return inlineTable();
        }
        return scalar();
    }

    private Value scalar() throws StyleException {
        int start = pos;
        while (pos < text.length() && !isValueEnd(text.charAt(pos))) {
            pos++;
        }
        String word = text.substring(start, pos);
        if (word.equals("true") || word.equals("false")) {
            return new Value(Boolean.valueOf(word), start, this, new int[0]);
        }
        return new Value(integer(word, start), start, this, new int[0]);
    }

    private Long integer(String word, int start) throws StyleException {
        String digits = word.replace("_", "");
        int radix = 10;
        if (word.matches("0[xob][0-9A-Fa-f_]+")) {
            radix = switch (word.charAt(1)) {
                case 'x' -> 16;
                case 'o' -> 8;
                default -> 2;
            };
            digits = digits.substring(2);
        } else if (!word.matches("[+-]?(0|[1-9](_?\\d)*)")) {
            pos = start;
            if (word.matches("[+-]?(\\d[\\d_]*)?(\\.\\d[\\d_]*)?([eE][+-]?\\d+)?|[+-]?(inf|nan)") && !word.isEmpty()) {
                throw error(start, "'" + word + "' is a floating-point number; style settings take whole numbers");
            }
            if (word.matches("\\d{4}-\\d{2}-\\d{2}.*|\\d{2}:\\d{2}.*")) {
                throw error(start, "'" + word + "' is a date or time; no style setting takes one");
            }
            throw error(start, word.isEmpty() ? "expected a value" : "expected a string (in quotes), a number, "
                    + "true or false, a [list] or an {inline table}, found '" + word + "'");
        }
        try {
            return Long.parseLong(digits, radix);
        } catch (NumberFormatException e) {
            throw error(start, "the number " + word + " is too large");
        }
    }

    private Value array() throws StyleException {
        int start = pos++;
        List<Value> items = new ArrayList<>();
        while (true) {
            skipWhitespaceAndComments();
            if (pos >= text.length()) {
                throw error(start, "'[' is never closed");
            }
            if (text.charAt(pos) == ']') {
                pos++;
                return new Value(items, start, this, new int[0]);
            }
            items.add(value());
            skipWhitespaceAndComments();
            if (pos < text.length() && text.charAt(pos) == ',') {
                pos++;
            } else if (pos >= text.length() || text.charAt(pos) != ']') {
                throw error(pos, "expected ',' or ']' in the list");
            }
        }
    }

    private Value inlineTable() throws StyleException {
        int start = pos++;
        Table table = new Table();
        skipSpaces();
        if (pos < text.length() && text.charAt(pos) == '}') {
            pos++;
        } else {
            while (true) {
                keyValue(table);
                skipSpaces();
                if (pos < text.length() && text.charAt(pos) == ',') {
                    pos++;
                } else if (pos < text.length() && text.charAt(pos) == '}') {
                    pos++;
                    break;
                } else {
                    throw error(pos, "expected ',' or '}' in the inline table (it must fit on one line)");
                }
            }
        }
        table.inline = true;
        return new Value(table, start, this, new int[0]);
    }

    private Value string() throws StyleException {
        int start = pos;
        char quote = text.charAt(pos);
        boolean multiLine = text.startsWith(String.valueOf(quote).repeat(3), pos);
        String delimiter = String.valueOf(quote).repeat(multiLine ? 3 : 1);
        pos += delimiter.length();
        if (multiLine && text.startsWith("\r\n", pos)) {
            pos += 2;
        } else if (multiLine && text.startsWith("\n", pos)) {
            pos++;
        }
        StringBuilder out = new StringBuilder();
        int[] offsets = new int[Math.max(16, text.length() - pos)];
        while (true) {
            if (pos >= text.length()) {
                throw error(start, multiLine ? "the string is never closed" : unclosedOnItsLine(quote));
            }
            if (text.startsWith(delimiter, pos)) {
                // """a"""" is a" : up to two quotes just before the closing delimiter belong to the text
                int run = delimiter.length();
                while (multiLine && run < 5 && pos + run < text.length() && text.charAt(pos + run) == quote) {
                    run++;
                }
                for (int i = delimiter.length(); i < run; i++) {
                    offsets[out.length()] = pos;
                    out.append(quote);
                    pos++;
                }
                pos += delimiter.length();
                return new Value(out.toString(), start, this, Arrays.copyOf(offsets, out.length()));
            }
            char c = text.charAt(pos);
            if (c == '\n' && !multiLine) {
                throw error(start, unclosedOnItsLine(quote));
            }
            int at = pos;
            if (c == '\\' && quote == '"') {
                String escaped = escape(multiLine);
                for (int i = 0; i < escaped.length(); i++) {
                    offsets[out.length() + i] = at;
                }
                out.append(escaped);
                continue;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                throw error(pos, "control character U+" + String.format("%04X", (int) c) + " in a string");
            }
            offsets[out.length()] = at;
            out.append(c);
            pos++;
        }
    }

    private static String unclosedOnItsLine(char quote) {
        return "the string is not closed on its line (use " + String.valueOf(quote).repeat(3)
                + " for text over several lines)";
    }

    private String escape(boolean multiLine) throws StyleException {
        int start = pos++;
        if (pos >= text.length()) {
            throw error(start, "unfinished escape");
        }
        char c = text.charAt(pos++);
        switch (c) {
            case 'b': return "\b";
            case 't': return "\t";
            case 'n': return "\n";
            case 'f': return "\f";
            case 'r': return "\r";
            case '"': return "\"";
            case '\\': return "\\";
            case 'u', 'U':
                int length = c == 'u' ? 4 : 8;
                if (pos + length <= text.length() && text.substring(pos, pos + length).matches("[0-9a-fA-F]+")) {
                    int codePoint = Integer.parseInt(text.substring(pos, pos + length), 16);
                    pos += length;
                    if (Character.isValidCodePoint(codePoint)) {
                        return Character.toString(codePoint);
                    }
                }
                throw error(start, "\\" + c + " needs " + length + " hex digits of a Unicode character");
            default:
                if (multiLine && (c == ' ' || c == '\t' || c == '\n' || c == '\r')) {
                    pos--;
                    return trimmedLineEnd(start);
                }
                throw error(start, "unknown escape '\\" + c + "' (write templates as literal strings '…' or '''…''', "
                        + "where \\ is kept as it is)");
        }
    }

    /** A backslash at the end of a line in """…""" joins the lines, dropping the whitespace between. */
    private String trimmedLineEnd(int start) throws StyleException {
        int at = pos;
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
            at++;
        }
        if (at >= text.length() || (text.charAt(at) != '\n' && text.charAt(at) != '\r')) {
            throw error(start, "a backslash followed by a space must end the line");
        }
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        pos = at;
        return "";
    }

    /** After a key = value or a [header]: only spaces and a comment may follow on the line. */
    private void endOfLine() throws StyleException {
        skipSpaces();
        if (pos < text.length() && text.charAt(pos) == '#') {
            skipToEndOfLine();
        }
        if (pos < text.length() && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
            throw error(pos, "expected the end of the line, found '" + text.charAt(pos) + "'");
        }
    }

    /** Skips blank lines and comment lines; false at the end of the text. */
    private boolean skipBlankLinesAndComments() {
        skipWhitespaceAndComments();
        return pos < text.length();
    }

    private void skipWhitespaceAndComments() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '#') {
                skipToEndOfLine();
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else {
                return;
            }
        }
    }

    private void skipToEndOfLine() {
        while (pos < text.length() && text.charAt(pos) != '\n') {
            pos++;
        }
    }

    private void skipSpaces() {
        while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
            pos++;
        }
    }

    private void expect(String token) throws StyleException {
        skipSpaces();
        if (!text.startsWith(token, pos)) {
            throw error(pos, "expected '" + token + "'");
        }
        pos += token.length();
    }

    private static boolean isBareKeyChar(char c) {
        return c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }

    private static boolean isValueEnd(char c) {
        return c == ',' || c == ']' || c == '}' || c == '#' || Character.isWhitespace(c);
    }

    private StyleException error(int offset, String problem) {
        int line = Arrays.binarySearch(lineStarts, offset);
        line = line >= 0 ? line : -line - 2;
        return StyleException.at(source, line + 1, offset - lineStarts[line] + 1, problem);
    }
}
