package org.bibfolio.bibtex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.bibfolio.model.LatexSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LatexDecoderTest {

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @MethodSource({"accents", "letters", "punctuation", "commands", "math", "brokenInput"})
    void decodes(String latex, String expected) {
        assertEquals(expected, LatexDecoder.decode(latex));
    }

    static Stream<Arguments> accents() {
        return Stream.of(
                Arguments.of("M{\\\"u}ller", "Müller"),
                Arguments.of("M\\\"{u}ller", "Müller"),
                Arguments.of("M\\\"uller", "Müller"),
                Arguments.of("M{\\\" u}ller", "Müller"),
                Arguments.of("Caf\\'{e}", "Café"),
                Arguments.of("Caf\\'e", "Café"),
                Arguments.of("\\`a la", "à la"),
                Arguments.of("h\\^otel", "hôtel"),
                Arguments.of("Espa\\~na", "España"),
                Arguments.of("\\={a}", "ā"),
                Arguments.of("\\.{Z}ywiec", "Żywiec"),
                Arguments.of("\\u{a}", "ă"),
                Arguments.of("\\v{s}", "š"),
                Arguments.of("Ji\\v r\\'\\i", "Jiří"),
                Arguments.of("Erd\\H{o}s", "Erdős"),
                Arguments.of("Fran\\c{c}ois", "François"),
                Arguments.of("Fran\\c cois", "François"),
                Arguments.of("\\k{a}", "ą"),
                Arguments.of("\\r{a}", "å"),
                Arguments.of("\\d{s}", "ṣ"),
                Arguments.of("\\b{b}", "ḇ"),
                Arguments.of("\\t{oo}", "o\u0361o"),
                Arguments.of("{\\'\\i}", "í"),
                Arguments.of("Garc{\\'\\i}a", "García"),
                Arguments.of("Garc\\'{\\i}a", "García"),
                Arguments.of("\\^\\j", "ĵ"),
                Arguments.of("\\~{}user", "~user"),
                Arguments.of("\\'{}", "´"));
    }

    static Stream<Arguments> letters() {
        return Stream.of(
                Arguments.of("{\\l}\\'od\\'z", "łódź"), Arguments.of("{\\L}ukasz", "Łukasz"),
                Arguments.of("{\\o}", "ø"), Arguments.of("{\\O}", "Ø"),
                Arguments.of("{\\DJ}or{\\dj}evi\\'c", "Đorđević"),
                Arguments.of("c{\\oe}ur", "cœur"), Arguments.of("{\\OE}uvre", "Œuvre"),
                Arguments.of("{\\ae}", "æ"), Arguments.of("{\\AE}", "Æ"),
                Arguments.of("{\\aa}", "å"), Arguments.of("\\AA ngstr\\\"om", "Ångström"),
                Arguments.of("Stra\\ss e", "Straße"), Arguments.of("\\SS", "SS"),
                Arguments.of("\\dh", "ð"), Arguments.of("\\DH", "Ð"),
                Arguments.of("\\th", "þ"), Arguments.of("\\TH", "Þ"),
                Arguments.of("\\ng", "ŋ"), Arguments.of("\\NG", "Ŋ"),
                Arguments.of("\\i", "ı"), Arguments.of("\\j", "ȷ"),
                Arguments.of("Bj\\o rn", "Bjørn"));
    }

    static Stream<Arguments> punctuation() {
        return Stream.of(
                Arguments.of("pages 1--10", "pages 1–10"),
                Arguments.of("yes---no", "yes—no"),
                Arguments.of("Jean-Pierre", "Jean-Pierre"),
                Arguments.of("J.~Smith", "J. Smith"),
                Arguments.of("A \\& B, 50\\%, \\$5, \\#1, a\\_b, \\{x\\}", "A & B, 50%, $5, #1, a_b, {x}"),
                Arguments.of("``quoted''", "“quoted”"),
                Arguments.of("O'Brien", "O'Brien"),
                Arguments.of("a\\textbackslash b", "a\\b"),
                Arguments.of("1\\textendash 2\\textemdash 3", "1–2—3"),
                Arguments.of("\\textquoteleft x\\textquoteright", "‘x’"),
                Arguments.of("Wait\\ldots", "Wait…"),
                Arguments.of("and so on\\dots", "and so on…"),
                Arguments.of("\\S 3, \\P 2", "§3, ¶2"),
                Arguments.of("\\copyright{} 2020 \\pounds 5", "© 2020 £5"),
                Arguments.of("line\\\\break", "line break"),
                Arguments.of("Ph.D.\\ thesis", "Ph.D. thesis"),
                Arguments.of("  many \n\t spaces\u00A0here  ", "many spaces here"));
    }

    static Stream<Arguments> commands() {
        return Stream.of(
                Arguments.of("\\emph{Deep} \\textit{learning} \\textbf{now}", "Deep learning now"),
                Arguments.of("\\textsc{Sc} \\textrm{Rm} \\texttt{Tt} \\textsf{Sf}", "Sc Rm Tt Sf"),
                Arguments.of("\\mbox{A B} \\text{ok}", "A B ok"),
                Arguments.of("see \\href{http://a.org/x_y}{the site}", "see the site"),
                Arguments.of("\\url{http://x.org/~a_b%20c}", "http://x.org/~a_b%20c"),
                Arguments.of("{\\em Deep} and {\\bf bold} and {\\it it}", "Deep and bold and it"),
                Arguments.of("{B}ayesian {DNA} methods", "Bayesian DNA methods"),
                Arguments.of("{\\noopsort{1973a}}Knuth", "Knuth"),
                Arguments.of("\\textcolor{red}{alert}", "alert"),
                Arguments.of("\\LaTeX{} and \\TeX", "LaTeX and TeX"),
                Arguments.of("\\BibTeX is fine", "BibTeX is fine"),
                // TUGboat's own macros (Beebe's tugboat.bib: 1,286 titles use \Dash), which its @preamble \inputs
                Arguments.of("An audio view of ({\\La}){\\TeX} documents{\\Dash}part II",
                        "An audio view of (La)TeX documents \u2014 part II"),
                Arguments.of("Life at Wiley with \\SGML, \\PS{} and {\\PiCTeX} in \\TUB",
                        "Life at Wiley with SGML, PostScript and PiCTeX in TUGboat"),
                Arguments.of("\\Thanh", "H\u00E0n Th\u1EBF Th\u00E0nh"),
                Arguments.of("the \\acro{NASA} report", "the NASA report"),
                Arguments.of("an \\unknown command", "an command"),
                // a space on both sides of an unknown command's opening brace is one space; one before nothing, none
                Arguments.of("Deep \\unknown{ Deep}", "Deep Deep"),
                Arguments.of("Deep \\unknown{ }", "Deep"),
                Arguments.of("Space{\\sortkey{a}}", "Spacea"));
    }

    static Stream<Arguments> math() {
        return Stream.of(
                Arguments.of("$\\alpha$-stable", "α-stable"),
                Arguments.of("$\\Gamma$ and $\\omega$", "Γ and ω"),
                Arguments.of("$O(n^2)$ time", "O(n²) time"),
                Arguments.of("$x^{2}$", "x²"),
                Arguments.of("$2^{n+1}$", "2ⁿ⁺¹"),
                Arguments.of("$2^{-k}$", "2⁻ᵏ"),
                Arguments.of("$x_{ij}$", "xᵢⱼ"),
                Arguments.of("$\\ell_1$ loss", "ℓ₁ loss"),
                Arguments.of("$x^{q}$ and $y_{b}$", "x^q and y_b"),
                Arguments.of("$x^{q+1}$", "x^(q+1)"),
                Arguments.of("$a \\times b$", "a × b"),
                Arguments.of("$\\mathbb{R}^d$", "ℝᵈ"),
                Arguments.of("$\\mathcal{O}(\\log n)$", "𝒪(log n)"),
                Arguments.of("$O(1/t)$", "O(1/t)"),
                Arguments.of("$O(\\frac{1}{t})$ and $\\frac{n+1}{2}$", "O(1/t) and (n+1)/2"),
                Arguments.of("$\\sqrt{n}$, $\\sqrt{n+1}$, $\\sqrt[3]{x}$", "√n, √(n+1), ∛x"),
                Arguments.of("$\\epsilon \\leq \\delta$", "ε ≤ δ"),
                Arguments.of("$f'(x)$ and $x^\\prime$", "f′(x) and x′"),
                Arguments.of("$x - y$", "x − y"),
                Arguments.of("$\\hat{\\theta}$ and $\\tilde x$", "θ̂ and x̃"),
                Arguments.of("$90^\\circ$", "90°"),
                Arguments.of("\\(x^2\\) and \\[y\\]", "x² and y"),
                Arguments.of("$$\\alpha$$-stable", "α-stable"),
                Arguments.of("$\\log n$", "log n"),
                Arguments.of("outside x_1^2", "outside x_1^2"));
    }

    static Stream<Arguments> brokenInput() {
        return Stream.of(
                Arguments.of("", ""),
                Arguments.of("{unbalanced", "unbalanced"),
                Arguments.of("unbalanced}}", "unbalanced"),
                Arguments.of("trailing\\", "trailing"),
                Arguments.of("\\", ""),
                Arguments.of("accent at end\\\"", "accent at end¨"),
                Arguments.of("\\'{e", "é"),
                Arguments.of("$unclosed math", "unclosed math"),
                Arguments.of("\\url{http://open", "http://open"),
                Arguments.of("{\\noopsort\\\\}Knuth", "Knuth"));
    }

    @Test
    void mathIsASpanWithItsSource() {
        LatexDecoder.Decoded decoded = LatexDecoder.decodeWithSpans("On  $\\ell_1$ and \\(O(1/t)\\) rates");
        assertEquals("On ℓ₁ and O(1/t) rates", decoded.text());
        assertEquals(List.of(new LatexSpan(3, 5, "\\ell_1", LatexSpan.Kind.MATH),
                new LatexSpan(10, 16, "O(1/t)", LatexSpan.Kind.MATH)), decoded.spans());
    }

    @Test
    void anUnknownCommandIsASpanOfItsArguments() {
        LatexDecoder.Decoded decoded = LatexDecoder.decodeWithSpans("The \\acro{NASA} and \\foo{} way");
        assertEquals("The NASA and way", decoded.text());
        assertEquals(List.of(new LatexSpan(4, 8, "\\acro{NASA}", LatexSpan.Kind.COMMAND),
                new LatexSpan(12, 12, "\\foo{}", LatexSpan.Kind.COMMAND)), decoded.spans());
        assertEquals(Set.of("acro", "foo"), LatexDecoder.unknownCommands("The \\acro{NASA} and \\foo{} way"));
    }

    @Test
    void aPrimitivesNumberBelongsToItsCommand() {
        LatexDecoder.Decoded decoded = LatexDecoder.decodeWithSpans("Shell \\write18{touch x} escape");
        assertEquals("Shell touch x escape", decoded.text());
        assertEquals(List.of(new LatexSpan(6, 13, "\\write18{touch x}", LatexSpan.Kind.COMMAND)), decoded.spans());
        assertEquals("a 10000 b", LatexDecoder.decode("a \\penalty 10000 b"));
        LatexDecoder.Decoded spaced = LatexDecoder.decodeWithSpans("META\\spacefactor1000 Packages");
        assertEquals("META Packages", spaced.text());
        assertEquals(List.of(new LatexSpan(2, 2, "\\accent'27", LatexSpan.Kind.COMMAND)),
                LatexDecoder.decodeWithSpans("Dv\\accent'27ur").spans());
        assertEquals(List.of(new LatexSpan(4, 4, "\\spacefactor1000", LatexSpan.Kind.COMMAND)), spaced.spans());
    }

    @Test
    void mathInsideAnUnknownCommandIsPartOfIt() {
        LatexDecoder.Decoded decoded = LatexDecoder.decodeWithSpans("\\hl{$x^2$ big}");
        assertEquals("x² big", decoded.text());
        assertEquals(List.of(new LatexSpan(0, 6, "\\hl{$x^2$ big}", LatexSpan.Kind.COMMAND)), decoded.spans());
    }

    /** QA defect 8: italics mark names no style may recase; LaTeX keeps them as {@code \\emph}. */
    @Test
    void italicsAreASpanWrittenAsEmph() {
        LatexDecoder.Decoded decoded = LatexDecoder.decodeWithSpans(
                "On the {\\em Pr\\'ekopa--Leindler} inequality in {\\textit{Col4a3}} mice, \\emph {E. coli} and {\\it x}");
        assertEquals("On the Prékopa–Leindler inequality in Col4a3 mice, E. coli and x", decoded.text());
        assertEquals(List.of(new LatexSpan(7, 23, "\\emph{Pr\\'ekopa--Leindler}", LatexSpan.Kind.COMMAND),
                new LatexSpan(38, 44, "\\emph{Col4a3}", LatexSpan.Kind.COMMAND),
                new LatexSpan(51, 58, "\\emph{E. coli}", LatexSpan.Kind.COMMAND),
                new LatexSpan(63, 64, "\\emph{x}", LatexSpan.Kind.COMMAND)), decoded.spans());
        assertEquals(Set.of(), LatexDecoder.unknownCommands("{\\em Pr\\'ekopa} \\textit{Col4a3}"));
    }

    @Test
    void italicsAroundMathOrWithoutTheirTextStayText() {
        assertEquals(List.of(new LatexSpan(0, 1, "\\alpha", LatexSpan.Kind.MATH)),
                LatexDecoder.decodeWithSpans("\\emph{$\\alpha$}-stable").spans());
        assertEquals(List.of(), LatexDecoder.decodeWithSpans("\\em Stable \\textit Laws").spans());
        assertEquals("Stable Laws", LatexDecoder.decode("\\em Stable \\textit Laws"));
    }

    @Test
    void kernelLogosAreWordsThatLatexOutputWritesAsCommands() {
        LatexDecoder.Decoded decoded = LatexDecoder.decodeWithSpans("\\LaTeX{} and \\BibTeX");
        assertEquals("LaTeX and BibTeX", decoded.text());
        assertEquals(List.of(new LatexSpan(0, 5, "\\LaTeX{}", LatexSpan.Kind.COMMAND)), decoded.spans());
    }

    @Test
    void resultIsNfcComposed() {
        assertEquals("\u00FC", LatexDecoder.decode("\\\"{u}"));
        assertEquals("M\u00FCller", LatexDecoder.decode("Mu\u0308ller"));
    }
}
