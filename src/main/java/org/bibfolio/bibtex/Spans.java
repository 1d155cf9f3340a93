package org.bibfolio.bibtex;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.bibfolio.model.LatexSpan;

/**
 * The last step of {@link LatexDecoder}: its output still holds a mark where each span opens and closes; this takes
 * the marks out, turning them into {@link LatexSpan}s, and in the same pass makes each run of white space one plain
 * space and strips the ends, so the spans' offsets are those of the final text. A span inside another (math inside
 * an unknown command's argument) is part of the outer one.
 */
final class Spans {

    private Spans() {
    }

    static LatexDecoder.Decoded extract(String marked, List<String> sources, char mathOpen, char commandOpen,
                                        char close) {
        StringBuilder text = new StringBuilder(marked.length());
        List<LatexSpan> spans = new ArrayList<>();
        int next = 0;
        int depth = 0;
        int start = 0;
        String source = "";
        LatexSpan.Kind kind = LatexSpan.Kind.MATH;
        boolean pendingSpace = false;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == mathOpen || c == commandOpen) {
                boolean empty = i + 1 < marked.length() && marked.charAt(i + 1) == close;
                // a space before a span belongs before it, unless the span is empty (it then stays where words are)
                if (pendingSpace && !empty) {
                    space(text);
                    pendingSpace = false;
                }
                String opened = next < sources.size() ? sources.get(next) : "";
                next++;
                if (depth++ == 0) {
                    start = text.length();
                    source = opened;
                    kind = c == mathOpen ? LatexSpan.Kind.MATH : LatexSpan.Kind.COMMAND;
                }
            } else if (c == close) {
                if (depth > 0 && --depth == 0) {
                    spans.add(new LatexSpan(start, text.length(), source, kind));
                }
            } else if (isSpace(c)) {
                pendingSpace = true;
            } else {
                if (pendingSpace) {
                    space(text);
                }
                pendingSpace = false;
                text.append(c);
            }
        }
        // a space written before a span that then held only white space ("A \x{ }") would end the text
        if (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
            int end = text.length() - 1;
            text.setLength(end);
            spans.replaceAll(span -> new LatexSpan(Math.min(span.start(), end), Math.min(span.end(), end),
                    span.source(), span.kind()));
        }
        return new LatexDecoder.Decoded(text.toString(), List.copyOf(spans));
    }

    /** One space between words: none at the start, and none after a space written before a span opened. */
    private static void space(StringBuilder text) {
        if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
            text.append(' ');
        }
    }

    /**
     * The text in NFC, for the rare output that a mark kept from composing (an accent over an empty command): each
     * offset moves to the length of the normalised text before it.
     */
    static LatexDecoder.Decoded normalized(LatexDecoder.Decoded decoded) {
        String text = decoded.text();
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC);
        List<LatexSpan> spans = new ArrayList<>();
        for (LatexSpan span : decoded.spans()) {
            int start = Math.min(normal.length(), Normalizer.normalize(text.substring(0, span.start()),
                    Normalizer.Form.NFC).length());
            int end = Math.max(start, Math.min(normal.length(), Normalizer.normalize(text.substring(0, span.end()),
                    Normalizer.Form.NFC).length()));
            spans.add(new LatexSpan(start, end, span.source(), span.kind()));
        }
        return new LatexDecoder.Decoded(normal, List.copyOf(spans));
    }

    /** Java's white space, and the horizontal spaces of regex {@code \h} (U+00A0 among them). */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u1680' || c == '\u180E'
                || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F' || c == '\u3000';
    }
}
