package org.bibfolio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.bibfolio.testing.CliRun;
import org.bibfolio.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** bibfolio search, index, coauthors and venues, in-process on a copy of the bundled library. */
class SearchCommandTest {

    @TempDir
    Path folder;

    @BeforeEach
    void copyLibrary() throws Exception {
        Fixtures.copyLibraryTo(folder);
    }

    private List<String> keys(String query) {
        CliRun run = CliRun.in(folder, "search", query);
        assertEquals("", run.err());
        return run.out().lines().map(line -> line.split("\t")[0]).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "author:belkin            | mallinar2025emergence liu2025assembly zhu2024catapults zhu2024quadratic banerjee2023neural banerjee2023restricted zhu2022transition liu2022loss zhu2022note liu2022transition liu2020linearity",
        "author:\"M. Belkin\"     | mallinar2025emergence liu2025assembly zhu2024catapults zhu2024quadratic banerjee2023neural banerjee2023restricted zhu2022transition liu2022loss zhu2022note liu2022transition liu2020linearity",
        "author:\"Belkin, Mikhail\" | mallinar2025emergence liu2025assembly zhu2024catapults zhu2024quadratic banerjee2023neural banerjee2023restricted zhu2022transition liu2022loss zhu2022note liu2022transition liu2020linearity",
        "coauthor:\"C. Liu\"     | liu2025assembly zhu2024catapults zhu2024quadratic zhu2022transition liu2022loss liu2022transition liu2020linearity",
        "coauthor:\"Liu, Chaoyue\" | liu2025assembly zhu2024catapults zhu2024quadratic zhu2022transition liu2022loss liu2022transition liu2020linearity",
        "venue:ICLR               | zhu2024quadratic banerjee2023restricted liu2022transition",
        "venue:\"International Conference on Learning Representations\" | zhu2024quadratic banerjee2023restricted liu2022transition",
        "tag:spotlight            | liu2022transition liu2020linearity",
        "status:submitted         | zhu2025iteratively zhu2025spectral",
        "selected:true            | zhu2025iteratively zhu2024catapults zhu2024quadratic zhu2022transition liu2022loss liu2022transition liu2020linearity",
        "year:2022..2023          | banerjee2023neural banerjee2023restricted zhu2022transition liu2022loss zhu2022note liu2022transition",
        "author:drusvyatskiy venue:\"Foundations of Computational Mathematics\" | zhu2025iteratively",
    })
    void findsExactlyTheBundledEntriesNewestFirst(String query, String expected) {
        assertEquals(Arrays.asList(expected.split(" ")), keys(query));
    }

    @Test
    void printsKeyYearAuthorsTitleVenueAndBoldsTheOwnerOnlyWhenAsked() {
        String line = "liu2022loss\t2022\tLiu, Zhu, Belkin\tLoss landscapes and optimization in over-parameterized "
                + "non-linear systems and neural networks\tACHA\n";
        assertEquals(line, CliRun.in(folder, "search", "key:liu2022loss").out());
        assertEquals(line.replace("Zhu", "\u001B[1mZhu\u001B[0m"),
                CliRun.in(folder, "search", "key:liu2022loss", "--color", "always").out());
    }

    @Test
    void nothingMatchedPrintsNothingAndExitsOne() {
        CliRun run = CliRun.in(folder, "search", "author:nobody");
        assertEquals(new CliRun(ExitCodes.NO_MATCH, "", ""), run);
    }

    @Test
    void aMalformedQueryIsOneLineWithACaretAndExitsTwo() {
        CliRun run = CliRun.in(folder, "search", "author:belkin AND (venue:ICLR");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals("""
                bibfolio: error: query:1:19: this '(' is never closed
                  author:belkin AND (venue:ICLR
                                    ^
                """, run.err());
        assertEquals("", run.out());
    }

    @Test
    void bibtexFormatPrintsTheEntriesAsWritten() throws Exception {
        String library = Files.readString(folder.resolve("library.bib"));
        String out = CliRun.in(folder, "search", "tag:spotlight", "--format", "bibtex").out();
        for (String entry : out.split("\n\n")) {
            assertTrue(library.contains(entry.strip()), entry);
        }
        assertTrue(out.startsWith("@inproceedings{liu2022transition,\n  author         = {Liu, Chaoyue"), out);
    }

    @Test
    void jsonAndExportFormatsCarryThePublications() {
        String json = CliRun.in(folder, "search", "status:submitted", "--format", "json").out();
        assertTrue(json.contains("\"key\" : \"zhu2025iteratively\""), json);
        assertTrue(json.contains("\"owner\" : true"), json);
        String markdown = CliRun.in(folder, "search", "venue:ICLR", "--format", "markdown").out();
        assertEquals(3, markdown.lines().filter(line -> line.contains("ICLR")).count(),
                markdown);
        assertTrue(markdown.contains("**"), "the owner is bold in the house style: " + markdown);
    }

    @Test
    void anEditedLibraryIsSearchedWithoutAnyManualStep() throws Exception {
        assertEquals(List.of("liu2022transition", "liu2020linearity"), keys("tag:spotlight"));
        Path library = folder.resolve("library.bib");
        Files.writeString(library, Files.readString(library).replace("keywords       = {selected, Spotlight}",
                "keywords       = {selected}"));
        assertEquals(List.of(), keys("tag:spotlight"));
    }

    @Test
    void indexCommandReportsWhatItDid() {
        assertEquals("index of library.bib: rebuilt: 13 entries\n", CliRun.in(folder, "index").out());
        assertEquals("index of library.bib: up to date\n", CliRun.in(folder, "index").out());
        assertEquals("index of library.bib: rebuilt: 13 entries\n", CliRun.in(folder, "index", "--rebuild").out());
    }

    @Test
    void coauthorsMergeNameVariantsAndLeaveOutTheOwner() {
        CliRun run = CliRun.in(folder, "coauthors");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Mikhail Belkin\t11\t2020\u20132025\nChaoyue Liu\t7\t2020\u20132025\n"),
                run.out());
        assertTrue(!run.out().contains("Zhu"), run.out());
        String json = compact(CliRun.in(folder, "coauthors", "year:2023", "--json").out());
        assertTrue(json.contains("{\"name\":\"ArindamBanerjee\",\"variants\":[],\"papers\":2,\"firstYear\":2023,"
                + "\"lastYear\":2023}"), json);
    }

    @Test
    void venuesCountByAbbreviation() {
        String json = compact(CliRun.in(folder, "venues", "--json").out());
        assertTrue(json.startsWith("[{\"name\":\"TheTwelfthInternationalConferenceonLearningRepresentations\","
                + "\"abbreviation\":\"ICLR\",\"papers\":3,\"firstYear\":2022,\"lastYear\":2024}"), json);
    }

    private static String compact(String json) {
        return json.replaceAll("\\s+", "");
    }

    @Test
    void noColorKeepsTheOutputPlain() {
        assertEquals(CliRun.in(folder, "search", "key:liu2022loss").out(),
                CliRun.in(folder, Map.of("NO_COLOR", "1"), "search", "key:liu2022loss").out());
    }

    /**
     * A broken entry is reported by every command that reads through the index, as export and list report it, on
     * the search that builds the index and on a later one that finds it up to date (and reads nothing else), with
     * the hits still printed and exit 65; once the entry is mended, nothing is said and the exit is 0 again.
     */
    @Test
    void aBrokenEntryIsReportedByEverySearchAsByExport() throws Exception {
        Path library = folder.resolve("library.bib");
        Files.writeString(library, """
                @article{kowalska2021broken,
                  author = {Kowalska, Zofia},
                  title = {A broken {entry,
                  journal = {Annals of Statistics},
                  year = {2021}
                }

                @article{kowalska2023kernels,
                  author = {Kowalska, Zofia and Chen, Wei},
                  title = {Kernels everywhere},
                  journal = {Bernoulli},
                  year = {2023}
                }
                """);
        String expected = CliRun.in(folder, "export").err();
        assertTrue(expected.startsWith("library.bib:3:11: error: "), expected);
        assertTrue(expected.endsWith("in entry kowalska2021broken (which starts at line 1)\n"
                + "bibfolio: error: 1 entry of library.bib could not be read and is left out; the other 1 were read\n"),
                expected);
        for (String when : List.of("building the index", "the index up to date")) {
            CliRun search = CliRun.in(folder, "search", "kernels");
            assertEquals(ExitCodes.DATA_ERROR, search.exitCode(), when);
            assertEquals(expected, search.err(), when);
            assertTrue(search.out().startsWith("kowalska2023kernels\t2023"), when + ": " + search.out());
        }
        CliRun none = CliRun.in(folder, "search", "statistics");
        assertEquals(ExitCodes.DATA_ERROR, none.exitCode(), "no hit, but the broken entry might have been one");
        assertEquals("", none.out());
        for (String[] command : new String[][] {{"coauthors"}, {"venues"}, {"index"}, {"search", "chen", "--json"}}) {
            CliRun run = CliRun.in(folder, command);
            assertEquals(ExitCodes.DATA_ERROR, run.exitCode(), command[0]);
            assertEquals(expected, run.err(), command[0]);
        }
        Files.writeString(library, Files.readString(library).replace("A broken {entry,", "A mended {entry}},"));
        CliRun mended = CliRun.in(folder, "search", "statistics");
        assertEquals(0, mended.exitCode(), mended.err());
        assertEquals("", mended.err());
    }

    @Test
    void aLibraryOfManyBrokenEntriesNamesTheFirstThousandAndCountsThemAll() throws Exception {
        Files.writeString(folder.resolve("library.bib"), "@misc{k, title = {\n".repeat(1_500)
                + "@misc{fine, title = {Fine}}\n");
        for (int run = 0; run < 2; run++) {
            CliRun search = CliRun.in(folder, "search", "fine");
            assertEquals(ExitCodes.DATA_ERROR, search.exitCode());
            List<String> lines = search.err().lines().toList();
            assertEquals(1_001, lines.size());
            assertEquals("bibfolio: error: 1,500 entries of library.bib could not be read and are left out (the first "
                    + "1000 are named above); the other 1 were read", lines.get(1_000));
        }
    }
}
