package org.bibfolio.style;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The characters of a TOML style file for {@link Toml}: the position being read, strings with their escapes and
 * multi-line forms, whole numbers, booleans, spaces and comments, and "file:line:col" for any offset.
 */
abstract class TomlScanner {

    private final String source;
    final String text;
    private final int[] lineStarts;
    int pos;

    TomlScanner(String source, String text) {
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

    Toml.Value scalar() throws StyleException {
        int start = pos;
        while (pos < text.length() && !isValueEnd(text.charAt(pos))) {
            pos++;
        }
        String word = text.substring(start, pos);
        if (word.equals("true") || word.equals("false")) {
            return new Toml.Value(Boolean.valueOf(word), start, this, new int[0]);
        }
        return new Toml.Value(integer(word, start), start, this, new int[0]);
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

    Toml.Value string() throws StyleException {
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
                return new Toml.Value(out.toString(), start, this, Arrays.copyOf(offsets, out.length()));
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
    void endOfLine() throws StyleException {
        skipSpaces();
        if (pos < text.length() && text.charAt(pos) == '#') {
            skipToEndOfLine();
        }
        if (pos < text.length() && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
            throw error(pos, "expected the end of the line, found '" + text.charAt(pos) + "'");
        }
    }

    /** Skips blank lines and comment lines; false at the end of the text. */
    boolean skipBlankLinesAndComments() {
        skipWhitespaceAndComments();
        return pos < text.length();
    }

    void skipWhitespaceAndComments() {
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

    void skipSpaces() {
        while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
            pos++;
        }
    }

    void expect(String token) throws StyleException {
        skipSpaces();
        if (!text.startsWith(token, pos)) {
            throw error(pos, "expected '" + token + "'");
        }
        pos += token.length();
    }

    static boolean isBareKeyChar(char c) {
        return c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }

    static boolean isValueEnd(char c) {
        return c == ',' || c == ']' || c == '}' || c == '#' || Character.isWhitespace(c);
    }

    StyleException error(int offset, String problem) {
        int line = Arrays.binarySearch(lineStarts, offset);
        line = line >= 0 ? line : -line - 2;
        return StyleException.at(source, line + 1, offset - lineStarts[line] + 1, problem);
    }
}
