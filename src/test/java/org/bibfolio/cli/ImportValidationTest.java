package org.bibfolio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.bibfolio.bench.SyntheticLibrary;
import org.bibfolio.model.WorkCount;
import org.bibfolio.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import} writes through the same check as {@code add}: an entry that would newly break a rule guarding
 * writes is skipped with check's reason, the rest imported; {@code --force} imports it with a warning. However many
 * entries come in, the result is checked in one pass.
 */
class ImportValidationTest {

    private static final String COAUTHOR = """
            @article{good2021, title = {A Good Paper}, author = {Doe, Jane}, journal = {Journal of Tests},
              year = 2021}

            @article{badyear, title = {A Paper of No Year}, author = {Doe, Jane}, journal = {Journal of Tests},
              year = {20x4}}

            @article{nojournal, title = {A Journal Paper Without Its Journal}, author = {Doe, Jane}, year = 2020}

            @misc{baddoi, title = {Data for a Paper}, author = {Doe, Jane}, year = 2022, doi = {not-a-doi}}
            """;

    @TempDir
    Path dir;

    private void files() throws Exception {
        Files.writeString(dir.resolve("library.bib"), "@article{own2019, title = {Our Own Paper}, "
                + "author = {Zhu, Libin}, journal = {Journal of Tests}, year = 2019}\n");
        Files.writeString(dir.resolve("coauthor.bib"), COAUTHOR);
    }

    @Test
    void anEntryCheckRefusesIsSkippedWithCheckReasonAndTheRestImported() throws Exception {
        files();
        CliRun run = CliRun.in(dir, "import", "coauthor.bib");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("""
                added good2021
                skipped badyear (coauthor.bib:4): year '20x4' has no four-digit year; write it as 2024 (or biblatex's date = {2024-07})
                skipped nojournal (coauthor.bib:7): @article needs journal or journaltitle
                skipped baddoi (coauthor.bib:9): malformed DOI 'not-a-doi'; a DOI looks like 10.1016/j.acha.2021.12.009
                added 1, merged 0, skipped 3
                """, run.out());
        String library = Files.readString(dir.resolve("library.bib"));
        assertTrue(library.contains("@article{good2021,"), library);
        assertFalse(library.contains("badyear") || library.contains("nojournal") || library.contains("baddoi"),
                library);
        assertEquals(0, CliRun.in(dir, "check").exitCode());
    }

    @Test
    void forceImportsThemWithAWarningEach() throws Exception {
        files();
        CliRun run = CliRun.in(dir, "import", "--force", "coauthor.bib");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().endsWith("added 4, merged 0, skipped 0\n"), run.out());
        assertTrue(run.err().contains("bibfolio: warning: badyear: year '20x4' has no four-digit year"), run.err());
        assertTrue(run.err().contains("bibfolio: warning: nojournal: @article needs journal or journaltitle"), run.err());
        assertTrue(Files.readString(dir.resolve("library.bib")).contains("@article{badyear,"));
    }

    @Test
    void thousandsOfEntriesAreCheckedInOnePass() throws Exception {
        SyntheticLibrary.write(dir.resolve("library.bib"), 300, 11);
        String many = IntStream.range(0, 500).mapToObj(i -> "@article{imported" + i + ", title = {Imported Paper "
                + "Number " + i + "}, author = {Doe, Jane}, journal = {Journal of Tests}, year = {"
                + (i % 50 == 0 ? "19x9" : "1950") + "}}\n").collect(Collectors.joining("\n"));
        Files.writeString(dir.resolve("many.bib"), many);
        WorkCount.Counted<CliRun> run = WorkCount.during(() -> CliRun.in(dir, "import", "--quiet", "many.bib"));
        assertEquals(0, run.result().exitCode(), run.result().err());
        assertEquals("added 490, merged 0, skipped 10\n", run.result().out());
        // the import file, the library, and the appended entries once to check them and once more to write them
        long parsed = run.counts().of(WorkCount.Kind.PARSED);
        assertTrue(parsed <= 500 + 300 + 3 * 500, "parsed " + parsed);
    }
}
