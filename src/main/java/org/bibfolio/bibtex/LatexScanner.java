package org.bibfolio.bibtex;

/**
 * The reading half of {@link SpanMarkingDecoder}: a position in LaTeX source and the TeX tokens at it (control words,
 * groups, arguments, numbers). Never throws on unbalanced input: a group left open ends with the input.
 */
abstract class LatexScanner {

    final String in;
    int pos;

    LatexScanner(String latex) {
        this.in = latex;
    }

    boolean next(char expected) {
        return pos + 1 < in.length() && in.charAt(pos + 1) == expected;
    }

    /** Where {@code delimiter} next occurs outside an escape ({@code \$}), or -1. */
    int closing(int from, String delimiter) {
        for (int i = from; i < in.length(); i++) {
            if (in.startsWith(delimiter, i)) {
                return i;
            }
            if (in.charAt(i) == '\\') {
                i++;
            }
        }
        return -1;
    }

    /** After a TeX number right at {@code from}: decimal, octal ({@code '27}) or hexadecimal ({@code "1F}). */
    int afterDigits(int from) {
        int at = from;
        String digits = "0123456789";
        if (at + 1 < in.length() && (in.charAt(at) == '\'' || in.charAt(at) == '"')) {
            digits = in.charAt(at) == '\'' ? "01234567" : "0123456789ABCDEF";
            at++;
        }
        int first = at;
        while (at < in.length() && digits.indexOf(in.charAt(at)) >= 0) {
            at++;
        }
        return at == first ? from : at;
    }

    /** The end of the brace groups that follow at once (after the spaces ending the name), or pos when none. */
    int afterArguments() {
        int at = skippedSpaces(pos);
        int end = pos;
        while (at < in.length() && in.charAt(at) == '{') {
            at = groupEnd(at);
            end = at;
        }
        return end;
    }

    int skippedSpaces(int from) {
        int at = from;
        while (at < in.length() && Character.isWhitespace(in.charAt(at))) {
            at++;
        }
        return at;
    }

    /** The index after the group that opens at {@code at}, or the end of unbalanced input. */
    int groupEnd(int at) {
        int depth = 0;
        for (int i = at; i < in.length(); i++) {
            char c = in.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i + 1;
            }
        }
        return in.length();
    }

    String letters() {
        int start = pos;
        while (pos < in.length() && isAsciiLetter(in.charAt(pos))) {
            pos++;
        }
        return in.substring(start, pos);
    }

    String symbolName() {
        int start = pos;
        pos += Character.charCount(in.codePointAt(pos));
        return in.substring(start, pos);
    }

    /** The command at {@code pos} as written, with the spaces that end a control word. */
    String commandToken() {
        int start = pos++;
        if (pos < in.length()) {
            if (isAsciiLetter(in.charAt(pos))) {
                letters();
                skipSpaces();
            } else {
                symbolName();
            }
        }
        return in.substring(start, pos);
    }

    /** The next argument as written, braces removed but nothing decoded. */
    String rawArgument() {
        skipSpaces();
        if (pos >= in.length() || in.charAt(pos) == '}') {
            return "";
        }
        char c = in.charAt(pos);
        return c == '{' ? group() : c == '\\' ? commandToken() : symbolName();
    }

    /** The content of the brace group at {@code pos}, up to its closing brace or the end of an unbalanced input. */
    String group() {
        int end = groupEnd(pos);
        int start = pos + 1;
        pos = end;
        boolean closed = end > start && in.charAt(end - 1) == '}';
        return in.substring(Math.min(start, end), closed ? end - 1 : end);
    }

    void skipSpaces() {
        pos = skippedSpaces(pos);
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
