package org.bibfolio.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bibfolio.testing.CliRun;
import org.bibfolio.testing.Fixtures;
import org.bibfolio.testing.Processes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Math titles and @preamble macros (fixtures/text/math.bib, preamble.bib) in house and CSL styles, every format. */
class MathAndMacrosTest {

    private static final Path FIXTURES = Fixtures.projectDir().resolve("src/test/resources/fixtures/text");

    @TempDir
    Path folder;

    private String export(String fixture, String style, String format) {
        CliRun run = CliRun.in(folder, "export", "-l", FIXTURES.resolve(fixture).toString(), "--style", style,
                "--format", format);
        assertEquals(0, run.exitCode(), run.err());
        return run.out();
    }

    /** Sentence case (apa, ieee), title case (chicago) and the house style leave math alone. */
    @ParameterizedTest
    @ValueSource(strings = {"cv", "apa", "ieee", "chicago-author-date", "nature"})
    void mathKeepsItsCaseAndFormInEveryFormat(String style) {
        String markdown = export("math.bib", style, "markdown");
        for (String math : List.of("$O(1/t)$", "$\\ell_1$", "$\\alpha$", "$\\mathbb{R}^n$", "$\\sqrt{n}$",
                "$k$", "$x_i^2 \\leq \\frac{1}{2}$", "$A^\\ast$")) {
            assertTrue(markdown.contains(math), style + " Markdown lacks " + math + ":\n" + markdown);
        }
        String latex = export("math.bib", style, "latex");
        for (String math : List.of("$O(1/t)$", "$\\ell_1$", "$\\alpha$", "$A^*$", "$x_i^2 \\leq \\frac{1}{2}$")) {
            assertTrue(latex.contains(math), style + " LaTeX lacks " + math + ":\n" + latex);
        }
        assertFalse(latex.contains("\\_") || latex.contains("\\ell\\"), latex);
        for (String format : List.of("html", "text")) {
            // the page also shows each entry's BibTeX as written, math source included, and its script: only the
            // entries as the style rendered them count
            String out = export("math.bib", style, format);
            String text = format.equals("text") ? out : java.util.regex.Pattern.compile("<p class=\"bf-cite\">.*?</p>")
                    .matcher(out).results().map(java.util.regex.MatchResult::group)
                    .collect(java.util.stream.Collectors.joining("\n"));
            for (String shown : List.of("O(1/t)", "ℓ₁", "α", "ℝⁿ", "√n", "xᵢ² ≤ 1/2", "A*")) {
                assertTrue(text.contains(shown), style + " " + format + " lacks " + shown + ":\n" + text);
            }
            assertFalse(text.contains("o(1/t)") || text.contains("Α") || text.contains("$"), text);
        }
    }

    @Test
    void pandocRendersTheMarkdownMathAndAMarkdownParserWithoutMathLeavesItWhole() throws Exception {
        Processes.require("pandoc");
        String markdown = export("math.bib", "apa", "markdown");
        Files.writeString(folder.resolve("list.md"), markdown, StandardCharsets.UTF_8);
        Processes.Result html = Processes.run(folder, "pandoc", "-f", "markdown", "-t", "html", "--mathjax", "list.md");
        assertEquals(0, html.exitCode(), html.output());
        assertEquals(8, html.output().split("class=\"math inline\"", -1).length - 1, html.output());
        assertTrue(html.output().contains("\\(x_i^2 \\leq \\frac{1}{2}\\)"), html.output());
        // GitHub and kramdown parse Markdown before MathJax sees the page: the formulas must come through as written
        Processes.Result commonmark = Processes.run(folder, "pandoc", "-f", "commonmark", "-t", "html", "--wrap=none", "list.md");
        assertEquals(0, commonmark.exitCode(), commonmark.output());
        for (String math : List.of("$x_i^2 \\leq \\frac{1}{2}$", "$A^\\ast$", "$\\ell_1$", "$\\mathbb{R}^n$")) {
            assertTrue(commonmark.output().contains(math), "CommonMark changed " + math + ":\n" + commonmark.output());
        }
    }

    @Test
    void preambleMacrosExpandAndUnknownCommandsPassToLatexOnly() {
        String text = export("preamble.bib", "cv", "text");
        assertTrue(text.contains("Space-Efficient Adam on ℝᵈ with x Sketches"), text);
        assertFalse(text.contains("bSpace"), "\\sortkey's argument leaked: " + text);
        assertTrue(text.contains("The PAC Framework Revisited"), text);
        String apa = export("preamble.bib", "apa", "markdown");
        assertTrue(apa.contains("Space-efficient Adam on $\\mathbb{R}^d$ with $\\boldsymbol{x}$ sketches"), apa);
        String latex = export("preamble.bib", "cv", "latex");
        assertTrue(latex.contains("\\emph{The \\acro{PAC} Framework Revisited}"), latex);
        assertTrue(latex.contains("$\\mathbb{R}^d$"), latex);
        CliRun standalone = CliRun.in(folder, "export", "-l", FIXTURES.resolve("preamble.bib").toString(),
                "--format", "latex", "--standalone");
        assertTrue(standalone.out().contains("\\providecommand{\\Adam}{\\textsc{Adam}}"), standalone.out());
        assertTrue(standalone.out().contains("\\providecommand{\\acro}[1]{#1}"), standalone.out());
        assertTrue(standalone.out().indexOf("\\providecommand{\\acro}") > standalone.out().indexOf("{\\Adam}"),
                "the library's own definitions come first, so they win");
    }

    /** QA defect 8: sentence case lowercased {@code {\\em Prékopa--Leindler}} and dropped the italics. */
    @Test
    void italicNamesKeepTheirCaseAndLatexKeepsThemItalic() {
        for (String format : List.of("text", "csl-json")) {
            String apa = export("italics.bib", "apa", format);
            for (String shown : List.of("On the Prékopa–Leindler inequality", "A mouse model with Col4a3 knockout",
                    "Growth of Escherichia Coli under stress")) {
                assertTrue(apa.contains(shown), format + " lacks " + shown + ":\n" + apa);
            }
        }
        String latex = export("italics.bib", "apa", "latex");
        for (String shown : List.of("On the \\emph{Pr\\'ekopa--Leindler} inequality", "with \\emph{Col4a3} knockout",
                "of \\emph{Escherichia Coli} under stress")) {
            assertTrue(latex.contains(shown), "LaTeX lacks " + shown + ":\n" + latex);
        }
        assertTrue(export("italics.bib", "cv", "latex").contains("\\emph{A Mouse Model with \\emph{Col4a3} Knockout}"));
    }

    /** A title's {@code \\write18{touch x}} was printed "\\write{} 18touch x": it reads as written, and never runs. */
    @Test
    void aShellEscapeInATitleIsPrintedAsWritten() throws Exception {
        Processes.require("pdflatex");
        Processes.require("pdftotext");
        Path library = folder.resolve("library.bib");
        Files.writeString(library, "@comment{bibfolio:\n  owner = Doe, Jane\n}\n@article{doe2024shell, author = {Doe, "
                + "Jane}, title = {Shell \\write18{touch pwned} Escapes}, journal = {J}, year = {2024}}\n");
        CliRun run = CliRun.in(folder, "export", "-l", library.toString(), "--format", "latex", "--standalone",
                "-o", "cv.tex");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.readString(folder.resolve("cv.tex")).contains("Shell \\textbackslash{}write18\\{touch pwned\\} "
                + "Escapes"));
        Processes.Result compiled = Processes.run(folder, "pdflatex", "-shell-escape", "-interaction=nonstopmode",
                "-halt-on-error", "cv.tex");
        assertEquals(0, compiled.exitCode(), compiled.output());
        assertFalse(Files.exists(folder.resolve("pwned")), "\\write18 ran");
        Processes.Result text = Processes.run(folder, "pdftotext", "-enc", "UTF-8", "cv.pdf", "-");
        assertTrue(text.output().contains("Shell \\write18{touch pwned} Escapes"), text.output());
        assertEquals("- **J. Doe** (2024). *Shell touch pwned Escapes*. *J*.\n",
                CliRun.in(folder, "export", "-l", library.toString()).out().lines().filter(l -> l.startsWith("- "))
                        .findFirst().orElse("") + "\n");
    }

    @Test
    void checkWarnsAboutUnknownCommands() {
        CliRun run = CliRun.in(folder, "check", "-l", FIXTURES.resolve("preamble.bib").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(1, run.out().lines().count(), run.out());
        assertTrue(run.out().contains("preamble.bib:19:13: warning: okafor2021acro: \\acro in title is a LaTeX "
                + "command bibfolio does not know"), run.out());
        assertFalse(run.out().contains("\\Adam") || run.out().contains("\\sortkey"), run.out());
    }
}
