package org.bibfolio.style;

import java.util.ArrayList;
import java.util.List;

/**
 * The punctuation rule CSL processors apply to affixes, for house-style templates: a period right after text that
 * already ends a sentence is dropped, so a title that ends in "?" or "!" (or an abbreviation's ".") and the
 * template's {@code {title|emph}.} give "Does Restarting Help?" rather than "Does Restarting Help?."; and an entry starts
 * with no space when the names its template starts with are absent.
 */
final class Punctuation {

    private Punctuation() {
    }

    static List<Inline> collapse(List<Inline> inlines) {
        return collapse(inlines, new StringBuilder());
    }

    /** @param last the last character written so far (empty at the start), across nested markup */
    private static List<Inline> collapse(List<Inline> inlines, StringBuilder last) {
        List<Inline> out = new ArrayList<>();
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text text) {
                String value = text.text();
                if (value.startsWith(".") && !last.isEmpty() && ".?!".indexOf(last.charAt(0)) >= 0) {
                    value = value.substring(1);
                }
                if (last.isEmpty()) {
                    // an entry without the names its template starts with: "(2022). Title." not " (2022)…"
                    value = value.stripLeading();
                }
                if (!value.isEmpty()) {
                    last.setLength(0);
                    last.append(value.charAt(value.length() - 1));
                    out.add(new Inline.Text(value));
                }
            } else if (inline instanceof Inline.Math || inline instanceof Inline.Latex) {
                String shown = Inline.plain(List.of(inline));
                if (!shown.isEmpty()) {
                    last.setLength(0);
                    last.append(shown.charAt(shown.length() - 1));
                }
                out.add(inline);
            } else if (inline instanceof Inline.Emph emph) {
                out.add(new Inline.Emph(collapse(emph.children(), last)));
            } else if (inline instanceof Inline.Strong strong) {
                out.add(new Inline.Strong(collapse(strong.children(), last)));
            } else if (inline instanceof Inline.Link link) {
                out.add(new Inline.Link(link.target(), collapse(link.children(), last)));
            }
        }
        return out;
    }
}
