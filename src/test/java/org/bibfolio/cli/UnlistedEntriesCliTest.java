package org.bibfolio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bibfolio.testing.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An entry that no list of the style includes is named: one stderr line per entry from export, a check warning. */
class UnlistedEntriesCliTest {

    private static final String LIBRARY = """
            @comment{bibfolio:
              owner = Ortiz, Ana
            }
            @inproceedings{paper, author = {Ortiz, Ana}, title = {A Paper}, booktitle = {C}, year = {2024}}
            @phdthesis{thesis, author = {Ortiz, Ana}, title = {A Thesis}, school = {U}, year = {2020}}
            @misc{talk, author = {Ortiz, Ana}, title = {A Talk}, howpublished = {Invited talk}, year = {2023}}
            """;

    /** The user's own cv style, without a list for theses and talks. */
    private static final String STYLE = """
            [[sections]]
            id = "conference"
            heading = "Conference papers"
            include = "category=conference"
            """;

    @TempDir
    Path folder;

    @BeforeEach
    void library() throws Exception {
        Files.writeString(folder.resolve("library.bib"), LIBRARY, StandardCharsets.UTF_8);
        Files.createDirectories(folder.resolve("styles"));
        Files.writeString(folder.resolve("styles/cv.toml"), STYLE, StandardCharsets.UTF_8);
    }

    @Test
    void exportNamesEachLeftOutEntryOnStderrAndPrintsTheListsAsEver() {
        CliRun run = CliRun.in(folder, "export", "--format", "text");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("Conference papers\n\nA Paper\n", run.out(), "a style without templates shows titles");
        assertEquals("""
                bibfolio: warning: thesis (@phdthesis, category thesis) is in no list of style 'cv', so the CV leaves \
                it out; give the style a [[sections]] table with include = "category=thesis" (see styles/README.md)
                bibfolio: warning: talk (@misc, category other) is in no list of style 'cv', so the CV leaves it out; \
                give the style a [[sections]] table with include = "category=other" (see styles/README.md)
                """, run.err());
    }

    @Test
    void aCslStyleWithTheseSectionsWarnsAlikeButOneSectionOrAFlatListDoesNot() {
        CliRun csl = CliRun.in(folder, "export", "--style", "apa");
        assertEquals(2, csl.err().lines().filter(l -> l.contains("is in no list of style 'cv'")).count(), csl.err());
        assertEquals("", CliRun.in(folder, "export", "--section", "conference").err());
        assertEquals("", CliRun.in(folder, "export", "--flat").err());
    }

    @Test
    void theBuiltInCvStyleHasAListForEveryCategory() throws Exception {
        Files.delete(folder.resolve("styles/cv.toml"));
        CliRun run = CliRun.in(folder, "export");
        assertEquals("", run.err());
        assertTrue(run.out().contains("## Theses") && run.out().contains("## Other publications and talks"), run.out());
    }

    @Test
    void checkWarnsAboutEachEntryTheDefaultStyleLeavesOut() {
        CliRun run = CliRun.in(folder, "check");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("""
                library.bib:5:1: warning: thesis (@phdthesis, category thesis) is in no list of style 'cv', so the CV \
                leaves it out; give the style a [[sections]] table with include = "category=thesis" (see \
                styles/README.md)
                library.bib:6:1: warning: talk (@misc, category other) is in no list of style 'cv', so the CV leaves \
                it out; give the style a [[sections]] table with include = "category=other" (see styles/README.md)
                """, run.out());
        assertEquals("library.bib: 0 errors, 2 warnings\n", run.err());
    }

    /**
     * {@code check} and {@code status} judge by the same style, the library's own {@code styles/cv.toml}, from
     * whichever folder they are run: status's note names that style's lists, check names what it leaves out.
     */
    @Test
    void checkAndStatusJudgeByTheLibrarysOwnCvStyleFromAnyFolder() throws Exception {
        Files.writeString(folder.resolve("styles/cv.toml"), STYLE + """

                [[sections]]
                id = "talks"
                heading = "Talks"
                include = "category=other"
                """, StandardCharsets.UTF_8);
        Path elsewhere = Files.createDirectories(folder.resolve("elsewhere"));
        CliRun check = CliRun.in(elsewhere, "check", "-l", "../library.bib");
        assertEquals(1, check.out().lines().count(), check.out());
        assertTrue(check.out().contains("thesis (@phdthesis, category thesis) is in no list of style 'cv'"),
                check.out());
        CliRun status = CliRun.in(elsewhere, "status", "-l", "../library.bib", "talk", "published", "--venue",
                "Conference on Learning Theory");
        assertEquals(0, status.exitCode(), status.err());
        assertEquals("bibfolio: talk moved from Talks to Conference papers\n", status.err());
    }
}
