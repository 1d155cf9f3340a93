package org.bibfolio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bibfolio.testing.CliRun;
import org.bibfolio.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bibfolio check}: one line per finding, {@code --json}, and the exit code. */
class CheckCommandTest {

    @Test
    void theBundledLibraryIsClean(@TempDir Path dir) throws Exception {
        Fixtures.copyLibraryTo(dir);
        CliRun run = CliRun.in(dir, "check");
        assertEquals("", run.out());
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void reportsEachProblemWithFileLineAndColumn(@TempDir Path dir) throws Exception {
        Files.copy(Fixtures.projectDir().resolve("src/test/resources/fixtures/check/problems.bib"),
                dir.resolve("library.bib"));
        CliRun run = CliRun.in(dir, "check");
        assertEquals(ExitCodes.DATA_ERROR, run.exitCode());
        assertEquals("""
                library.bib:16:1: error: duplicate key 'good2024' (first used at line 7); BibTeX ignores this entry
                library.bib:26:15: error: @string 'neurips' is used but not defined before this point
                library.bib:28:15: error: unknown month 'Jully'; use jan … dec or 1 … 12
                library.bib:29:15: error: malformed DOI 'doi:10.1000'; a DOI looks like 10.1016/j.acha.2021.12.009
                library.bib:30:15: error: malformed arXiv id '23.1'; an id looks like 2505.08277 or math.PR/0601001
                library.bib:24:16: error: author 'Zhu, Lbin' looks like the owner 'Zhu, Libin' but is not one of \
                the owner's names; fix the spelling, or add it to 'owner = …' ('not-owner = …' if it is someone else)
                library.bib:34:1: error: short2022 repeats good2024 (line 7): same DOI 10.1000/GOOD.1
                library.bib:34:1: error: short2022: @article needs journal or journaltitle or eprint
                library.bib:38:15: error: short2022 cross-references 'nowhere', which is not in the library
                library.bib:35:16: error: author 'Zhu, Li' looks like the owner 'Zhu, Libin' but is not one of \
                the owner's names; fix the spelling, or add it to 'owner = …' ('not-owner = …' if it is someone else)
                """, run.out());
        assertTrue(run.err().contains("10 errors, 0 warnings"), run.err());
    }

    @Test
    void jsonHasCountsAndFindings(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("library.bib"), "@misc{a, title = {T}, month = {13}}\n@misc{b, title = {T},");
        CliRun run = CliRun.in(dir, "check", "--json");
        assertEquals(ExitCodes.DATA_ERROR, run.exitCode());
        assertTrue(run.out().contains("\"errors\" : 1"), run.out());
        assertTrue(run.out().contains("\"rule\" : \"syntax\""), run.out());
        assertTrue(run.out().contains("\"line\" : 2"), run.out());
    }
}
