package org.bibfolio.model;

import java.util.Comparator;
import java.util.Optional;

/** A year with an optional month (1–12): as much of the date as a CV needs to order its lists. */
public record PartialDate(int year, Optional<Integer> month) implements Comparable<PartialDate> {

    private static final Comparator<PartialDate> ORDER = Comparator.comparingInt(PartialDate::year)
            .thenComparingInt(d -> d.month().orElse(0));

    @Override
    public int compareTo(PartialDate other) {
        return ORDER.compare(this, other);
    }
}
