package org.bibfolio.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bibfolio.testing.CliRun;
import org.bibfolio.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Validation before a write (issue 9 item 1): a mistyped value never reaches the file. {@code add}, {@code edit}
 * and {@code status} run {@code check}'s rules on the entry they write and refuse what they newly find, unless
 * {@code --force}; a misspelt owner name only warns.
 */
class ValidationBeforeWriteTest {

    @TempDir
    Path dir;
    private Path library;
    private byte[] before;

    @BeforeEach
    void library() throws Exception {
        library = dir.resolve("library.bib");
        Files.copy(Fixtures.projectDir().resolve("src/test/resources/fixtures/validate/library.bib"), library);
        before = Files.readAllBytes(library);
    }

    private CliRun add(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("add", "--title", "Sampling with kernels", "--author",
                "García, María José", "--venue", "Journal of Computational Physics"));
        args.addAll(List.of(more));
        return CliRun.in(dir, args.toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--type artcle --year 2024|garcia2024sampling: unknown entry type @artcle (did you mean @article?); BibTeX's "
                + "styles print it as @misc",
        "--type article --year 20x5|garciasampling: year '20x5' has no four-digit year; write it as 2024 (or "
                + "biblatex's date = {2024-07})",
        "--type article --year 2025 --month 13|garcia2025sampling: unknown month '13'; use jan … dec (jun # \"\\slash "
                + "\" # sep for two) or 1 … 12",
        "--type article --year 2025 --doi notadoi|garcia2025sampling: malformed DOI 'notadoi'; a DOI looks like "
                + "10.1016/j.acha.2021.12.009",
        "--type article --year 2025 --arxiv 1234|garcia2025sampling: malformed arXiv id '1234'; an id looks like "
                + "2505.08277 or math.PR/0601001",
        "--type article|garciasampling: @article needs year or date"})
    void addRefusesAMistypedValueAndWritesNothing(String options, String message) throws Exception {
        CliRun run = add(options.split(" "));
        assertEquals(ExitCodes.DATA_ERROR, run.exitCode());
        assertEquals("bibfolio: error: " + message + "\n  fix it, or use --force to write it anyway\n", run.err());
        assertArrayEquals(before, Files.readAllBytes(library));
    }

    @Test
    void forceWritesItAnywayWithTheFindingAsAWarning() throws Exception {
        CliRun run = add("--type", "article", "--year", "2025", "--month", "13", "--force");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("bibfolio: warning: garcia2025sampling: unknown month '13'"), run.err());
        assertTrue(Files.readString(library).contains("month      = {13}"), Files.readString(library));
    }

    @Test
    void aMisspeltOwnerIsWrittenWithAWarning() throws Exception {
        CliRun run = CliRun.in(dir, "add", "--type", "article", "--title", "T", "--author", "Garcia, Maria Jos",
                "--year", "2025", "--venue", "Journal of Computational Physics");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("bibfolio: warning: garcia2025t: author 'Garcia, Maria Jos' looks like the owner 'García, María "
                + "José' but is not one of the owner's names; fix the spelling, or add it to 'owner = …' ('not-owner "
                + "= …' if it is someone else)\n", run.err());
    }

    @Test
    void editRefusesANewProblemButNotOneTheEntryAlreadyHad() throws Exception {
        CliRun month = CliRun.in(dir, "edit", "chen2023twelve", "--set", "month=Jully");
        assertEquals(ExitCodes.DATA_ERROR, month.exitCode());
        assertTrue(month.err().startsWith("bibfolio: error: chen2023twelve: unknown month 'Jully'"), month.err());
        CliRun unset = CliRun.in(dir, "edit", "chen2023twelve", "--unset", "journal");
        assertEquals(ExitCodes.DATA_ERROR, unset.exitCode());
        assertTrue(unset.err().contains("@article needs journal or journaltitle"), unset.err());
        assertArrayEquals(before, Files.readAllBytes(library));
        assertEquals(0, CliRun.in(dir, "edit", "chen2023twelve", "--set", "doi=10.1/x", "--force").exitCode());
        CliRun other = CliRun.in(dir, "edit", "chen2023twelve", "--set", "pages=1--20");
        assertEquals(0, other.exitCode(), "the malformed DOI was there before: " + other.err());
    }

    @Test
    void setWithoutAValueIsAUsageError() throws Exception {
        CliRun run = CliRun.in(dir, "edit", "chen2023twelve", "--set", "title");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals("""
                bibfolio: error: option '--set' takes FIELD=VALUE, not 'title'
                  write it as --set title=VALUE
                """, run.err());
        assertArrayEquals(before, Files.readAllBytes(library));
        CliRun add = CliRun.in(dir, "add", "--type", "misc", "--title", "T", "--author", "Doe, Jane", "--year",
                "2024", "--field", "note");
        assertEquals(ExitCodes.USAGE, add.exitCode());
        assertEquals("""
                bibfolio: error: option '--field' takes NAME=VALUE, not 'note'
                  write it as --field note=VALUE
                """, add.err());
    }

    @Test
    void publishingAPreprintGivesItTheTypeOfItsVenueAndSaysWhereItMoved() throws Exception {
        CliRun journal = CliRun.in(dir, "status", "garcia2025diffusion", "published", "--venue",
                "Journal of Machine Learning Research", "--venue-short", "JMLR");
        assertEquals(0, journal.exitCode(), journal.err());
        List<String> diff = journal.out().lines().toList();
        assertEquals(List.of("@@ garcia2025diffusion", "-@misc{garcia2025diffusion,", "+@article{garcia2025diffusion,",
                "+  journal    = {Journal of Machine Learning Research},"), diff.subList(0, 4));
        assertTrue(diff.get(4).matches("\\+  shortjournal +=\\ \\{JMLR},"), diff.get(4));
        assertEquals("-  pubstate   = {submitted},", diff.get(5));
        assertEquals("bibfolio: garcia2025diffusion moved from Preprints/Articles in Review to Journal "
                + "publications\n", journal.err());
        CliRun conference = CliRun.in(dir, "status", "garcia2024kernels", "published", "--venue", "NeurIPS 2025");
        assertEquals(0, conference.exitCode(), conference.err());
        assertTrue(conference.out().contains("+@inproceedings{garcia2024kernels,"), conference.out());
        assertTrue(conference.out().contains("+  booktitle  = {NeurIPS 2025},"), conference.out());
        assertTrue(conference.err().contains("moved from Preprints/Articles in Review to Conference proceedings"));
        CliRun list = CliRun.in(dir, "list");
        assertTrue(list.out().contains("garcia2025diffusion\t2025\tjournal"), list.out());
        assertTrue(list.out().contains("garcia2024kernels\t2024\tconference"), list.out());
    }

    @Test
    void aVenueThatDoesNotSayWhatItIsNeedsType() throws Exception {
        CliRun unknown = CliRun.in(dir, "status", "garcia2024kernels", "published", "--venue", "Kernel Weekly");
        assertEquals(ExitCodes.DATA_ERROR, unknown.exitCode());
        assertEquals("""
                bibfolio: error: cannot tell whether 'Kernel Weekly' is a journal or a conference, so not which type \
                @online garcia2024kernels should become
                  say it with --type article (a journal) or --type inproceedings (a conference)
                """, unknown.err());
        CliRun chosen = CliRun.in(dir, "status", "garcia2024kernels", "published", "--venue", "Kernel Weekly",
                "--type", "article");
        assertEquals(0, chosen.exitCode(), chosen.err());
        assertTrue(chosen.out().contains("+@article{garcia2024kernels,"), chosen.out());
    }

    @Test
    void aSnippetKeepsItsFieldsInTheirOrderAndTheCaseOfTheirNames() throws Exception {
        String snippet = """
                @Article{Tanaka2024,
                  Title = {Order kept},
                  Journal = {Journal of Computational Physics},
                  Author = {Tanaka, Hanako},
                  archivePrefix = {arXiv},
                  eprint = {2405.00001},
                  Year = {2024},
                }
                """;
        CliRun run = CliRun.withInput(dir, snippet, false, "add", "-");
        assertEquals(0, run.exitCode(), run.err());
        String added = Files.readString(library).substring(new String(before, StandardCharsets.UTF_8).length());
        List<String> names = added.lines().filter(line -> line.contains("="))
                .map(line -> line.strip().split("[ =]")[0]).toList();
        assertEquals(List.of("Title", "Journal", "Author", "archivePrefix", "eprint", "Year"), names, added);
        assertTrue(added.contains("  Title      = {Order kept},\n"), added);
    }
}
