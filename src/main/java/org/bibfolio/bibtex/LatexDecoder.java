package org.bibfolio.bibtex;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.bibfolio.model.LatexSpan;

/**
 * Turns a raw BibTeX field value (LaTeX) into plain Unicode text, NFC-normalised, for display, comparison and the
 * search index; {@link #decodeWithSpans} also says which parts were math or commands only LaTeX can show. Best
 * effort: it never throws, and on input it does not understand it keeps the text rather than dropping it.
 *
 * <p>Decisions worth knowing:
 * <ul>
 *   <li>{@code ~} becomes a plain space, not U+00A0. A tie in BibTeX only stops a line break between words; the CV
 *       formats and the owner/name matching compare with plain spaces, and a no-break space there would make
 *       "J.~Smith" differ from "J. Smith". Raw U+00A0 in the input is folded to a space for the same reason.</li>
 *   <li>Braces are dropped: in BibTeX they only protect case.</li>
 *   <li>Math ({@code $…$}, {@code $$…$$}, {@code \(…\)}, {@code \[…\]}) decodes to a readable Unicode form
 *       ({@code $\ell_1$} → "ℓ₁", {@code $x^{n+1}$} → "xⁿ⁺¹", {@code $\mathbb{R}$} → "ℝ", {@code \frac{1}{t}} →
 *       "1/t") and is a {@link LatexSpan} carrying its source. A {@code $} without a partner is text.</li>
 *   <li>A command it does not know is a {@link LatexSpan} too: its arguments (the brace groups right after it) are
 *       kept as text ({@code \acro{NASA}} → "NASA"), a command without one decodes to nothing ({@code \foo} → "").
 *       Word macros it knows ({@code \LaTeX}, {@code \BibTeX}, {@code \log}) are their words and, like words,
 *       keep the space after them. Other known commands swallow it as TeX does, except in math, where the spaces
 *       the author typed are the better guide ({@code $a \times b$} → "a × b").</li>
 *   <li>Single quotes are left alone ({@code O'Brien} stays ASCII, so names still match); only the doubled
 *       {@code ``} and {@code ''} become curly quotes. In math {@code '} is a prime.</li>
 * </ul>
 */
public final class LatexDecoder {

    /** A decoded text and its math and LaTeX-only commands, in order and not nested. */
    public record Decoded(String text, List<LatexSpan> spans) { }

    /** Characters that may need decoding; everything else is copied as it is, a run at a time. */
    private static final String SPECIAL = "\\{}$~-`'^_";
    private static final String DOTLESS_I = "\u0131";
    private static final String DOTLESS_J = "\u0237";
    /** Private-use marks around a span in the decoder's own output, removed before it returns. */
    private static final char MATH_OPEN = '\uE0F0';
    private static final char COMMAND_OPEN = '\uE0F1';
    private static final char SPAN_CLOSE = '\uE0F2';

    private final String in;
    private final StringBuilder out = new StringBuilder();
    private final boolean math;
    /** The sources of the spans opened so far, shared with the decoders of arguments. */
    private final List<String> sources;
    private final Set<String> unknown;
    /** Where the arguments of an open command span end: there the span closes. */
    private final Deque<Integer> closeAt = new ArrayDeque<>();
    private int pos;

    private LatexDecoder(String latex, boolean math, List<String> sources, Set<String> unknown) {
        this.in = latex;
        this.math = math;
        this.sources = sources;
        this.unknown = unknown;
    }

    public static String decode(String latex) {
        return isPlain(latex) ? latex : decodeWithSpans(latex).text();
    }

    public static Decoded decodeWithSpans(String latex) {
        if (isPlain(latex)) {
            return new Decoded(latex, List.of());
        }
        List<String> sources = new ArrayList<>();
        String marked = top(latex, sources, new TreeSet<>());
        Decoded decoded = Spans.extract(Normalizer.normalize(marked, Normalizer.Form.NFC), sources, MATH_OPEN,
                COMMAND_OPEN, SPAN_CLOSE);
        return Normalizer.isNormalized(decoded.text(), Normalizer.Form.NFC) ? decoded : Spans.normalized(decoded);
    }

    /** The commands of {@code latex} that this decoder does not know, by name without the backslash. */
    public static Set<String> unknownCommands(String latex) {
        Set<String> unknown = new TreeSet<>();
        if (!isPlain(latex)) {
            top(latex, new ArrayList<>(), unknown);
        }
        return unknown;
    }

    private static String top(String latex, List<String> sources, Set<String> unknown) {
        // the input cannot fake the decoder's own marks
        String text = latex.replace(MATH_OPEN, '\uFFFD').replace(COMMAND_OPEN, '\uFFFD').replace(SPAN_CLOSE, '\uFFFD');
        LatexDecoder decoder = new LatexDecoder(text, false, sources, unknown);
        decoder.run();
        return decoder.out.toString();
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

    /** Decodes an argument without collapsing spaces or normalising, in the same mode and sharing the spans. */
    private String fragment(String latex) {
        return fragment(latex, math);
    }

    private String fragment(String latex, boolean inMath) {
        LatexDecoder decoder = new LatexDecoder(latex, inMath, sources, unknown);
        decoder.run();
        return decoder.out.toString();
    }

    private void run() {
        while (pos < in.length()) {
            closeSpans();
            char c = in.charAt(pos);
            switch (c) {
                case '\\' -> command();
                case '{', '}' -> pos++;
                case '$' -> dollar();
                case '~' -> emit(" ", 1);
                case '-' -> dashes();
                case '`' -> emit(next('`') ? "\u201C" : "`", next('`') ? 2 : 1);
                case '\'' -> quote();
                case '^', '_' -> {
                    if (math) {
                        pos++;
                        out.append(MathText.script(c, argument()));
                    } else {
                        emit(String.valueOf(c), 1);
                    }
                }
                default -> plainRun();
            }
        }
        while (!closeAt.isEmpty()) {
            closeAt.pop();
            out.append(SPAN_CLOSE);
        }
    }

    private void closeSpans() {
        while (!closeAt.isEmpty() && pos >= closeAt.peek()) {
            closeAt.pop();
            out.append(SPAN_CLOSE);
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

    private boolean next(char expected) {
        return pos + 1 < in.length() && in.charAt(pos + 1) == expected;
    }

    private void emit(String text, int consumed) {
        out.append(text);
        pos += consumed;
    }

    private void quote() {
        if (math) {
            emit(next('\'') ? "\u2033" : "\u2032", next('\'') ? 2 : 1);
        } else {
            emit(next('\'') ? "\u201D" : "'", next('\'') ? 2 : 1);
        }
    }

    private void dashes() {
        if (math) {
            emit("\u2212", 1); // a minus sign
            return;
        }
        int run = 0;
        while (pos + run < in.length() && in.charAt(pos + run) == '-' && run < 3) {
            run++;
        }
        emit(run == 3 ? "\u2014" : run == 2 ? "\u2013" : "-", run);
    }

    /** {@code $…$} or {@code $$…$$}; a lone {@code $} (or one inside math) is text. */
    private void dollar() {
        String delimiter = next('$') ? "$$" : "$";
        if (math || !mathSpan(pos + delimiter.length(), delimiter)) {
            emit("", 1);
        }
    }

    /**
     * Math from {@code start} to the closing {@code delimiter}: its Unicode form between marks, its source kept.
     * False (nothing consumed) when the delimiter never closes.
     */
    private boolean mathSpan(int start, String delimiter) {
        int end = closing(start, delimiter);
        if (end < 0) {
            return false;
        }
        String source = in.substring(start, end);
        sources.add(source.strip());
        out.append(MATH_OPEN).append(fragment(source, true).strip()).append(SPAN_CLOSE);
        pos = end + delimiter.length();
        return true;
    }

    /** Where {@code delimiter} next occurs outside an escape ({@code \$}), or -1. */
    private int closing(int from, String delimiter) {
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

    private void command() {
        int start = pos++;
        if (pos >= in.length()) {
            return; // a trailing backslash means nothing
        }
        boolean word = isAsciiLetter(in.charAt(pos));
        String name = word ? letters() : symbolName();
        var accent = LatexCommands.accent(name);
        var symbol = LatexCommands.symbol(name);
        var wordText = LatexCommands.word(name);
        if (!math && (name.equals("(") || name.equals("["))) {
            if (!mathSpan(pos, name.equals("(") ? "\\)" : "\\]")) {
                out.append(name);
            }
        } else if (accent.isPresent()) {
            out.append(accented(argument(), accent.get()));
        } else if (LatexCommands.isVerbatim(name)) {
            out.append(rawArgument());
        } else if (LatexCommands.dropsFirstArgument(name)) {
            rawArgument();
        } else if (math && mathConstruct(name)) {
            return;
        } else if (symbol.isPresent()) {
            out.append(symbol.get());
            endOfControlWord(word);
        } else if (wordText.isPresent()) {
            if (LatexCommands.isKernelLogo(name) && !math) {
                sources.add("\\" + name + "{}");
                out.append(COMMAND_OPEN).append(wordText.get()).append(SPAN_CLOSE);
            } else {
                out.append(wordText.get());
            }
        } else if (!math && italicSpan(start, name)) {
            return;
        } else if (LatexCommands.isSilent(name) || MathText.isAlphabet(name)) {
            endOfControlWord(word);
        } else if (word) {
            unknownCommand(start, name);
        } else {
            out.append(Character.isWhitespace(name.charAt(0)) ? " " : name);
        }
    }

    /**
     * Italics in a field ({@code \textit{Col4a3}}, {@code {\em Prékopa--Leindler}}) mark a name, a gene or a species
     * whose letters no style may recase: a span, so case changes pass over it and LaTeX output keeps the italics,
     * written {@code \emph{…}} (a declaration over the rest of its group), which turns upright inside an italic
     * title as a gene or species name should. Italics around math stay plain text, so
     * Markdown keeps the formula; false when {@code name} is no italic command or its text is not there.
     */
    private boolean italicSpan(int start, String name) {
        int textStart = skippedSpaces(pos);
        int end;
        String text;
        if (LatexCommands.isItalicCommand(name) && textStart < in.length() && in.charAt(textStart) == '{') {
            end = groupEnd(textStart);
            text = in.substring(textStart + 1, in.charAt(end - 1) == '}' ? end - 1 : end);
        } else if (LatexCommands.isItalicDeclaration(name) && start > 0 && in.charAt(start - 1) == '{') {
            end = groupEnd(start - 1) - 1;
            if (end < textStart || in.charAt(end) != '}') {
                return false;
            }
            text = in.substring(textStart, end);
        } else {
            return false;
        }
        if (text.contains("$") || text.contains("\\(") || text.contains("\\[")) {
            return false;
        }
        String source = "\\emph{" + text + "}";
        sources.add(source);
        out.append(COMMAND_OPEN);
        closeAt.push(end);
        pos = textStart;
        return true;
    }

    /** {@code \frac}, {@code \sqrt} and the math alphabets, which arrange their arguments; false for others. */
    private boolean mathConstruct(String name) {
        switch (name) {
            case "frac", "dfrac", "tfrac", "cfrac" -> out.append(MathText.fraction(argument(), argument()));
            case "sqrt" -> out.append(MathText.root(optionalArgument(), argument()));
            default -> {
                if (!MathText.isAlphabet(name)) {
                    return false;
                }
                out.append(MathText.alphabet(name, argument()));
            }
        }
        return true;
    }

    /**
     * A command this decoder does not know. In text it becomes a span whose source is the command and the brace
     * groups right after it, and whose text is those groups decoded; in math, where the whole formula is a span
     * already, it is dropped and its arguments decode as usual.
     */
    private void unknownCommand(int start, String name) {
        unknown.add(name);
        if (math) {
            skipSpaces();
            return;
        }
        // a primitive's number right after its name (\\write18{…}, \\spacefactor1000) belongs to the command
        int number = afterDigits(pos);
        if (number > pos) {
            int group = skippedSpaces(number);
            pos = number;
            if (group >= in.length() || in.charAt(group) != '{') {
                sources.add(in.substring(start, number));
                out.append(COMMAND_OPEN).append(SPAN_CLOSE);
                return;
            }
        }
        int end = afterArguments();
        int first = skippedSpaces(pos);
        if (end == pos || end == first + 2 && in.startsWith("{}", first)) {
            // no argument, or only the {} that ends the name: nothing to show but in LaTeX
            pos = end;
            sources.add("\\" + name + "{}");
            out.append(COMMAND_OPEN).append(SPAN_CLOSE);
            return;
        }
        sources.add(in.substring(start, end));
        out.append(COMMAND_OPEN);
        closeAt.push(end);
        skipSpaces();
    }

    /** After a TeX number right at {@code from}: decimal, octal ({@code '27}) or hexadecimal ({@code "1F}). */
    private int afterDigits(int from) {
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
    private int afterArguments() {
        int at = skippedSpaces(pos);
        int end = pos;
        while (at < in.length() && in.charAt(at) == '{') {
            at = groupEnd(at);
            end = at;
        }
        return end;
    }

    private int skippedSpaces(int from) {
        int at = from;
        while (at < in.length() && Character.isWhitespace(in.charAt(at))) {
            at++;
        }
        return at;
    }

    /** The index after the group that opens at {@code at}, or the end of unbalanced input. */
    private int groupEnd(int at) {
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

    /** The decoded text of a {@code [ … ]} argument, empty when none follows. */
    private String optionalArgument() {
        int at = skippedSpaces(pos);
        int close = at < in.length() && in.charAt(at) == '[' ? in.indexOf(']', at) : -1;
        if (close < 0) {
            return "";
        }
        pos = close + 1;
        return fragment(in.substring(at + 1, close));
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
        int end = groupEnd(pos);
        int start = pos + 1;
        pos = end;
        boolean closed = end > start && in.charAt(end - 1) == '}';
        return in.substring(Math.min(start, end), closed ? end - 1 : end);
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
        pos = skippedSpaces(pos);
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

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
