package org.bibfolio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bibfolio.testing.CliRun;
import org.bibfolio.testing.Fixtures;
import org.bibfolio.testing.Processes;
import org.bibfolio.testing.TexLiveFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bibfolio check}: one line per finding, {@code --json}, {@code --format github}, and the exit code. */
class CheckCommandTest {

    private static Path fixture(String name) {
        return Fixtures.projectDir().resolve("src/test/resources/fixtures/check").resolve(name);
    }

    @Test
    void theBundledLibraryIsClean(@TempDir Path dir) throws Exception {
        Fixtures.copyLibraryTo(dir);
        CliRun run = CliRun.in(dir, "check");
        assertEquals("", run.out());
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void whatBibtexReadsWithoutComplaintGivesNoFinding(@TempDir Path dir) throws Exception {
        // month expressions, crossref children, an editorial per issue, a @misc with only a note
        Files.copy(fixture("quiet.bib"), dir.resolve("library.bib"));
        CliRun run = CliRun.in(dir, "check");
        assertEquals("", run.out());
        assertEquals("library.bib: 0 errors, 0 warnings\n", run.err());
        assertEquals(0, run.exitCode());
    }

    @Test
    void reportsEachProblemOnceWithFileLineAndColumnAndGoesOnAfterABrokenEntry(@TempDir Path dir) throws Exception {
        Files.copy(fixture("problems.bib"), dir.resolve("library.bib"));
        CliRun run = CliRun.in(dir, "check");
        assertEquals(ExitCodes.DATA_ERROR, run.exitCode());
        String owner = " looks like the owner 'Zhu, Libin' but is not one of the owner's names; fix the spelling, or "
                + "add it to 'owner = …' ('not-owner = …' if it is someone else)";
        assertEquals("""
                library.bib:16:1: error: duplicate key 'good2024' (first used at line 7); BibTeX ignores this entry
                library.bib:24:16: warning: author 'Zhu, Lbin'%1$s
                library.bib:26:15: warning: @string 'neurips' is used but never defined, so BibTeX reads it as empty
                library.bib:28:15: warning: unknown month 'Jully'; use jan … dec (jun # "\\slash " # sep for two) or \
                1 … 12
                library.bib:29:15: warning: malformed DOI 'doi:10.1000'; a DOI looks like 10.1016/j.acha.2021.12.009
                library.bib:30:15: warning: malformed arXiv id '23.1'; an id looks like 2505.08277 or math.PR/0601001
                library.bib:34:1: warning: short2022 repeats good2024 (line 7): same DOI 10.1000/GOOD.1
                library.bib:34:1: warning: short2022: @article needs journal or journaltitle
                library.bib:35:16: warning: author 'Zhu, Li'%1$s
                library.bib:38:15: error: short2022 cross-references 'nowhere', which is not in the library
                library.bib:42:1: warning: typo2021: unknown entry type @artcle (did you mean @article?); BibTeX's \
                styles print it as @misc
                library.bib:46:15: warning: year '20x5' has no four-digit year; write it as 2024 (or biblatex's \
                date = {2024-07})
                library.bib:51:15: error: this '{' is never closed (reached the next entry, @misc at line 56): the \
                value takes in the line 'journal   = icml,', so a '{' before it is probably not closed in entry \
                broken2020 (which starts at line 49)
                library.bib:59:15: warning: unknown month '13'; use jan … dec (jun # "\\slash " # sep for two) or \
                1 … 12
                """.formatted(owner), run.out());
        assertEquals("library.bib: 3 errors, 11 warnings\n", run.err());
    }

    @Test
    void aDateTheCalendarLacksIsFoundNotQuietlyCutToItsYear(@TempDir Path dir) throws Exception {
        Files.copy(fixture("calendar.bib"), dir.resolve("library.bib"));
        CliRun run = CliRun.in(dir, "check");
        assertEquals("""
                library.bib:6:13: warning: date '2024-13-01' has no month 13; a month is 01 to 12
                library.bib:12:13: warning: date '2024-02-30' has no day 30: February 2024 has 29 days
                """, run.out());
        assertEquals("library.bib: 0 errors, 2 warnings\n", run.err());
    }

    @Test
    void jsonHasCountsAndFindings(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("library.bib"), "@misc{a, title = {T}, month = {13}}\n@misc{b, title = {T},");
        CliRun run = CliRun.in(dir, "check", "--json");
        assertEquals(ExitCodes.DATA_ERROR, run.exitCode());
        assertTrue(run.out().contains("\"errors\" : 1"), run.out());
        assertTrue(run.out().contains("\"warnings\" : 1"), run.out());
        assertTrue(run.out().contains("\"rule\" : \"syntax\""), run.out());
        assertTrue(run.out().contains("\"rule\" : \"month\""), run.out());
        assertEquals(run.out(), CliRun.in(dir, "check", "--format", "JSON").out());
    }

    @Test
    void githubFormatPrintsWorkflowCommandsWithTheDataEscaped(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("library.bib"), "@misc{a, title = {T}, month = {50%}}\n@misc{a, title = {U}}\n");
        CliRun run = CliRun.in(dir, "check", "--format", "github");
        assertEquals(ExitCodes.DATA_ERROR, run.exitCode());
        assertEquals("""
                ::warning file=library.bib,line=1,col=31,title=bibfolio check%3A month::unknown month '50%25'; use \
                jan … dec (jun # "\\slash " # sep for two) or 1 … 12
                ::error file=library.bib,line=2,col=1,title=bibfolio check%3A duplicate-key::duplicate key 'a' (first \
                used at line 1); BibTeX ignores this entry
                """, run.out());
    }

    @Test
    void bibtexOwnXamplHasNoErrors(@TempDir Path dir) throws Exception {
        Path xampl = Path.of("/usr/share/texlive/texmf-dist/bibtex/bib/base/xampl.bib");
        Processes.requireThat(Files.isRegularFile(xampl), "TeX Live's xampl.bib is not installed");
        Files.copy(xampl, dir.resolve("library.bib"));
        CliRun run = CliRun.in(dir, "check");
        assertEquals(0, run.exitCode(), run.out());
        assertTrue(run.err().startsWith("library.bib: 0 errors, "), run.err());
    }

    @Test
    void frankensteinIsReadToTheEndWithItsOneBrokenEntryReported(@TempDir Path dir) throws Exception {
        Path frankenstein = TexLiveFiles.ROOTS.get(0).resolve("frankenstein/frankenstein.bib");
        Processes.requireThat(Files.isRegularFile(frankenstein), "texlive-latex-extra (frankenstein.bib) is missing");
        Files.copy(frankenstein, dir.resolve("library.bib"));
        CliRun run = CliRun.in(dir, "check");
        assertEquals(ExitCodes.DATA_ERROR, run.exitCode());
        assertTrue(run.out().contains("library.bib:441:16: error: the quoted value of field 'annotation' is never "
                + "closed (reached the next entry, @Book at line 447)"), run.out());
        assertTrue(run.err().startsWith("library.bib: 1 error, "), run.err());
        CliRun list = CliRun.in(dir, "list");
        assertEquals(ExitCodes.DATA_ERROR, list.exitCode());
        assertTrue(list.out().lines().count() > 500, "the entries after the broken one are read too");
        assertTrue(list.out().contains("beckett:eleu\t"), "the entry right after the broken one");
    }
}
