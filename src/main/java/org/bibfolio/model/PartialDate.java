package org.bibfolio.model;

import java.util.List;
import java.util.Optional;

/**
 * A year with an optional month (1–12) and, where the entry states it, a day (1–31): as much of the date as a CV
 * needs to order its lists and a citation style prints ("Aug. 10, 2023").
 */
public record PartialDate(int year, Optional<Integer> month, Optional<Integer> day) implements Comparable<PartialDate> {

    /** English month names, January first: what BibTeX's month macros stand for and what styles print. */
    public static final List<String> MONTH_NAMES = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");

    public PartialDate {
        // a day means nothing without its month
        day = month.isPresent() ? day : Optional.empty();
    }

    public PartialDate(int year, Optional<Integer> month) {
        this(year, month, Optional.empty());
    }

    public Optional<String> monthName() {
        return month.map(m -> MONTH_NAMES.get(m - 1));
    }

    @Override
    public int compareTo(PartialDate other) {
        // Spelled out rather than Comparator.comparingInt(...): the JDK's own lambdas are generated at every start.
        int byYear = Integer.compare(year, other.year);
        if (byYear != 0) {
            return byYear;
        }
        int byMonth = Integer.compare(month.orElse(0), other.month.orElse(0));
        return byMonth != 0 ? byMonth : Integer.compare(day.orElse(0), other.day.orElse(0));
    }
}
