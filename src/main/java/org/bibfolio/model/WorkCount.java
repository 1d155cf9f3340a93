package org.bibfolio.model;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Counts the per-entry work a command does (entries parsed, mapped to the model, rendered), so a test can tell an
 * edit that touches one entry from one that quietly maps all 50,000 without timing anything. Counting is off
 * unless a caller asks for it with {@link #during}, and then counts only what its own thread does: the few
 * commands that spread work over threads (the index build) are not what the counts guard.
 */
public final class WorkCount {

    /** The kinds of work counted, each per entry. */
    public enum Kind {
        /** An entry read by the parser. */
        PARSED,
        /** An entry turned into a {@link Publication} with all its fields. */
        MAPPED,
        /** An entry mapped with only the few fields that tell whether it can be the same paper as another. */
        SCREENED,
        /** An entry rendered by a style. */
        RENDERED
    }

    /** What one call counted. */
    public record Counts(Map<Kind, Long> counts) {
        public long of(Kind kind) {
            return counts.getOrDefault(kind, 0L);
        }
    }

    /** The result of a counted call and its counts. */
    public record Counted<T>(T result, Counts counts) { }

    private static final ThreadLocal<EnumMap<Kind, Long>> CURRENT = new ThreadLocal<>();

    private WorkCount() {
    }

    /** Adds {@code n} entries of work of one kind, when this thread is counting. */
    public static void add(Kind kind, long n) {
        EnumMap<Kind, Long> counts = CURRENT.get();
        if (counts != null) {
            counts.merge(kind, n, Long::sum);
        }
    }

    /** Runs {@code work} on this thread, counting what it does. */
    public static <T> Counted<T> during(Callable<T> work) throws Exception {
        EnumMap<Kind, Long> outer = CURRENT.get();
        EnumMap<Kind, Long> counts = new EnumMap<>(Kind.class);
        CURRENT.set(counts);
        try {
            T result = work.call();
            return new Counted<>(result, new Counts(Map.copyOf(counts)));
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }
}
