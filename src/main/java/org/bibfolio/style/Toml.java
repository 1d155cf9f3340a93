package org.bibfolio.style;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A TOML reader for style files: comments; bare, quoted and dotted keys; basic ("…") and literal ('…') strings and
 * their multi-line forms ("""…""" and '''…'''); integers (decimal, 0x, 0o, 0b, with underscores); booleans;
 * arrays over several lines; inline tables; {@code [table]} and {@code [[array.of.tables]]}. Floats and dates, which
 * no style setting takes, are refused by name. Every value keeps where it was written, so the style reader's
 * schema errors carry file:line:column too. Hand-written, since a house-style export must not pay a parser
 * library's start-up (ADR 0009). This class reads the structure (tables, keys, lists); {@link TomlScanner} the
 * characters (strings, numbers, spaces, comments) and where they are.
 */
final class Toml extends TomlScanner {

    /** A value and where it starts: String, Long, Boolean, List of Value, or Table. */
    static final class Value {
        private final Object value;
        private final int offset;
        private final TomlScanner origin;
        /** For strings: the source offset of each character (escapes and line breaks make them differ). */
        private final int[] charOffsets;

        Value(Object value, int offset, TomlScanner origin, int[] charOffsets) {
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

    private Toml(String source, String text) {
        super(source, text);
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

}
