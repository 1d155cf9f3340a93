package org.bibfolio.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.bibfolio.testing.CliRun;
import org.bibfolio.testing.Fixtures;
import org.bibfolio.testing.Processes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Author annotations (biblatex {@code author+an}) as marks after the names and a legend under each list that uses
 * them, in house and CSL styles and every format. Fixture: src/test/resources/fixtures/marks/library.bib.
 */
class AuthorMarksTest {

    @TempDir
    Path folder;

    @BeforeEach
    void copyFixture() throws IOException {
        Files.copy(Fixtures.projectDir().resolve("src/test/resources/fixtures/marks/library.bib"),
                folder.resolve("library.bib"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void houseStyleMarksNamesAndPrintsTheLegendUnderListsThatUseMarks() {
        CliRun run = CliRun.in(folder, "export");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("""
                ## Conference proceedings

                - **L. Zhu**\\*, C. Liu\\*, & M. Belkin† (2024). *Catapults in SGD*. International Conference on Machine Learning.

                \\* Equal contribution. † Corresponding author.

                ## Journal publications

                - J. van der Berg, **L. Zhu**†, M. L. King, Jr.\\*, & A. Smith\\* (2020). *Particles and Suffixes*. *Journal of Things*.
                - A. Smith & **L. Zhu** (2019). *No Marks Here*. *Journal of Things*.

                \\* Equal contribution. † Corresponding author.
                """, run.out());
    }

    @Test
    void marksAreConfigurableAndNamesHiddenByEtAlGetNone() throws IOException {
        Files.writeString(folder.resolve("short.toml"), """
                [names]
                et-al-min = 3
                et-al-use-first = 2
                [marks]
                equal = "‡"
                equal-legend = "These authors contributed equally."
                corresponding = ""
                [templates]
                default = '{authors}. {title}.'
                [[sections]]
                id = "all"
                heading = "Papers"
                """, StandardCharsets.UTF_8);
        CliRun run = CliRun.in(folder, "export", "--style", "short.toml", "--format", "text");
        assertEquals(0, run.exitCode(), run.err());
        // Belkin (corresponding, no symbol) and King and Smith (equal, after "et al.") are not marked
        assertEquals("""
                Papers

                L. Zhu‡, C. Liu‡, et al. Catapults in SGD.
                J. van der Berg, L. Zhu, et al. Particles and Suffixes.
                A. Smith & L. Zhu. No Marks Here.

                ‡ These authors contributed equally.
                """, run.out());
    }

    @Test
    void anUnknownMarkKeyNamesTheFile() throws IOException {
        Files.writeString(folder.resolve("bad.toml"), "[marks]\nfirst = \"*\"\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.in(folder, "export", "--style", "bad.toml");
        assertTrue(run.err().startsWith("bad.toml:2:1: error: unknown key 'first' in [marks]"), run.err());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "cv | html | <p class=\"bf-legend\">* Equal contribution. † Corresponding author.</p>",
        "apa | html | <p class=\"bf-legend\">* Equal contribution. † Corresponding author.</p>",
        "cv | latex | \\end{itemize}/n/n* Equal contribution. \\dag{} Corresponding author./n",
        "ieee | text | Machine Learning, 2024./n/n* Equal contribution. † Corresponding author./n",
        "cv | markdown | Machine Learning./n/n\\* Equal contribution. † Corresponding author./n"})
    void everyFormatPrintsTheLegendAfterTheList(String style, String format, String expected) {
        // "/n" stands for a line break, which a CSV row cannot hold
        CliRun run = CliRun.in(folder, "export", "--style", style, "--section", "conference", "--format", format);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains(expected.replace("/n", "\n")), run.out());
    }

    @Test
    void latexWithMarksCompiles() throws Exception {
        Processes.require("pdflatex");
        Processes.require("pdftotext");
        CliRun latex = CliRun.in(folder, "export", "--style", "apa", "--format", "latex", "--standalone",
                "--output", "marks.tex");
        assertEquals(0, latex.exitCode(), latex.err());
        Processes.Result compiled = Processes.run(folder, "pdflatex", "-interaction=nonstopmode", "-halt-on-error",
                "marks.tex");
        assertEquals(0, compiled.exitCode(), compiled.output());
        assertEquals(0, Processes.run(folder, "pdftotext", "-enc", "UTF-8", "marks.pdf", "marks.txt").exitCode());
        String pdf = Files.readString(folder.resolve("marks.txt"), StandardCharsets.UTF_8);
        assertTrue(pdf.contains("Belkin, M.†"), pdf);
        assertTrue(pdf.contains("* Equal contribution. † Corresponding author."), pdf);
    }
}
