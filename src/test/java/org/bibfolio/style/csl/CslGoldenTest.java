package org.bibfolio.style.csl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;
import org.bibfolio.testing.CliRun;
import org.bibfolio.testing.Fixtures;
import org.bibfolio.testing.Golden;
import org.bibfolio.testing.Processes;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundled library's CV in four CSL styles and four formats, compared exactly with golden files
 * (src/test/resources/golden/&lt;style&gt;/all.*; {@code -Dgolden.update=true} rewrites them for review), and the
 * standalone LaTeX of APA and IEEE compiled by a real pdflatex.
 */
class CslGoldenTest {

    /** Our markers must never reach the output: zero-width marks and the private-use characters of MarkerFormat. */
    private static final Pattern STRAY = Pattern.compile("[\\u200B-\\u200D\\uE000-\\uF8FF]");

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "apa, markdown, md", "apa, latex, tex", "apa, html, html", "apa, text, txt",
        "ieee, markdown, md", "ieee, latex, tex", "ieee, html, html", "ieee, text, txt",
        "chicago-author-date, markdown, md", "chicago-author-date, latex, tex", "chicago-author-date, html, html",
        "chicago-author-date, text, txt",
        "nature, markdown, md", "nature, latex, tex", "nature, html, html", "nature, text, txt"})
    void cvMatchesGoldenFile(String style, String format, String extension) throws Exception {
        Fixtures.copyLibraryTo(folder);
        CliRun run = CliRun.in(folder, "export", "--style", style, "--format", format);
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(STRAY.matcher(run.out()).find(), "a marker character in the output");
        Golden.assertMatches(style + "/all." + extension, run.out());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"apa", "ieee"})
    void standaloneLatexCompilesAndThePdfHoldsEveryEntry(String style) throws Exception {
        Processes.require("pdflatex");
        Processes.require("pdftotext");
        Fixtures.copyLibraryTo(folder);
        CliRun latex = CliRun.in(folder, "export", "--style", style, "--format", "latex", "--standalone",
                "--output", "cv.tex");
        assertEquals(0, latex.exitCode(), latex.err());
        Processes.Result compiled = Processes.run(folder, "pdflatex", "-interaction=nonstopmode", "-halt-on-error",
                "cv.tex");
        assertEquals(0, compiled.exitCode(), compiled.output());
        Processes.Result text = Processes.run(folder, "pdftotext", "-enc", "UTF-8", "cv.pdf", "cv.txt");
        assertEquals(0, text.exitCode(), text.output());
        // a page number in the footer may fall inside an entry that runs over a page break
        String pdfText = comparable(Files.readString(folder.resolve("cv.txt"), StandardCharsets.UTF_8)
                .replaceAll("(?m)^\\d+$", ""));

        CliRun plain = CliRun.in(folder, "export", "--style", style, "--format", "text");
        List<String> lines = plain.out().lines().filter(line -> !line.isBlank()).toList();
        assertEquals(24, lines.size(), "4 headings and 7 + 8 + 2 + 3 entries");
        for (String line : lines) {
            assertTrue(pdfText.contains(comparable(line)), "the PDF lacks: " + line);
        }
    }

    /** Line breaks, hyphenation and ligatures are layout, not text: fold them away on both sides. */
    private static String comparable(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\-\u2010\u00AD]", "");
    }
}
