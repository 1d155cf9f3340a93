package org.bibfolio.style;

import java.util.ArrayList;
import java.util.List;
import org.bibfolio.model.LatexSpan;

/**
 * The neutral rendering of an entry: text with emphasis, strong emphasis, links and math. Styles produce it; formats
 * (Markdown, LaTeX, HTML, text) turn it into their syntax, so every style works in every format.
 */
public sealed interface Inline {

    record Text(String text) implements Inline { }

    /**
     * Math the library wrote as LaTeX: LaTeX writes {@code $source$}, Markdown too (pandoc, GitHub and MathJax
     * pages render it), HTML and text the readable Unicode {@code text} ("ℓ₁"). No style changes its case.
     */
    record Math(String source, String text) implements Inline { }

    /**
     * A command the library wrote that bibfolio does not know ({@code \acro{NASA}}): LaTeX writes the source, which
     * the library's {@code @preamble} may define; other formats write {@code text}, the command's arguments.
     */
    record Latex(String source, String text) implements Inline {

        /**
         * Italics the library wrote ({@code \textit{Drosophila}}, {@code {\em in vitro}}), which the reader gives as
         * {@code \emph{…}} (a gene's or species' name): formats other than LaTeX set the text in emphasis.
         */
        public boolean isItalic() {
            return source.startsWith("\\emph{") && source.endsWith("}");
        }
    }

    record Emph(List<Inline> children) implements Inline {
        public Emph {
            children = List.copyOf(children);
        }
    }

    record Strong(List<Inline> children) implements Inline {
        public Strong {
            children = List.copyOf(children);
        }
    }

    record Link(String target, List<Inline> children) implements Inline {
        public Link {
            children = List.copyOf(children);
        }
    }

    /**
     * A decoded field as inline content: its text, with each of its math and LaTeX-only spans as a node of its own.
     */
    static List<Inline> of(String text, List<LatexSpan> spans) {
        if (spans.isEmpty()) {
            return text.isEmpty() ? List.of() : List.of(new Text(text));
        }
        List<Inline> out = new ArrayList<>();
        int at = 0;
        for (LatexSpan span : spans) {
            if (span.start() > at) {
                out.add(new Text(text.substring(at, span.start())));
            }
            out.add(of(span, text));
            at = span.end();
        }
        if (at < text.length()) {
            out.add(new Text(text.substring(at)));
        }
        return List.copyOf(out);
    }

    /** The node of one span of {@code text}: math, or a command only LaTeX shows. */
    static Inline of(LatexSpan span, String text) {
        String shown = text.substring(span.start(), span.end());
        return span.isMath() ? new Math(span.source(), shown) : new Latex(span.source(), shown);
    }

    /** The text without any markup, for plain output, sorting and tests. */
    static String plain(List<Inline> inlines) {
        StringBuilder out = new StringBuilder();
        for (Inline inline : inlines) {
            if (inline instanceof Text text) {
                out.append(text.text());
            } else if (inline instanceof Math math) {
                out.append(math.text());
            } else if (inline instanceof Latex latex) {
                out.append(latex.text());
            } else if (inline instanceof Emph emph) {
                out.append(plain(emph.children()));
            } else if (inline instanceof Strong strong) {
                out.append(plain(strong.children()));
            } else if (inline instanceof Link link) {
                out.append(plain(link.children()));
            }
        }
        return out.toString();
    }
}
