package org.bibfolio.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.bibfolio.testing.CliRun;
import org.bibfolio.testing.Fixtures;
import org.bibfolio.testing.Golden;
import org.bibfolio.testing.Processes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The LaTeX export compiles with a basic TeX Live and the PDF says what the plain-text export says. */
class LatexExportTest {

    @TempDir
    Path folder;

    @Test
    void standaloneDocumentCompilesAndThePdfHoldsEveryEntry() throws Exception {
        Processes.require("pdflatex");
        Processes.require("pdftotext");
        Fixtures.copyLibraryTo(folder);
        CliRun latex = CliRun.in(folder, "export", "--format", "latex", "--standalone", "--output", "cv.tex");
        assertEquals(0, latex.exitCode(), latex.err());

        Processes.Result compiled = Processes.run(folder, "pdflatex", "-interaction=nonstopmode", "-halt-on-error",
                "cv.tex");
        assertEquals(0, compiled.exitCode(), compiled.output());
        Processes.Result text = Processes.run(folder, "pdftotext", "-enc", "UTF-8", "cv.pdf", "cv.txt");
        assertEquals(0, text.exitCode(), text.output());
        String pdfText = comparable(Files.readString(folder.resolve("cv.txt"), StandardCharsets.UTF_8));

        CliRun plain = CliRun.in(folder, "export", "--format", "text");
        List<String> lines = plain.out().lines().filter(line -> !line.isBlank()).toList();
        assertEquals(24, lines.size(), "4 headings and 7 + 8 + 2 + 3 entries");
        for (String line : lines) {
            assertTrue(pdfText.contains(comparable(line)), "the PDF lacks: " + line);
        }
    }

    @Test
    void fragmentMatchesGoldenFile() throws Exception {
        Fixtures.copyLibraryTo(folder);
        CliRun run = CliRun.in(folder, "export", "--format", "latex");
        assertEquals(0, run.exitCode(), run.err());
        Golden.assertMatches("cv/all.tex", run.out());
    }

    /** Line breaks, hyphenation and ligatures are layout, not text: fold them away on both sides. */
    private static String comparable(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\-\u2010\u00AD]", "");
    }
}
