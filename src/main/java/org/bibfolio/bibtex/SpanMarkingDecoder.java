package org.bibfolio.bibtex;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * The decoding half of {@link LatexDecoder}: LaTeX to Unicode text in which private-use marks open and close each
 * span (math, a command only LaTeX can show), for {@link Spans} to turn into offsets. An argument decodes in a
 * decoder of its own that shares the spans' sources.
 */
final class SpanMarkingDecoder extends LatexScanner {

    /** Characters that may need decoding; everything else is copied as it is, a run at a time. */
    static final String SPECIAL = "\\{}$~-`'^_";
    /** {@link #SPECIAL} as a table: looked up for every character of every field a big library decodes. */
    private static final boolean[] IS_SPECIAL = new boolean[128];

    static {
        SPECIAL.chars().forEach(c -> IS_SPECIAL[c] = true);
    }
    /** Private-use marks around a span in the decoder's own output, removed before it returns. */
    static final char MATH_OPEN = '\uE0F0';
    static final char COMMAND_OPEN = '\uE0F1';
    static final char SPAN_CLOSE = '\uE0F2';

    private final StringBuilder out = new StringBuilder();
    private final boolean math;
    /** The sources of the spans opened so far, shared with the decoders of arguments. */
    private final List<String> sources;
    private final Set<String> unknown;
    /** Where the arguments of an open command span end: there the span closes. */
    private final Deque<Integer> closeAt = new ArrayDeque<>();

    private SpanMarkingDecoder(String latex, boolean math, List<String> sources, Set<String> unknown) {
        super(latex);
        this.math = math;
        this.sources = sources;
        this.unknown = unknown;
    }

    /** {@code latex} decoded with its span marks; the spans' sources and the unknown commands are added. */
    static String marked(String latex, List<String> sources, Set<String> unknown) {
        // the input cannot fake the decoder's own marks
        String text = latex.replace(MATH_OPEN, '\uFFFD').replace(COMMAND_OPEN, '\uFFFD').replace(SPAN_CLOSE, '\uFFFD');
        SpanMarkingDecoder decoder = new SpanMarkingDecoder(text, false, sources, unknown);
        decoder.run();
        return decoder.out.toString();
    }

    /** Decodes an argument without collapsing spaces or normalising, in the same mode and sharing the spans. */
    private String fragment(String latex) {
        return fragment(latex, math);
    }

    private String fragment(String latex, boolean inMath) {
        SpanMarkingDecoder decoder = new SpanMarkingDecoder(latex, inMath, sources, unknown);
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
        while (end < in.length() && !isSpecial(in.charAt(end))) {
            end++;
        }
        out.append(in, pos, end);
        pos = end;
    }

    private static boolean isSpecial(char c) {
        return c < IS_SPECIAL.length && IS_SPECIAL[c];
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
            out.append(LatexCommands.accented(argument(), accent.get()));
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

    /**
     * TeX swallows the spaces after a control word ("Stra\ss e" is one word). In math it ignores spaces anyway, so
     * there the spaces the author typed are the better guide: "$a \times b$" reads "a × b".
     */
    private void endOfControlWord(boolean word) {
        if (word && !math) {
            skipSpaces();
        }
    }
}
