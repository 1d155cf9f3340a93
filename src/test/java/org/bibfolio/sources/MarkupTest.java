package org.bibfolio.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Crossref's title markup as LaTeX: tags become commands, text is escaped, a deposited TeX formula stays math. */
class MarkupTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            $k$-means++: the advantages of careful seeding | $k$-means++: the advantages of careful seeding
            An $O(n \\log n)$ bound for <i>k</i>-SAT & more  | An $O(n \\log n)$ bound for \\textit{k}-SAT \\& more
            Prices from US$5 and US$10                       | Prices from US\\$5 and US\\$10
            A $ 5 bet and a $10 loss                          | A \\$ 5 bet and a \\$10 loss
            Costs 5$ each                                     | Costs 5\\$ each
            """)
    void formulasStayMathAndEveryOtherSpecialIsEscaped(String crossref, String latex) {
        assertEquals(latex, Markup.toLatex(crossref));
    }
}
