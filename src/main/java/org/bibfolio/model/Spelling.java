package org.bibfolio.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What a mistyped word most likely meant: the one "did you mean" for options, commands, style keys and template
 * variables, and the slip measure of the owner-name check. Case is ignored; a swap of two neighbouring letters
 * ("fromat") is one slip.
 */
public final class Spelling {

    private Spelling() {
    }

    /**
     * The candidates within a few slips of {@code word} (one for short words, two from five letters, three from
     * nine), closest first; or, failing that, those that {@code word} begins. At most three.
     */
    public static List<String> closest(String word, Collection<String> candidates) {
        String typed = word.toLowerCase(Locale.ROOT);
        int allowed = typed.length() < 5 ? 1 : typed.length() < 9 ? 2 : 3;
        List<String> near = candidates.stream().distinct()
                .filter(c -> distance(typed, c.toLowerCase(Locale.ROOT)) <= allowed)
                .sorted(Comparator.comparingInt((String c) -> distance(typed, c.toLowerCase(Locale.ROOT))))
                .limit(3).toList();
        if (!near.isEmpty() || typed.length() < 3) {
            return near;
        }
        return candidates.stream().distinct().filter(c -> c.toLowerCase(Locale.ROOT).startsWith(typed))
                .limit(3).toList();
    }

    /** Edit distance with adjacent transpositions ("Lbiin" is one slip from "Libin"). */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** "did you mean a, b or c?", or empty when nothing is close. */
    public static String didYouMean(String word, Collection<String> candidates) {
        List<String> close = closest(word, candidates);
        if (close.isEmpty()) {
            return "";
        }
        String list = close.size() == 1 ? close.get(0)
                : String.join(", ", close.subList(0, close.size() - 1)) + " or " + close.get(close.size() - 1);
        return "did you mean " + list + "?";
    }
}
