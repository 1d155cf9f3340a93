package org.bibfolio.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a command changed in one entry, as the lines a reviewer wants to see: {@code -} for lines removed,
 * {@code +} for lines added, nothing for the unchanged rest. Computed from the entry's text before and after, so it
 * shows exactly what will be (or was) written.
 */
public record EntryDiff(String key, List<String> lines) {

    public EntryDiff {
        lines = List.copyOf(lines);
    }

    /** The changed lines of an entry; {@code before} empty for an added entry, {@code after} for a removed one. */
    public static EntryDiff of(String key, Optional<String> before, Optional<String> after) {
        List<String> old = before.map(EntryDiff::split).orElse(List.of());
        List<String> now = after.map(EntryDiff::split).orElse(List.of());
        return new EntryDiff(key, changed(old, now));
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    private static List<String> split(String text) {
        return List.of(text.split("\\r?\\n|\\r", -1));
    }

    /** A longest-common-subsequence diff; entries are a few dozen lines, so the quadratic table is fine. */
    private static List<String> changed(List<String> old, List<String> now) {
        int[][] common = new int[old.size() + 1][now.size() + 1];
        for (int i = old.size() - 1; i >= 0; i--) {
            for (int j = now.size() - 1; j >= 0; j--) {
                common[i][j] = old.get(i).equals(now.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < old.size() || j < now.size()) {
            if (i < old.size() && j < now.size() && old.get(i).equals(now.get(j))) {
                i++;
                j++;
            } else if (j >= now.size() || (i < old.size() && common[i + 1][j] >= common[i][j + 1])) {
                lines.add("-" + old.get(i++));
            } else {
                lines.add("+" + now.get(j++));
            }
        }
        return lines;
    }
}
