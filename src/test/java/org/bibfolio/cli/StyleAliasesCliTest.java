package org.bibfolio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bibfolio.testing.CliRun;
import org.bibfolio.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The short names of CSL styles (mla, chicago, acm) and "did you mean" for a mistyped style id. */
class StyleAliasesCliTest {

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"mla, modern-language-association", "chicago, chicago-author-date", "acm, acm-sig-proceedings"})
    void anAliasRendersAsItsStyle(String alias, String id) throws Exception {
        Fixtures.copyLibraryTo(folder);
        CliRun byAlias = CliRun.in(folder, "export", "--style", alias, "--format", "text");
        assertEquals(0, byAlias.exitCode(), byAlias.err());
        CliRun byId = CliRun.in(folder, "export", "--style", id, "--format", "text");
        assertEquals(byId.out(), byAlias.out());
        assertTrue(byAlias.out().lines().count() > 5, byAlias.out());
    }

    @Test
    void aHouseStyleOfTheSameNameWins() throws Exception {
        Fixtures.copyLibraryTo(folder);
        Files.createDirectories(folder.resolve("styles"));
        Files.copy(Fixtures.projectDir().resolve("styles/cv-compact.toml"), folder.resolve("styles/mla.toml"));
        CliRun mine = CliRun.in(folder, "export", "--style", "mla", "--format", "text");
        assertEquals(0, mine.exitCode(), mine.err());
        assertEquals(CliRun.in(folder, "export", "--style", "cv-compact", "--format", "text").out(), mine.out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"chicago-autor-date, chicago-author-date", "modern-language-asociation, modern-language-association",
        "mal, mla", "cv-compakt, cv-compact"})
    void aMistypedStyleSaysWhichWasMeant(String typed, String meant) throws Exception {
        Files.writeString(folder.resolve("library.bib"), "@article{a, author = {Doe, Jane}, title = {T}, "
                + "journal = {J}, year = {2024}}\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.in(folder, "export", "--style", typed);
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("bibfolio: error: Invalid value for option '--style': unknown style '"
                + typed + "'"), run.err());
        assertTrue(run.err().lines().anyMatch(line -> line.trim().startsWith("did you mean " + meant)), run.err());
        assertEquals("", run.out());
    }

    @Test
    void aMistypedCslStyleInAHouseStyleSaysWhichWasMeantWhereItIsWritten() throws Exception {
        Files.writeString(folder.resolve("library.bib"), "@article{a, author = {Doe, Jane}, title = {T}, "
                + "journal = {J}, year = {2024}}\n", StandardCharsets.UTF_8);
        Files.createDirectories(folder.resolve("styles"));
        Files.writeString(folder.resolve("styles/mine.toml"), "# my CV\n[csl]\nstyle = \"chicgo\"\n",
                StandardCharsets.UTF_8);
        CliRun run = CliRun.in(folder, "export", "--style", "mine");
        assertEquals(ExitCodes.DATA_ERROR, run.exitCode(), run.err());
        assertEquals("styles/mine.toml:3:9: error: unknown CSL style 'chicgo'; did you mean chicago?\n", run.err());
        assertEquals("", run.out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"mla, modern-language-association", "chicago, chicago-author-date", "acm, acm-sig-proceedings"})
    void stylesListsEachAliasWithTheStyleItStandsFor(String alias, String id) {
        CliRun run = CliRun.in(folder, "styles");
        assertEquals(0, run.exitCode(), run.err());
        String title = run.out().lines().filter(line -> line.startsWith(id + "\t")).findFirst().orElseThrow()
                .split("\t")[2];
        assertTrue(run.out().lines().anyMatch((alias + "\tcsl\t" + title + " (short for " + id + ")")::equals),
                run.out().lines().limit(10).toList().toString());
        assertTrue(CliRun.in(folder, "styles", "--json").out().contains("\"id\" : \"" + alias + "\""));
    }

    @Test
    void aHouseStyleOfAnAliasNameIsListedOnceAsHouse() throws Exception {
        Files.createDirectories(folder.resolve("styles"));
        Files.copy(Fixtures.projectDir().resolve("styles/cv-compact.toml"), folder.resolve("styles/mla.toml"));
        assertEquals(List.of("mla\thouse"), CliRun.in(folder, "styles").out().lines()
                .filter(line -> line.startsWith("mla\t")).map(line -> line.substring(0, line.lastIndexOf('\t')))
                .toList());
    }
}
