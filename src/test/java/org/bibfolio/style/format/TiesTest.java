package org.bibfolio.style.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a line may not break in a name; "~" stands for the no-break space in these rows. */
class TiesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "L. Zhu, C. Liu, & M. Belkin          | L.~Zhu, C.~Liu, & M.~Belkin",
        "M. J. García and J.-P. Serre         | M.~J.~García and J.-P.~Serre",
        "M.-j. Kim (2022)                     | M.-j.~Kim (2022)",
        "Ł. Nowak                             | Ł.~Nowak",
        "Zhu, L., Liu, C., & Belkin, M. (2024)| Zhu,~L., Liu,~C., & Belkin,~M. (2024)",
        "Zhu, L.-B.                           | Zhu,~L.-B.",
        "Libin Zhu and Mikhail Belkin         | Libin Zhu and Mikhail Belkin",
        "Vol. 37, pp. 10234–10251             | Vol. 37, pp. 10234–10251",
        "Ch. Müller                           | Ch. Müller",
        "田中花子                              | 田中花子"})
    void tiesAnInitialToItsName(String text, String tied) {
        assertEquals(tied.strip(), Ties.tie(text.strip()).replace('\u00A0', '~'));
    }
}
