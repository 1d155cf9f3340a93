package org.bibfolio.bibtex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.text.Normalizer;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

class LatexDecoderProperties {

    /** Pieces of real-looking field values; none puts a backslash before a brace or uses the verbatim url command. */
    private static final List<String> ATOMS = List.of(
            "Deep", "learning", " ", "\n", "~", "--", "---", "-", "\\\"u", "\\\"{o}", "{\\\" u}", "\\'\\i", "\\v s",
            "\\ss", "\\o", "\\L", "\\&", "\\%", "\\$", "$\\alpha$", "$n^2$", "$x_{ij}$", "\\emph", "\\textbf",
            "\\em ", "\\href{http://a.b}", "\\LaTeX", "\\unknown", "\\\\", "\\ ", "``", "''", "'", "\\ldots",
            "\\c c", "\\t", "\\H", "^", "_", "\\noopsort");

    @Property
    void neverThrowsOnAnyString(@ForAll String anything) {
        LatexDecoder.decode(anything);
    }

    @Property
    void neverThrowsOnLatexSpecials(
            @ForAll @StringLength(max = 40) @Chars({'\\', '{', '}', '$', '^', '_', '~', '-', '"', '\'', '`', ' '})
            @CharRange(from = 'a', to = 'z') String latexish) {
        LatexDecoder.decode(latexish);
    }

    @Property
    void balancedInputLeavesNoBraces(@ForAll("balancedLatex") String latex) {
        String decoded = LatexDecoder.decode(latex);
        assertFalse(decoded.contains("{") || decoded.contains("}"), () -> latex + " -> " + decoded);
    }

    @Property
    void outputIsNfcWithSingleSpacesAndStripped(@ForAll("balancedLatex") String latex) {
        String decoded = LatexDecoder.decode(latex);
        assertEquals(Normalizer.normalize(decoded, Normalizer.Form.NFC), decoded);
        assertEquals(decoded.strip(), decoded);
        assertFalse(decoded.contains("  ") || decoded.contains("\n"), decoded);
    }

    @Property
    void plainWordsComeBackAsTheyWere(
            @ForAll @StringLength(min = 1, max = 40) @CharRange(from = 'a', to = 'z') @CharRange(from = 'A', to = 'Z')
            @Chars({' ', '.', ',', '0', '9'}) String plain) {
        assertEquals(plain.strip().replaceAll(" +", " "), LatexDecoder.decode(plain));
    }

    @Provide
    Arbitrary<String> balancedLatex() {
        return Arbitraries.recursive(() -> Arbitraries.of(ATOMS), LatexDecoderProperties::nest, 0, 4);
    }

    /** One level deeper: a run of pieces, sometimes inside a brace group. */
    private static Arbitrary<String> nest(Arbitrary<String> inner) {
        Arbitrary<String> run = inner.list().ofMinSize(1).ofMaxSize(4).map(parts -> String.join("", parts));
        return Arbitraries.oneOf(run, run.map(text -> "{" + text + "}"));
    }
}
