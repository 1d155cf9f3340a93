package org.bibfolio.style.format;

import java.util.Optional;
import java.util.regex.Pattern;
import org.bibfolio.model.SafeLink;

/** CommonMark: {@code **strong**}, {@code *emph*}, {@code [text](url)}, one {@code - } item per entry. */
public final class MarkdownFormat extends MarkupFormat {

    private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&(#?[A-Za-z0-9]+;)");

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
        return "[" + content + "](" + destination(target) + ")";
    }

    /**
     * A link destination that every CommonMark renderer, and pandoc's Markdown, reads to its end and no further, as
     * the same URL: what ends or breaks a bare destination (white space, control characters, {@code ( ) < >}, and a
     * backslash, which would escape what follows), and an {@code &} that would start a character reference, are
     * percent-encoded. Servers read {@code %28} as {@code (}, so Wikipedia's {@code Kernel_(statistics)} and Wiley's
     * SICI DOIs still arrive; renderers disagree on backslash escapes in destinations, but not on %XX.
     */
    static String destination(String url) {
        String references = CHARACTER_REFERENCE.matcher(url).replaceAll("%26$1");
        return SafeLink.percentEncoded(references, c -> c > ' ' && "()<>\\".indexOf(c) < 0
                && !Character.isISOControl(c) && !Character.isWhitespace(c) && !Character.isSpaceChar(c));
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
