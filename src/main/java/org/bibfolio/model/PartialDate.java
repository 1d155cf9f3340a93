package org.bibfolio.model;

import java.util.List;
import java.util.Optional;

/** A year with an optional month (1–12): as much of the date as a CV needs to order its lists. */
public record PartialDate(int year, Optional<Integer> month) implements Comparable<PartialDate> {

    /** English month names, January first: what BibTeX's month macros stand for and what styles print. */
    public static final List<String> MONTH_NAMES = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");

    public Optional<String> monthName() {
        return month.map(m -> MONTH_NAMES.get(m - 1));
    }

    @Override
    public int compareTo(PartialDate other) {
        // Spelled out rather than Comparator.comparingInt(...): the JDK's own lambdas are generated at every start.
        int byYear = Integer.compare(year, other.year);
        return byYear != 0 ? byYear : Integer.compare(month.orElse(0), other.month.orElse(0));
    }
}
