package org.bibfolio.style.format;

import java.util.Optional;
import org.bibfolio.style.Label;

/**
 * HTML: a {@code <ul>} per section under an {@code <h2>}, or an {@code <ol>} when the style numbers its lists;
 * {@code --standalone} adds a whole page around it. A numbered list is a real one ({@code start}, {@code reversed},
 * {@code value} where a number skips) whose browser markers are turned off in favour of the style's own label form
 * in a {@code <span class="label">} ("[7]", "7."), which CSS cannot write for every style without a style sheet.
 */
public final class HtmlFormat extends MarkupFormat {

    @Override
    public String id() {
        return "html";
    }

    /** Ties keep an initial with its name ({@link Ties}); a no-break space is written {@code &nbsp;} to be seen. */
    @Override
    protected String escape(String text, boolean inLinkText) {
        return escapeHtml(Ties.tie(text)).replace("\u00A0", "&nbsp;");
    }

    /** Text or an attribute value as HTML: the four characters that could end either are written as references. */
    static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** An upright run at either end leaves no empty {@code <em></em>} behind. */
    @Override
    protected String emph(String content) {
        return ("<em>" + content + "</em>").replace("<em></em>", "");
    }

    @Override
    protected String upright(String content) {
        return "</em>" + content + "<em>";
    }

    @Override
    protected String strong(String content) {
        return "<strong>" + content + "</strong>";
    }

    @Override
    protected String link(String target, String content) {
        return "<a href=\"" + escape(target, false) + "\">" + content + "</a>";
    }

    @Override
    protected String heading(String text) {
        return "<h2>" + escape(text, false) + "</h2>\n";
    }

    @Override
    protected String listStart(Optional<NumberedList> numbered) {
        if (numbered.isEmpty()) {
            return "<ul class=\"publications\">\n";
        }
        return "<ol class=\"publications\"" + numbered.get().htmlAttributes() + " style=\"list-style-type: none\">\n";
    }

    @Override
    protected String item(Optional<NumberedList> numbered, Optional<Label> label, boolean followsOn, String content) {
        String value = label.filter(l -> !followsOn).map(l -> " value=\"" + l.number() + "\"").orElse("");
        return "  <li" + value + ">"
                + label.map(l -> "<span class=\"label\">" + escape(l.text(), false) + "</span> ").orElse("")
                + content + "</li>\n";
    }

    @Override
    protected String listEnd(Optional<NumberedList> numbered) {
        return numbered.isPresent() ? "</ol>\n" : "</ul>\n";
    }

    @Override
    protected String legend(String content) {
        return "<p class=\"legend\">" + content + "</p>\n";
    }

    @Override
    protected String documentStart() {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <title>Publications</title>
                </head>
                <body>
                """;
    }

    @Override
    protected String documentEnd() {
        return "</body>\n</html>\n";
    }
}
