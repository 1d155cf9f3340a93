package org.bibfolio.model;

import java.util.Locale;

/** A distinction the venue gave the work: Spotlight, Oral Presentation, Best Paper… */
public record VenueTag(String label) {

    /** Tags compare by label, ignoring case: "spotlight" is the Spotlight tag. */
    public boolean matches(String other) {
        return label.toLowerCase(Locale.ROOT).equals(other.strip().toLowerCase(Locale.ROOT));
    }
}
