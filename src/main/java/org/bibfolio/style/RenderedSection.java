package org.bibfolio.style;

import java.util.List;

/** One CV list (Selected, Conference…) ready for a format: its id, heading and entries in order. */
public record RenderedSection(String id, String heading, List<RenderedEntry> entries) {

    public RenderedSection {
        entries = List.copyOf(entries);
    }
}
