package org.bibfolio.style;

import java.util.List;
import java.util.Optional;
import org.bibfolio.model.Publication;

/** One entry of a list as a style rendered it, with its label where the style numbers its lists. */
public record RenderedEntry(Publication publication, Optional<Label> label, List<Inline> content) {

    public RenderedEntry {
        content = List.copyOf(content);
    }

    /** The same entry with a label, or without one. */
    public RenderedEntry withLabel(Optional<Label> other) {
        return new RenderedEntry(publication, other, content);
    }

    public String plainText() {
        return Inline.plain(content);
    }
}
