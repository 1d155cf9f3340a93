package org.bibfolio.style.format;

import java.util.Optional;

/** CommonMark: {@code **strong**}, {@code *emph*}, {@code [text](url)}, one {@code - } item per entry. */
public final class MarkdownFormat extends MarkupFormat {

    @Override
    public String id() {
        return "markdown";
    }

    /**
     * Escapes only what would change the meaning: emphasis and link brackets always, and parentheses inside link
     * text, where the seed CV escapes them too ({@code [ICLR \(Spotlight\)](…)}).
     */
    @Override
    protected String escape(String text, boolean inLinkText) {
        String specials = inLinkText ? "\\*_`[]<>()" : "\\*_`[]<>";
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (specials.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    @Override
    protected String emph(String content) {
        return "*" + content + "*";
    }

    @Override
    protected String strong(String content) {
        return "**" + content + "**";
    }

    @Override
    protected String link(String target, String content) {
        return "[" + content + "](" + target.replace(" ", "%20").replace(")", "%29") + ")";
    }

    @Override
    protected String heading(String text) {
        return "## " + escape(text, false) + "\n\n";
    }

    @Override
    protected String listStart(boolean numbered) {
        return "";
    }

    @Override
    protected String item(Optional<String> label, String content) {
        return "- " + label.map(l -> "[" + l + "] ").orElse("") + content + "\n";
    }

    @Override
    protected String listEnd(boolean numbered) {
        return "";
    }
}
