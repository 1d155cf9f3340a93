package org.bibfolio.style;

import java.util.List;

/**
 * One CV list (Selected, Conference…) ready for a format: its id, heading and entries in order, and the legend of the
 * author marks its entries use ("* Equal contribution."), empty when they use none.
 */
public record RenderedSection(String id, String heading, List<RenderedEntry> entries, List<Inline> legend) {

    public RenderedSection {
        entries = List.copyOf(entries);
        legend = List.copyOf(legend);
    }

    /** The same list with other entries (the same entries numbered, say). */
    public RenderedSection withEntries(List<RenderedEntry> others) {
        return new RenderedSection(id, heading, others, legend);
    }
}
