package org.bibfolio.style.format;

import java.util.List;
import java.util.Optional;
import org.bibfolio.style.Label;
import org.bibfolio.style.RenderedEntry;

/**
 * A numbered list as a format opens it: the first entry's label and whether the numbers run down. The numbers of a
 * Selected list under one count for the whole CV may skip ({@link org.bibfolio.style.Numbering}), so each entry also
 * says whether it follows on from the one before ({@link #followsOn}).
 */
record NumberedList(Label first, boolean descending) {

    /** The list's numbering, or nothing for a list without labels. */
    static Optional<NumberedList> of(List<RenderedEntry> entries) {
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        Optional<Label> last = entries.get(entries.size() - 1).label();
        return entries.get(0).label().map(first -> new NumberedList(first,
                last.map(l -> l.number() < first.number()).orElse(false)));
    }

    /**
     * Whether the entry at {@code index} has the number after the previous entry's, in the list's direction: true
     * for the first entry, whose number the list's start gives, and for entries without a label.
     */
    boolean followsOn(List<RenderedEntry> entries, int index) {
        Optional<Label> label = entries.get(index).label();
        Optional<Label> previous = index == 0 ? Optional.empty() : entries.get(index - 1).label();
        return previous.isEmpty() || label.isEmpty()
                || label.get().number() == previous.get().number() + (descending ? -1 : 1);
    }

    /** The attributes of an HTML {@code <ol>} that numbers as this list does: {@code start}, {@code reversed}. */
    String htmlAttributes() {
        return (first.number() == 1 && !descending ? "" : " start=\"" + first.number() + "\"")
                + (descending ? " reversed" : "");
    }
}
