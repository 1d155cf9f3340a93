package org.bibfolio.cli;

import java.util.Locale;
import org.bibfolio.search.LibraryIndex;

/** {@code search --sort}: newest first, or best match first. */
enum SearchOrder {
    YEAR(LibraryIndex.Order.YEAR), RELEVANCE(LibraryIndex.Order.RELEVANCE);

    final LibraryIndex.Order order;

    SearchOrder(LibraryIndex.Order order) {
        this.order = order;
    }

    /** How users type it, and how picocli lists it in help and errors. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** picocli's converter and completion candidates for this option. */
    static final class Choices extends EnumChoices<SearchOrder> {
        Choices() {
            super(SearchOrder.class);
        }
    }
}
