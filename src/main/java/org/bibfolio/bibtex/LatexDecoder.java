package org.bibfolio.bibtex;

import java.text.Normalizer;
import java.util.ArrayList;
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

    private LatexDecoder() {
    }

    public static String decode(String latex) {
        return isPlain(latex) ? latex : decodeWithSpans(latex).text();
    }

    public static Decoded decodeWithSpans(String latex) {
        if (isPlain(latex)) {
            return new Decoded(latex, List.of());
        }
        List<String> sources = new ArrayList<>();
        String marked = SpanMarkingDecoder.marked(latex, sources, new TreeSet<>());
        Decoded decoded = Spans.extract(composed(marked) ? marked : Normalizer.normalize(marked, Normalizer.Form.NFC),
                sources, SpanMarkingDecoder.MATH_OPEN, SpanMarkingDecoder.COMMAND_OPEN, SpanMarkingDecoder.SPAN_CLOSE);
        return composed(decoded.text()) || Normalizer.isNormalized(decoded.text(), Normalizer.Form.NFC) ? decoded
                : Spans.normalized(decoded);
    }

    /**
     * Whether {@code text} is in NFC at a glance: nothing from the combining marks (U+0300) up, where NFC begins to
     * change anything, but the decoder's own span marks (which compose with nothing). Most decoded fields are, and
     * the JDK's own check costs several times more per character.
     */
    private static boolean composed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0300' && c != SpanMarkingDecoder.MATH_OPEN && c != SpanMarkingDecoder.COMMAND_OPEN
                    && c != SpanMarkingDecoder.SPAN_CLOSE) {
                return false;
            }
        }
        return true;
    }

    /** The commands of {@code latex} that this decoder does not know, by name without the backslash. */
    public static Set<String> unknownCommands(String latex) {
        Set<String> unknown = new TreeSet<>();
        if (!isPlain(latex)) {
            SpanMarkingDecoder.marked(latex, new ArrayList<>(), unknown);
        }
        return unknown;
    }

    /**
     * Most field values (years, plain titles, page ranges without dashes) need no decoding: returning them as they
     * are saves a copy of every such string, which matters for libraries of 100,000 entries. A hyphen or an
     * apostrophe on its own ("self-supervised", "Bayes' rule") is itself too; only doubled they are LaTeX (dashes,
     * closing quotes).
     */
    private static boolean isPlain(String latex) {
        int length = latex.length();
        if (length == 0 || latex.charAt(0) == ' ' || latex.charAt(length - 1) == ' ') {
            return length == 0;
        }
        char previous = 'x';
        for (int i = 0; i < length; i++) {
            char c = latex.charAt(i);
            boolean single = (c == '-' || c == '\'') && (i + 1 == length || latex.charAt(i + 1) != c);
            if (!single && (c >= PLAIN_ASCII.length || !PLAIN_ASCII[c]) || c == ' ' && previous == ' ') {
                return false;
            }
            previous = c;
        }
        return true;
    }

    /** Printable ASCII that decodes to itself: not a control character and not one of {@link SpanMarkingDecoder#SPECIAL}. */
    private static final boolean[] PLAIN_ASCII = new boolean[0x7F];

    static {
        for (char c = ' '; c < PLAIN_ASCII.length; c++) {
            PLAIN_ASCII[c] = SpanMarkingDecoder.SPECIAL.indexOf(c) < 0;
        }
    }
}
