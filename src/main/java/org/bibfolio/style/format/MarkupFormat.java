package org.bibfolio.style.format;

import java.util.List;
import java.util.Optional;
import org.bibfolio.model.SafeLink;
import org.bibfolio.style.Inline;
import org.bibfolio.style.Label;
import org.bibfolio.style.RenderedEntry;
import org.bibfolio.style.RenderedSection;

/**
 * The shared walk over sections, entries and inline markup. A format supplies only its hooks: how to escape text,
 * set emphasis, strong emphasis and links, and how a list, an item and a heading look.
 */
public abstract class MarkupFormat implements Format {

    /** Escapes plain text; {@code inLinkText} when the text sits inside a link's text. */
    protected abstract String escape(String text, boolean inLinkText);

    protected abstract String emph(String content);

    /**
     * Emphasis inside emphasis: a species or gene name in an italic title, which typography sets upright. The
     * default closes the outer emphasis around {@code content} and opens it again; LaTeX's {@code \emph} turns
     * upright by itself.
     */
    protected abstract String upright(String content);

    protected abstract String strong(String content);

    /**
     * A link around {@code content}. {@code target} is always a URL {@link SafeLink#href} allowed; the hook writes it
     * in the format's own syntax so that every reader of that format sees the same URL.
     */
    protected abstract String link(String target, String content);

    /** Math: its readable Unicode form, escaped; LaTeX and Markdown write the source. */
    protected String math(String source, String text, boolean inLinkText) {
        return escape(text, inLinkText);
    }

    /** A command only LaTeX knows: its arguments' text, escaped; LaTeX writes the command itself. */
    protected String latex(String source, String text, boolean inLinkText) {
        return escape(text, inLinkText);
    }

    /**
     * Whether an italic span of the library ({@code \textit{Drosophila}}) is written through {@link #latex} as its
     * source, as LaTeX does; other formats set its text in emphasis.
     */
    protected boolean writesItalicsAsLatex() {
        return false;
    }

    protected abstract String heading(String text);

    /** Opens a list: a bullet list, or a numbered one. */
    protected abstract String listStart(Optional<NumberedList> numbered);

    /**
     * One entry. {@code followsOn}: its number is the one after the previous entry's, in the list's direction (true
     * for the first entry, whose number the list's start gives); a list item that does not follow on sets its own.
     */
    protected abstract String item(Optional<NumberedList> numbered, Optional<Label> label, boolean followsOn,
                                   String content);

    protected abstract String listEnd(Optional<NumberedList> numbered);

    /** What goes between two entries of a list. */
    protected String betweenItems(Optional<NumberedList> numbered) {
        return "";
    }

    /**
     * The legend of the author marks under a list ("* Equal contribution."): a paragraph of its own after the list.
     * The marks are escaped like any text, so a Markdown legend never starts a list item.
     */
    protected String legend(String content) {
        return "\n" + content + "\n";
    }

    /** What goes between two sections. */
    protected String sectionSeparator() {
        return "\n";
    }

    protected String documentStart() {
        return "";
    }

    protected String documentEnd() {
        return "";
    }

    @Override
    public String render(List<RenderedSection> sections, boolean headings, boolean standalone) {
        StringBuilder out = new StringBuilder();
        if (standalone) {
            out.append(documentStart());
        }
        for (int i = 0; i < sections.size(); i++) {
            RenderedSection section = sections.get(i);
            if (i > 0) {
                out.append(sectionSeparator());
            }
            if (headings) {
                out.append(heading(section.heading()));
            }
            // an empty list is left out: LaTeX stops at an itemize without \item
            if (!section.entries().isEmpty()) {
                list(section.entries(), out);
            }
            if (!section.legend().isEmpty()) {
                out.append(legend(inline(section.legend(), false)));
            }
        }
        if (standalone) {
            out.append(documentEnd());
        }
        return out.toString();
    }

    private void list(List<RenderedEntry> entries, StringBuilder out) {
        Optional<NumberedList> numbered = NumberedList.of(entries);
        out.append(listStart(numbered));
        for (int i = 0; i < entries.size(); i++) {
            if (i > 0) {
                out.append(betweenItems(numbered));
            }
            boolean followsOn = numbered.isEmpty() || numbered.get().followsOn(entries, i);
            out.append(item(numbered, entries.get(i).label(), followsOn, inline(entries.get(i).content(), false)));
        }
        out.append(listEnd(numbered));
    }

    /** Renders inline content through the hooks. */
    public String inline(List<Inline> inlines, boolean inLinkText) {
        return inline(inlines, inLinkText, false);
    }

    /** {@code inItalics}: inside emphasis, where emphasis turns upright. */
    private String inline(List<Inline> inlines, boolean inLinkText, boolean inItalics) {
        StringBuilder out = new StringBuilder();
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text text) {
                out.append(escape(text.text(), inLinkText));
            } else if (inline instanceof Inline.Emph emph) {
                out.append(emphasis(emph.children(), inLinkText, inItalics));
            } else if (inline instanceof Inline.Strong strong) {
                out.append(strong(inline(strong.children(), inLinkText, inItalics)));
            } else if (inline instanceof Inline.Link link) {
                // a target that is not safe to follow (javascript:, data:, …) leaves its text, unlinked
                Optional<String> href = SafeLink.href(link.target());
                out.append(href.isPresent() ? link(href.get(), inline(link.children(), true, inItalics))
                        : inline(link.children(), inLinkText, inItalics));
            } else if (inline instanceof Inline.Math math) {
                out.append(math(math.source(), math.text(), inLinkText));
            } else if (inline instanceof Inline.Latex latex) {
                out.append(latex.isItalic() && !writesItalicsAsLatex()
                        ? emphasis(List.of(new Inline.Text(latex.text())), inLinkText, inItalics)
                        : latex(latex.source(), latex.text(), inLinkText));
            }
        }
        return out.toString();
    }

    private String emphasis(List<Inline> children, boolean inLinkText, boolean inItalics) {
        return inItalics ? upright(inline(children, inLinkText, false)) : emph(inline(children, inLinkText, true));
    }
}
