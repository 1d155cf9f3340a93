package org.bibfolio.style;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which names of an author list a style shows, so that a CV never hides its owner behind "et al.": one rule for
 * house styles ({@code [names] et-al-min}) and CSL styles ({@code et-al-min}, {@code et-al-use-first},
 * {@code et-al-use-last}), applied by {@link NameRenderer} and the CSL mapping alike.
 *
 * <p>The style's own cut shows the first {@code use-first} names and "et al." (or, with {@code et-al-use-last}, the
 * first names, "…" and the last name, as CSL 1.0.2 defines it). When that would hide the owner, {@code extend} (the
 * default) shows the first names, the owner and then the style's "et al.": "W. Chen, … M. J. García, et al.". The
 * ellipsis stands for two or more names left out, as in CSL's {@code et-al-use-last}; a single name between is shown
 * instead. After the owner, a style with {@code et-al-use-last} keeps its "… last name"; otherwise "et al." follows
 * unless the owner is last. {@code full} shows every name; {@code style} keeps the style's cut.
 *
 * @param shown the positions shown, ascending
 * @param ellipsisBefore the shown positions preceded by "…" (names left out before them)
 * @param etAl whether "et al." follows the last shown name
 */
public record NameCut(List<Integer> shown, Set<Integer> ellipsisBefore, boolean etAl) {

    public static final String EXTEND = "extend";
    public static final String FULL = "full";
    public static final String STYLE = "style";

    public NameCut {
        shown = List.copyOf(shown);
        ellipsisBefore = Set.copyOf(ellipsisBefore);
    }

    /** The style's limits for one list: cut lists of {@code min} or more names to {@code useFirst} (0: never). */
    public record Limits(int min, int useFirst, boolean useLast) {
        public static final Limits NONE = new Limits(0, 0, false);

        boolean cuts(int size) {
            return min > 0 && useFirst > 0 && size >= min && size > useFirst;
        }
    }

    /**
     * @param size        the number of names
     * @param othersAfter the list ended in "and others", which the style writes as "et al."
     * @param owner       the owner's position, or -1 when the owner is not on the list
     * @param rule        {@link #EXTEND}, {@link #FULL} or {@link #STYLE}
     */
    public static NameCut of(int size, boolean othersAfter, Limits limits, int owner, String rule) {
        NameCut style = styleCut(size, othersAfter, limits);
        if (owner < 0 || style.shown.contains(owner) || rule.equals(STYLE)) {
            return style;
        }
        if (rule.equals(FULL)) {
            return all(size, othersAfter);
        }
        List<Integer> shown = new ArrayList<>(range(0, limits.useFirst()));
        Set<Integer> ellipsis = new TreeSet<>();
        addFrom(shown, ellipsis, limits.useFirst(), owner);
        if (owner == size - 1) {
            return new NameCut(shown, ellipsis, othersAfter);
        }
        if (limits.useLast()) {
            addFrom(shown, ellipsis, owner + 1, size - 1);
            return new NameCut(shown, ellipsis, false);
        }
        return new NameCut(shown, ellipsis, true);
    }

    private static NameCut styleCut(int size, boolean othersAfter, Limits limits) {
        if (!limits.cuts(size)) {
            return all(size, othersAfter);
        }
        List<Integer> shown = new ArrayList<>(range(0, limits.useFirst()));
        if (limits.useLast() && size >= limits.useFirst() + 2) {
            shown.add(size - 1);
            return new NameCut(shown, Set.of(size - 1), false);
        }
        return new NameCut(shown, Set.of(), true);
    }

    private static NameCut all(int size, boolean othersAfter) {
        return new NameCut(range(0, size), Set.of(), othersAfter);
    }

    /** Shows {@code target} after the names up to {@code next - 1}: the one name between, or "…" for more. */
    private static void addFrom(List<Integer> shown, Set<Integer> ellipsis, int next, int target) {
        if (target - next == 1) {
            shown.add(next);
        } else if (target - next > 1) {
            ellipsis.add(target);
        }
        shown.add(target);
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            out.add(i);
        }
        return out;
    }
}
