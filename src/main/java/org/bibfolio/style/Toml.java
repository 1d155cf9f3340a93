package org.bibfolio.style;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of TOML that style files use: comments, {@code key = value} with basic ("…") and literal ('…') strings,
 * integers and booleans, {@code [table]}, {@code [[array.of.tables]]} and dotted table names. A small hand-written
 * reader keeps a house-style export free of any parser library's start-up cost. Errors carry file:line:column.
 */
final class Toml {

    private final String source;
    private final String text;
    private int pos;
    private int line = 1;
    private int lineStart;

    private Toml(String source, String text) {
        this.source = source;
        this.text = text;
    }

    /** Parses a document into nested maps: values are String, Long, Boolean, Map or List of Map. */
    static Map<String, Object> parse(String source, String text) throws StyleException {
        return new Toml(source, text).document();
    }

    private Map<String, Object> document() throws StyleException {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> current = root;
        while (skipBlankAndComments()) {
            char c = text.charAt(pos);
            if (c == '[') {
                boolean array = text.startsWith("[[", pos);
                pos += array ? 2 : 1;
                List<String> path = dottedKey();
                expect(array ? "]]" : "]");
                current = table(root, path, array);
            } else {
                List<String> key = dottedKey();
                expect("=");
                skipSpaces();
                Object value = value();
                Map<String, Object> target = key.size() == 1 ? current : table(current, key.subList(0, key.size() - 1), false);
                if (target.put(key.get(key.size() - 1), value) != null) {
                    throw error("duplicate key '" + String.join(".", key) + "'");
                }
            }
            skipSpaces();
            if (pos < text.length() && text.charAt(pos) == '#') {
                skipToEndOfLine();
            }
            if (pos < text.length() && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
                throw error("expected the end of the line, found '" + text.charAt(pos) + "'");
            }
        }
        return root;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> table(Map<String, Object> root, List<String> path, boolean appendToArray)
            throws StyleException {
        Map<String, Object> table = root;
        for (int i = 0; i < path.size(); i++) {
            boolean last = i == path.size() - 1;
            Object child = table.get(path.get(i));
            if (last && appendToArray) {
                List<Object> array = child instanceof List ? (List<Object>) child : new ArrayList<>();
                table.put(path.get(i), array);
                Map<String, Object> element = new LinkedHashMap<>();
                array.add(element);
                return element;
            }
            if (child == null) {
                child = new LinkedHashMap<String, Object>();
                table.put(path.get(i), child);
            }
            if (child instanceof List<?> array && !array.isEmpty()) {
                child = array.get(array.size() - 1);
            }
            if (!(child instanceof Map)) {
                throw error("'" + path.get(i) + "' is a value, not a table");
            }
            table = (Map<String, Object>) child;
        }
        return table;
    }

    private List<String> dottedKey() throws StyleException {
        List<String> parts = new ArrayList<>();
        do {
            skipSpaces();
            int start = pos;
            if (pos < text.length() && (text.charAt(pos) == '"' || text.charAt(pos) == '\'')) {
                parts.add(string());
            } else {
                while (pos < text.length() && isBareKeyChar(text.charAt(pos))) {
                    pos++;
                }
                if (start == pos) {
                    throw error("expected a key");
                }
                parts.add(text.substring(start, pos));
            }
            skipSpaces();
        } while (pos < text.length() && text.charAt(pos) == '.' && ++pos > 0);
        return parts;
    }

    private Object value() throws StyleException {
        if (pos >= text.length()) {
            throw error("expected a value");
        }
        char c = text.charAt(pos);
        if (c == '"' || c == '\'') {
            return string();
        }
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || "+-_".indexOf(text.charAt(pos)) >= 0)) {
            pos++;
        }
        String word = text.substring(start, pos);
        if (word.equals("true") || word.equals("false")) {
            return Boolean.valueOf(word);
        }
        if (word.matches("[+-]?\\d[\\d_]*")) {
            return Long.valueOf(word.replace("_", ""));
        }
        pos = start;
        throw error("expected a string, number or boolean");
    }

    private String string() throws StyleException {
        char quote = text.charAt(pos++);
        StringBuilder out = new StringBuilder();
        while (pos < text.length() && text.charAt(pos) != quote) {
            char c = text.charAt(pos++);
            if (c == '\n') {
                throw error("string is not closed before the end of the line");
            }
            if (c == '\\' && quote == '"') {
                out.append(escape());
            } else {
                out.append(c);
            }
        }
        if (pos >= text.length()) {
            throw error("string is never closed");
        }
        pos++;
        return out.toString();
    }

    private String escape() throws StyleException {
        if (pos >= text.length()) {
            throw error("unfinished escape");
        }
        char c = text.charAt(pos++);
        switch (c) {
            case 'n': return "\n";
            case 't': return "\t";
            case '"': return "\"";
            case '\\': return "\\";
            case 'u':
                if (pos + 4 <= text.length() && text.substring(pos, pos + 4).matches("[0-9a-fA-F]{4}")) {
                    pos += 4;
                    return String.valueOf((char) Integer.parseInt(text.substring(pos - 4, pos), 16));
                }
                throw error("\\u needs four hex digits");
            default:
                pos--;
                throw error("unknown escape '\\" + c + "' (use a literal string '…' for templates)");
        }
    }

    /** Skips blank lines and comment lines; false at the end of the text. */
    private boolean skipBlankAndComments() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n') {
                pos++;
                line++;
                lineStart = pos;
            } else if (c == ' ' || c == '\t' || c == '\r') {
                pos++;
            } else if (c == '#') {
                skipToEndOfLine();
            } else {
                return true;
            }
        }
        return false;
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
            throw error("expected '" + token + "'");
        }
        pos += token.length();
    }

    private static boolean isBareKeyChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_';
    }

    private StyleException error(String problem) {
        return new StyleException(source + ":" + line + ":" + (pos - lineStart + 1) + ": " + problem);
    }
}
