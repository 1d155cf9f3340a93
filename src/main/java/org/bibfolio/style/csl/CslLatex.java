package org.bibfolio.style.csl;

import java.util.ArrayList;
import java.util.List;
import org.bibfolio.model.LatexSpan;
import org.bibfolio.model.ProtectedSpan;
import org.bibfolio.model.Publication;
import org.bibfolio.style.Inline;

/**
 * Math and LaTeX-only commands in a CSL title. citeproc-java sees only text and would change its case ("α" → "Α"
 * in a title-case style) or escape it, so each span goes in as one caseless letter, a Vai syllable (U+A500 + its
 * index): no case, no escaping, kept in place. A letter, not a private-use character, because title case reads a
 * word made of a non-letter and a hyphen as the tail of a compound ("the-…") and capitalises the stop word before
 * it: "on the $\alpha$-stable" came out "On The α-Stable". After rendering, {@link #restore} turns each one back
 * into the span's {@link Inline.Math} or {@link Inline.Latex} node, inside whatever emphasis or link the style put
 * around it. A title that has Vai letters of its own goes in without placeholders.
 */
final class CslLatex {

    private static final char FIRST = '\uA500';
    private static final int MAX = 0x100;

    private CslLatex() {
    }

    /** The title's case-protected parts and its spans: neither may change case. */
    static List<ProtectedSpan> protectedIn(Publication p, String field) {
        List<ProtectedSpan> kept = new ArrayList<>(p.protectedIn(field));
        p.latexIn(field).forEach(span -> kept.add(new ProtectedSpan(span.start(), span.end())));
        return kept;
    }

    /**
     * {@code cased} (the decoded {@code title} with its letter case changed) with each span replaced by its
     * placeholder; {@code cased} unchanged when the case change altered the length, so the offsets do not fit.
     */
    static String withPlaceholders(String title, String cased, List<LatexSpan> spans) {
        if (!placeable(title, spans) || cased.length() != title.length()) {
            return cased;
        }
        StringBuilder out = new StringBuilder(cased.length());
        int at = 0;
        for (int i = 0; i < spans.size(); i++) {
            LatexSpan span = spans.get(i);
            out.append(cased, at, span.start()).append((char) (FIRST + i));
            at = span.end();
        }
        return out.append(cased, at, cased.length()).toString();
    }

    /** The rendered entry with each placeholder of {@code p}'s title replaced by its span's node. */
    static List<Inline> restore(List<Inline> inlines, Publication p) {
        List<LatexSpan> spans = p.latexIn("title");
        return placeable(p.title(), spans) ? restore(inlines, spans, p.title()) : inlines;
    }

    /** Whether each span fits a placeholder the title cannot be confused with. */
    private static boolean placeable(String title, List<LatexSpan> spans) {
        return !spans.isEmpty() && spans.size() <= MAX
                && title.chars().noneMatch(c -> c >= FIRST && c < FIRST + MAX);
    }

    private static List<Inline> restore(List<Inline> inlines, List<LatexSpan> spans, String title) {
        List<Inline> out = new ArrayList<>();
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text text) {
                split(text.text(), spans, title, out);
            } else if (inline instanceof Inline.Emph emph) {
                out.add(new Inline.Emph(restore(emph.children(), spans, title)));
            } else if (inline instanceof Inline.Strong strong) {
                out.add(new Inline.Strong(restore(strong.children(), spans, title)));
            } else if (inline instanceof Inline.Link link) {
                out.add(new Inline.Link(link.target(), restore(link.children(), spans, title)));
            } else {
                out.add(inline);
            }
        }
        return out;
    }

    private static void split(String text, List<LatexSpan> spans, String title, List<Inline> out) {
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            int index = text.charAt(i) - FIRST;
            if (index >= 0 && index < spans.size()) {
                if (i > from) {
                    out.add(new Inline.Text(text.substring(from, i)));
                }
                out.add(Inline.of(spans.get(index), title));
                from = i + 1;
            }
        }
        if (from < text.length()) {
            out.add(new Inline.Text(text.substring(from)));
        }
    }
}
