package org.bibfolio.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an annotation says about one author of a work: an equal contribution, or the corresponding author. */
public enum AuthorRole {
    EQUAL, CORRESPONDING;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AuthorRole> fromId(String id) {
        return Arrays.stream(values()).filter(r -> r.id().equalsIgnoreCase(id.strip())).findFirst();
    }
}
