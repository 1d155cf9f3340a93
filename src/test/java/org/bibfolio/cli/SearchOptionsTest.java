package org.bibfolio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bibfolio.testing.CliRun;
import org.bibfolio.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** search's --limit and --style, as a stranger types them. */
class SearchOptionsTest {

    @TempDir
    Path folder;

    @BeforeEach
    void copyLibrary() throws Exception {
        Files.copy(Fixtures.projectDir().resolve("src/test/resources/fixtures/editing/journal-and-conference.bib"),
                folder.resolve("library.bib"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1"})
    void aLimitBelowOneIsAUsageErrorNotEveryHit(String limit) {
        CliRun run = CliRun.in(folder, "search", "okafor", "--limit", limit);
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals("", run.out());
        assertEquals("bibfolio: error: --limit takes a number of entries, 1 or more, not " + limit
                + "; leave it out for every match\n", run.err().lines().findFirst().orElse("") + "\n");
    }

    @Test
    void aLimitOfOnePrintsOneEntry() {
        assertEquals(1, CliRun.output(folder, "search", "okafor", "--limit", "1").lines().count());
    }

    @Test
    void aCslStyleRendersTheHitsAsExportWould() {
        String apa = CliRun.output(folder, "search", "venue:development", "--style", "apa", "--format", "text");
        assertEquals("Okafor, C., & Lindqvist, B. (2024). Nephron progenitors in the fetal kidney. Development.\n",
                apa);
    }

    @Test
    void aStyleWithAFormatItCannotShapeSaysWhichFormatsItShapes() {
        CliRun run = CliRun.in(folder, "search", "okafor", "--style", "apa");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().startsWith("bibfolio: error: --style shapes the export formats only (markdown, latex, "
                + "html, text), not --format lines; add --format text, for instance\n"), run.err());
    }

    @Test
    void anUnknownStyleIsAUsageErrorNamingBothKinds() {
        CliRun run = CliRun.in(folder, "search", "okafor", "--style", "apaa", "--format", "markdown");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("unknown style 'apaa' (house styles: cv,"), run.err());
    }
}
