package org.bibfolio.cli;

import java.util.Optional;

/** "2020–2025", "2022", or "----" for the year columns of coauthors and venues. */
final class Years {

    private Years() {
    }

    static String range(Optional<Integer> first, Optional<Integer> last) {
        if (first.isEmpty() || last.isEmpty()) {
            return "----";
        }
        return first.get().equals(last.get()) ? String.valueOf(first.get()) : first.get() + "\u2013" + last.get();
    }
}
