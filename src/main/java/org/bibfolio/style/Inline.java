package org.bibfolio.style;

import java.util.List;

/**
 * The neutral rendering of an entry: text with emphasis, strong emphasis and links. Styles produce it; formats
 * (Markdown, LaTeX, HTML, text) turn it into their syntax, so every style works in every format.
 */
public sealed interface Inline {

    record Text(String text) implements Inline { }

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

    /** The text without any markup, for plain output, sorting and tests. */
    static String plain(List<Inline> inlines) {
        StringBuilder out = new StringBuilder();
        for (Inline inline : inlines) {
            if (inline instanceof Text text) {
                out.append(text.text());
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
