package org.bibfolio.bibtex;

import java.text.Normalizer;

/**
 * Turns a raw BibTeX field value (LaTeX) into plain Unicode text, NFC-normalised, for display, comparison and the
 * search index. Best effort: it never throws, and on input it does not understand it keeps the text rather than
 * dropping it.
 *
 * <p>Decisions worth knowing:
 * <ul>
 *   <li>{@code ~} becomes a plain space, not U+00A0. A tie in BibTeX only stops a line break between words; the CV
 *       formats and the owner/name matching compare with plain spaces, and a no-break space there would make
 *       "J.~Smith" differ from "J. Smith". Raw U+00A0 in the input is folded to a space for the same reason.</li>
 *   <li>Braces are dropped: in BibTeX they only protect case.</li>
 *   <li>An unknown command followed by a group ({@code \acro{NASA}}) is dropped and its argument kept ("NASA"); an
 *       unknown command without one ({@code \LaTeX}, {@code \LaTeX{}}) keeps its name without the backslash
 *       ("LaTeX") and, unlike TeX, does not swallow the space after it, since such macros are nearly always words
 *       in running text. Known commands swallow it as TeX does, except in math.</li>
 *   <li>In math, {@code ^} and {@code _} stay as text: "n^2" for {@code $n^2$}, "2^(n+1)" for {@code $2^{n+1}$}
 *       (parentheses, because only escaped braces survive decoding).</li>
 *   <li>Single quotes are left alone ({@code O'Brien} stays ASCII, so names still match); only the doubled
 *       {@code ``} and {@code ''} become curly quotes.</li>
 * </ul>
 */
public final class LatexDecoder {

    /** Characters that may need decoding; everything else is copied as it is, a run at a time. */
    private static final String SPECIAL = "\\{}$~-`'^_";
    private static final String DOTLESS_I = "\u0131";
    private static final String DOTLESS_J = "\u0237";

    private final String in;
    private final StringBuilder out = new StringBuilder();
    private int pos;
    private boolean math;

    private LatexDecoder(String latex) {
        this.in = latex;
    }

    public static String decode(String latex) {
        if (isPlain(latex)) {
            return latex;
        }
        String text = fragment(latex);
        String spaced = collapseSpaces(text).strip();
        return Normalizer.normalize(spaced, Normalizer.Form.NFC);
    }

    /**
     * Most field values (years, plain titles, page ranges without dashes) need no decoding: returning them as they
     * are saves a copy of every such string, which matters for libraries of 100,000 entries.
     */
    private static boolean isPlain(String latex) {
        int length = latex.length();
        if (length == 0 || latex.charAt(0) == ' ' || latex.charAt(length - 1) == ' ') {
            return length == 0;
        }
        char previous = 'x';
        for (int i = 0; i < length; i++) {
            char c = latex.charAt(i);
            if (c >= PLAIN_ASCII.length || !PLAIN_ASCII[c] || (c == ' ' && previous == ' ')) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    /** Printable ASCII that decodes to itself: not a control character and not one of {@link #SPECIAL}. */
    private static final boolean[] PLAIN_ASCII = new boolean[0x7F];

    static {
        for (char c = ' '; c < PLAIN_ASCII.length; c++) {
            PLAIN_ASCII[c] = SPECIAL.indexOf(c) < 0;
        }
    }

    /** Decodes without collapsing spaces or normalising: for the arguments of accents and scripts. */
    private static String fragment(String latex) {
        LatexDecoder decoder = new LatexDecoder(latex);
        decoder.run();
        return decoder.out.toString();
    }

    private void run() {
        while (pos < in.length()) {
            char c = in.charAt(pos);
            switch (c) {
                case '\\' -> command();
                case '{', '}' -> pos++;
                case '$' -> {
                    math = !math;
                    pos++;
                }
                case '~' -> emit(" ", 1);
                case '-' -> dashes();
                case '`' -> emit(next('`') ? "\u201C" : "`", next('`') ? 2 : 1);
                case '\'' -> emit(next('\'') ? "\u201D" : "'", next('\'') ? 2 : 1);
                case '^', '_' -> {
                    if (math) {
                        script(c);
                    } else {
                        emit(String.valueOf(c), 1);
                    }
                }
                default -> plainRun();
            }
        }
    }

    private void plainRun() {
        int end = pos + 1;
        while (end < in.length() && SPECIAL.indexOf(in.charAt(end)) < 0) {
            end++;
        }
        out.append(in, pos, end);
        pos = end;
    }

    /** Each run of white space ({@code [\s\h]+} in regex terms) as one plain space. */
    private static String collapseSpaces(String text) {
        StringBuilder collapsed = null;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end = i;
            while (end < text.length() && isSpace(text.charAt(end))) {
                end++;
            }
            boolean changes = end > i && (end - i > 1 || c != ' ');
            if (changes && collapsed == null) {
                collapsed = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (end > i) {
                if (collapsed != null) {
                    collapsed.append(' ');
                }
                i = end;
            } else {
                if (collapsed != null) {
                    collapsed.append(c);
                }
                i++;
            }
        }
        return collapsed == null ? text : collapsed.toString();
    }

    /** Java regex's {@code \s} (ASCII white space) or {@code \h} (horizontal white space). */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0'
                || c == '\u1680' || c == '\u180E' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F'
                || c == '\u205F' || c == '\u3000';
    }

    private boolean next(char expected) {
        return pos + 1 < in.length() && in.charAt(pos + 1) == expected;
    }

    private void emit(String text, int consumed) {
        out.append(text);
        pos += consumed;
    }

    private void dashes() {
        int run = 0;
        while (pos + run < in.length() && in.charAt(pos + run) == '-' && run < 3) {
            run++;
        }
        emit(run == 3 ? "\u2014" : run == 2 ? "\u2013" : "-", run);
    }

    private void script(char marker) {
        pos++;
        String argument = argument();
        boolean single = argument.codePointCount(0, argument.length()) <= 1;
        out.append(marker).append(single ? argument : "(" + argument + ")");
    }

    private void command() {
        pos++;
        if (pos >= in.length()) {
            return; // a trailing backslash means nothing
        }
        boolean word = isAsciiLetter(in.charAt(pos));
        String name = word ? letters() : symbolName();
        var accent = LatexCommands.accent(name);
        var symbol = LatexCommands.symbol(name);
        if (accent.isPresent()) {
            out.append(accented(argument(), accent.get()));
        } else if (LatexCommands.isVerbatim(name)) {
            out.append(rawArgument());
        } else if (LatexCommands.dropsFirstArgument(name)) {
            rawArgument();
        } else if (symbol.isPresent()) {
            out.append(symbol.get());
            endOfControlWord(word);
        } else if (LatexCommands.isSilent(name)) {
            endOfControlWord(word);
        } else if (word && hasArgument()) {
            skipSpaces(); // unknown command with an argument: keep the argument, which follows as a group
        } else if (word) {
            out.append(name);
        } else {
            out.append(Character.isWhitespace(name.charAt(0)) ? " " : name);
        }
    }

    private String letters() {
        int start = pos;
        while (pos < in.length() && isAsciiLetter(in.charAt(pos))) {
            pos++;
        }
        return in.substring(start, pos);
    }

    private String symbolName() {
        int start = pos;
        pos += Character.charCount(in.codePointAt(pos));
        return in.substring(start, pos);
    }

    /** The decoded text of the next macro argument: a group, a command, or one character. */
    private String argument() {
        skipSpaces();
        if (pos >= in.length()) {
            return "";
        }
        char c = in.charAt(pos);
        if (c == '{') {
            return fragment(group());
        }
        if (c == '}') {
            return "";
        }
        return c == '\\' ? fragment(commandToken()) : symbolName();
    }

    /** The command at {@code pos} as written, with the spaces that end a control word. */
    private String commandToken() {
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
    private String rawArgument() {
        skipSpaces();
        if (pos >= in.length() || in.charAt(pos) == '}') {
            return "";
        }
        char c = in.charAt(pos);
        return c == '{' ? group() : c == '\\' ? commandToken() : symbolName();
    }

    /** The content of the brace group at {@code pos}, up to its closing brace or the end of an unbalanced input. */
    private String group() {
        int depth = 0;
        int start = pos + 1;
        while (pos < in.length()) {
            char c = in.charAt(pos++);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return in.substring(start, pos - 1);
            }
        }
        return in.substring(start);
    }

    private static String accented(String base, LatexCommands.Accent accent) {
        if (base.isEmpty()) {
            return accent.alone();
        }
        int first = base.codePointAt(0);
        int firstLength = Character.charCount(first);
        String letter = base.substring(0, firstLength);
        // An accent goes on the dotless form in LaTeX ({\'\i}); Unicode puts it on the plain letter.
        if (letter.equals(DOTLESS_I)) {
            letter = "i";
        } else if (letter.equals(DOTLESS_J)) {
            letter = "j";
        }
        return letter + accent.combining() + base.substring(firstLength);
    }

    private void skipSpaces() {
        while (pos < in.length() && Character.isWhitespace(in.charAt(pos))) {
            pos++;
        }
    }

    /**
     * TeX swallows the spaces after a control word ("Stra\ss e" is one word). In math it ignores spaces anyway, so
     * there the spaces the author typed are the better guide: "$a \times b$" reads "a × b".
     */
    private void endOfControlWord(boolean word) {
        if (word && !math) {
            skipSpaces();
        }
    }

    /** A non-empty group follows: {@code \LaTeX{}} uses {@code {}} only to end the command name. */
    private boolean hasArgument() {
        int at = pos;
        while (at < in.length() && Character.isWhitespace(in.charAt(at))) {
            at++;
        }
        return at + 1 < in.length() && in.charAt(at) == '{' && in.charAt(at + 1) != '}';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
