package org.bibfolio.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The CV list an entry belongs to. Derived from entry type and review status, overridable per entry. */
public enum Category {
    CONFERENCE, JOURNAL, PREPRINT, BOOK, CHAPTER, THESIS, REPORT, SOFTWARE, DATASET, OTHER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Category> fromId(String id) {
        return Arrays.stream(values()).filter(c -> c.id().equalsIgnoreCase(id.strip())).findFirst();
    }
}
