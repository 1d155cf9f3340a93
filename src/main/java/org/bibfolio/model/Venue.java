package org.bibfolio.model;

import java.util.Optional;

/** Where a work appeared or was submitted: the full name and, where known, its abbreviation (ICML, ACHA). */
public record Venue(String name, Optional<String> abbreviation) {

    public static final Venue NONE = new Venue("", Optional.empty());

    public boolean isEmpty() {
        return name.isEmpty() && abbreviation.isEmpty();
    }

    /** The abbreviation where there is one, else the full name. */
    public String shortName() {
        return abbreviation.orElse(name);
    }
}
