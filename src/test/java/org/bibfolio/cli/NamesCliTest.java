package org.bibfolio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bibfolio.testing.CliRun;
import org.bibfolio.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stranger's library (fixtures/names/library.bib) through the commands: the owner, written in ASCII in the
 * settings, is bold however a paper spells him; search, coauthors and venues agree with that.
 */
class NamesCliTest {

    @TempDir
    Path folder;

    @BeforeEach
    void copyLibrary() throws Exception {
        Files.copy(Fixtures.projectDir().resolve("src/test/resources/fixtures/names/library.bib"),
                folder.resolve("library.bib"));
    }

    @Test
    void theOwnerIsBoldInEverySpellingAndOnlyHe() {
        CliRun run = CliRun.in(folder, "export", "--flat", "--format", "markdown");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        // Zieli{\'n}ski, Pawe{\l} / Zieliński, Paweł / P. Zieli\'{n}ski / Zielinski, P. / Pawe\l{} Zieli\'{n}ski
        assertEquals(10, lines.stream().filter(line -> line.matches(".*\\*\\*P\\. Zieli[nń]ski\\*\\*.*")).count(),
                run.out());
        String mario = lines.stream().filter(line -> line.contains("A different Garcia")).findFirst().orElseThrow();
        assertEquals("- M. García & P. Zieliński (2019). *A different Garcia and a different Zielinski*. "
                + "*Physical Review E*.", mario);
    }

    @Test
    void aCslStyleSetsApartTheGivenNameAsThePaperSpellsIt() {
        CliRun run = CliRun.in(folder, "export", "--style", "chicago-author-date", "--flat", "--format", "markdown");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("García, María, **Paweł Zieliński**, and Søren Brøndsted. 2023."), run.out());
        assertTrue(run.out().contains("García, Mario, and Piotr Zieliński. 2019."), run.out());
    }

    @Test
    void searchJsonMarksTheOwnerAndMatchesFormatJson() {
        CliRun json = CliRun.in(folder, "search", "author:\"Pawel Zielinski\" year:2022", "--json");
        assertEquals(0, json.exitCode(), json.err());
        assertTrue(json.out().contains("\"first\" : \"P.\""), json.out());
        assertTrue(json.out().contains("\"owner\" : true"), json.out());
        assertEquals(json, CliRun.in(folder, "search", "author:\"Pawel Zielinski\" year:2022", "--format", "json"));
    }

    @Test
    void jsonAndAnotherFormatIsAUsageError() {
        CliRun run = CliRun.in(folder, "search", "garcia", "--json", "--format", "markdown");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("bibfolio: error: --json and --format markdown ask for two formats"),
                run.err());
    }

    @Test
    void anInvertedYearRangeIsALocatedQueryError() {
        CliRun run = CliRun.in(folder, "search", "garcia year:2030..2020");
        assertEquals(new CliRun(ExitCodes.USAGE, "", """
                bibfolio: error: query:1:13: year:2030..2020 is empty: the range starts after it ends \
                (year:2020..2030?)
                  garcia year:2030..2020
                              ^
                """), run);
    }

    @Test
    void venuesCountWhereThePapersAppearedUnlessAll() {
        CliRun appeared = CliRun.in(folder, "venues");
        assertEquals(0, appeared.exitCode(), appeared.err());
        // the submitted TMLR paper and the JMLR draft are not counted; the accepted NeurIPS paper is
        assertFalse(appeared.out().contains("Transactions on Machine Learning Research"), appeared.out());
        assertTrue(appeared.out().contains("-\t1\t2023\tJournal of Machine Learning Research\n"), appeared.out());
        assertTrue(appeared.out().contains("NeurIPS\t1\t2020\tAdvances in Neural Information Processing Systems\n"),
                appeared.out());
        assertFalse(appeared.out().contains("Physical Review E"), "not the owner's paper: " + appeared.out());
        CliRun all = CliRun.in(folder, "venues", "--all");
        assertTrue(all.out().startsWith("-\t2\t2023\u20132026\tJournal of Machine Learning Research\n"), all.out());
        assertTrue(all.out().contains("-\t1\t2025\tTransactions on Machine Learning Research\n"), all.out());
        assertTrue(all.out().contains("Physical Review E"), all.out());
        CliRun submitted = CliRun.in(folder, "venues", "--all", "status:submitted");
        assertEquals("-\t1\t2025\tTransactions on Machine Learning Research\n", submitted.out());
    }

    @Test
    void coauthorsMergeOnePersonsSpellingsAndKeepOthersApart() {
        CliRun run = CliRun.in(folder, "coauthors");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("María García\t6\t2020\u20132025\n"), run.out());
        assertTrue(run.out().contains("Hans Weiss\t1\t2024\n"), run.out());
        assertTrue(run.out().contains("Hans-Jürgen Weiß\t1\t2024\n"), run.out());
        assertFalse(run.out().contains("Zieli"), "the owner is no coauthor: " + run.out());
    }
}
