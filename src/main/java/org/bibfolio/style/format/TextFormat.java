package org.bibfolio.style.format;

import java.util.Optional;
import org.bibfolio.style.Label;

/** Plain text: one entry per line, no markup; headings on a line of their own. */
public final class TextFormat extends MarkupFormat {

    @Override
    public String id() {
        return "text";
    }

    @Override
    protected String escape(String text, boolean inLinkText) {
        return text;
    }

    @Override
    protected String emph(String content) {
        return content;
    }

    @Override
    protected String upright(String content) {
        return content;
    }

    @Override
    protected String strong(String content) {
        return content;
    }

    @Override
    protected String link(String target, String content) {
        return content;
    }

    @Override
    protected String heading(String text) {
        return text + "\n\n";
    }

    @Override
    protected String listStart(Optional<NumberedList> numbered) {
        return "";
    }

    @Override
    protected String item(Optional<NumberedList> numbered, Optional<Label> label, boolean followsOn, String content) {
        return label.map(l -> l.text() + " ").orElse("") + content + "\n";
    }

    @Override
    protected String listEnd(Optional<NumberedList> numbered) {
        return "";
    }
}
