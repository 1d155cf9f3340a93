package org.bibfolio.style;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which names a cut list shows, written as the positions shown (1-based), "…" before a position that follows
 * left-out names, and "et al." at the end.
 */
class NameCutTest {

    @ParameterizedTest(name = "{0} names, min {1}, first {2}, last {3}, owner {4}, {5}: {6}")
    @CsvSource(delimiter = '|', value = {
        // the style's own cut when the owner is shown or absent
        "12 | 7 | 1 | false | 1  | extend | 1 et al.",
        "12 | 7 | 1 | false | 0  | extend | 1 et al.",
        "5  | 7 | 1 | false | 3  | extend | 1 2 3 4 5",
        // the owner 9th of 12 in IEEE (7, 1): the first name, "…", the owner, et al.
        "12 | 7 | 1 | false | 9  | extend | 1 …9 et al.",
        // one name between is shown rather than replaced by "…"
        "12 | 7 | 1 | false | 3  | extend | 1 2 3 et al.",
        "12 | 7 | 1 | false | 2  | extend | 1 2 et al.",
        // the owner last: no "et al." after them
        "12 | 7 | 1 | false | 12 | extend | 1 …12",
        "3  | 3 | 1 | false | 3  | extend | 1 2 3",
        // Vancouver (7, 6)
        "12 | 7 | 6 | false | 9  | extend | 1 2 3 4 5 6 …9 et al.",
        // APA 7 (21, 19, use-last): 19 names, "…", the last; the owner 20th or 22nd of 25
        "25 | 21 | 19 | true | 10 | extend | 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 …25",
        "25 | 21 | 19 | true | 20 | extend | 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 …25",
        "25 | 21 | 19 | true | 22 | extend | 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 …22 …25",
        "25 | 21 | 19 | true | 24 | extend | 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 …24 25",
        // full: every name; style: the style's cut, owner or not
        "12 | 7 | 1 | false | 9  | full   | 1 2 3 4 5 6 7 8 9 10 11 12",
        "12 | 7 | 1 | false | 9  | style  | 1 et al.",
        // house styles that never cut
        "12 | 0 | 1 | false | 9  | extend | 1 2 3 4 5 6 7 8 9 10 11 12"})
    void showsTheOwner(int size, int min, int useFirst, boolean useLast, int owner, String rule, String expected) {
        NameCut cut = NameCut.of(size, false, new NameCut.Limits(min, useFirst, useLast), owner - 1, rule);
        assertEquals(expected, describe(cut));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"extend | 1 2 et al.", "full | 1 2 et al.", "style | 1 2 et al."})
    void aListThatEndedInAndOthersEndsInEtAl(String rule, String expected) {
        assertEquals(expected, describe(NameCut.of(2, true, new NameCut.Limits(7, 1, false), 0, rule)));
    }

    private static String describe(NameCut cut) {
        String names = cut.shown().stream().map(p -> (cut.ellipsisBefore().contains(p) ? "…" : "") + (p + 1))
                .collect(Collectors.joining(" "));
        return names + (cut.etAl() ? " et al." : "");
    }
}
