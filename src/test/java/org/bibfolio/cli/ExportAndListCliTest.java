package org.bibfolio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.bibfolio.testing.CliRun;
import org.bibfolio.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI contract of export and list: outputs, exit codes and one-line errors, run in-process. */
class ExportAndListCliTest {

    @TempDir
    Path folder;

    @Test
    void missingLibraryNamesTheFileAndHowToPointAtAnother() {
        CliRun run = CliRun.in(folder, "export");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals("", run.out());
        assertEquals("""
                bibfolio: error: library not found: library.bib
                  point at another with --library FILE or the BIBFOLIO_LIBRARY environment variable
                """, run.err());
    }

    @Test
    void aBrokenEntryIsReportedAndTheOthersAreStillExported() throws Exception {
        Files.writeString(folder.resolve("library.bib"), """
                @article{broken,
                  title = {x},
                  year = 2020
                  author = {B}
                }

                @article{good,
                  author = {Zhu, Libin},
                  title = {Still here},
                  journal = {Annals of Applied Probability},
                  year = 2021
                }
                """);
        CliRun run = CliRun.in(folder, "export", "--section", "journal");
        assertEquals(ExitCodes.DATA_ERROR, run.exitCode(), "a half-read library must not pass for a whole one");
        assertEquals("""
                library.bib:4:3: error: expected ',' or '}' after the value of field 'year', found 'a' in entry broken \
                (which starts at line 1)
                bibfolio: error: 1 entry of library.bib could not be read and is left out; the other 1 were read
                """, run.err());
        assertTrue(run.out().contains("*Still here*"), run.out());
        CliRun list = CliRun.in(folder, "list");
        assertEquals(ExitCodes.DATA_ERROR, list.exitCode());
        assertTrue(list.out().startsWith("good\t2021"), list.out());
    }

    @Test
    void debugAddsTheStackTrace() throws Exception {
        Files.createDirectory(folder.resolve("library.bib"));
        CliRun run = CliRun.in(folder, "export", "--debug");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("at org.bibfolio.bibtex.LibraryReader"), run.err());
        assertEquals("""
                bibfolio: error: library.bib is not a regular file (a folder, a FIFO or a device)
                  point --library at a .bib file
                """, CliRun.in(folder, "export").err());
    }

    @Test
    void environmentVariableNamesTheLibrary() throws Exception {
        Path library = Fixtures.copyLibraryTo(Files.createDirectory(folder.resolve("cv")));
        CliRun run = CliRun.in(folder, Map.of("BIBFOLIO_LIBRARY", library.toString()), "export", "-s", "journal");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(2, run.out().lines().count());
    }

    @Test
    void unknownFormatSectionAndStyleListTheValidValues() throws Exception {
        Fixtures.copyLibraryTo(folder);
        assertUsageError(CliRun.in(folder, "export", "--format", "pdf"),
                "expected one of [markdown, latex, html, text, json, csl-json, bibtex, css] (case-insensitive) but was 'pdf'");
        assertUsageError(CliRun.in(folder, "export", "--section", "talks"),
                "expected one of [all, selected, conference, journal, preprint, book, report, thesis, software, other] "
                        + "(case-insensitive) but was 'talks'");
        assertUsageError(CliRun.in(folder, "export", "--style", "nope"), "unknown style 'nope' (house styles: cv,");
    }

    @Test
    void outputFileIsWrittenAndStdoutStaysEmpty() throws Exception {
        Fixtures.copyLibraryTo(folder);
        CliRun run = CliRun.in(folder, "export", "--format", "html", "--standalone", "--output", "cv.html");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.out());
        String html = Files.readString(folder.resolve("cv.html"), StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<strong>L.&nbsp;Zhu</strong>"), "the owner in bold, the initial tied to the name");
        assertTrue(html.contains(">Journal publications</h2>"));
    }

    @Test
    void listJsonGivesAuthorsAsTheFourBibtexParts() throws Exception {
        Fixtures.copyLibraryTo(folder);
        CliRun run = CliRun.in(folder, "list", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode entries = new ObjectMapper().readTree(run.out());
        assertEquals(13, entries.size());
        JsonNode spectral = entries.get(11);
        assertEquals("zhu2025spectral", spectral.get("key").asText());
        assertEquals("article", spectral.get("type").asText());
        assertEquals("preprint", spectral.get("category").asText());
        assertEquals("submitted", spectral.at("/status/id").asText());
        assertEquals("Annals of Applied Probability", spectral.at("/status/to").asText());
        assertEquals("Spectral norm bound for the product of random Fourier–Walsh matrices",
                spectral.get("title").asText());
        assertEquals(4, spectral.at("/month").asInt(), "the arXiv month of 2504.03148");
        JsonNode owner = spectral.at("/authors/0");
        assertEquals("Libin", owner.get("first").asText());
        assertEquals("", owner.get("von").asText());
        assertEquals("Zhu", owner.get("last").asText());
        assertEquals("", owner.get("jr").asText());
        assertTrue(owner.get("owner").asBoolean());
        assertEquals("2504.03148", spectral.at("/links/arxiv").asText());
        assertEquals(7, entries.findValues("selected").stream().filter(JsonNode::asBoolean).count());
    }

    @Test
    void queryNarrowsTheCvSectionsAndEmptySectionsAreLeftOut() throws Exception {
        Fixtures.copyLibraryTo(folder);
        CliRun run = CliRun.in(folder, "export", "--query", "coauthor:radhakrishnan");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("## Selected Publications", "## Conference proceedings"),
                run.out().lines().filter(line -> line.startsWith("## ")).toList());
        assertEquals(5, run.out().lines().filter(line -> line.startsWith("- ")).count());

        CliRun flat = CliRun.in(folder, "export", "--query", "tag:spotlight", "--flat", "--format", "text");
        assertEquals(0, flat.exitCode(), flat.err());
        assertEquals(2, flat.out().lines().count(), flat.out());
        assertTrue(flat.out().lines().allMatch(line -> line.contains("(Spotlight)")), flat.out());
    }

    @Test
    void queryThatMatchesNothingPrintsNothingAndExitsOne() throws Exception {
        Fixtures.copyLibraryTo(folder);
        CliRun none = CliRun.in(folder, "export", "--query", "author:nobody");
        assertEquals(ExitCodes.NO_MATCH, none.exitCode());
        assertEquals("", none.out());
        CliRun malformed = CliRun.in(folder, "export", "--query", "author:(");
        assertEquals(ExitCodes.USAGE, malformed.exitCode());
        assertTrue(malformed.err().startsWith("bibfolio: error: query:1:"), malformed.err());
    }

    @Test
    void listPrintsOneLinePerEntry() throws Exception {
        Fixtures.copyLibraryTo(folder);
        CliRun run = CliRun.in(folder, "list");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(13, run.out().lines().count());
        assertTrue(run.out().startsWith("mallinar2025emergence\t2025\tconference\tMallinar, Beaglehole, Zhu,"));
    }

    @Test
    void helpListsTheExitCodesAndVersionComesFromTheBuild() {
        CliRun help = CliRun.in(folder, "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("65  invalid input"), help.out());
        CliRun version = CliRun.in(folder, "--version");
        assertTrue(version.out().matches("bibfolio \\d+\\.\\d+\\.\\d+.*\\n"), version.out());
    }

    private static void assertUsageError(CliRun run, String expected) {
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().startsWith("bibfolio: error: "), run.err());
        assertTrue(run.err().contains(expected), run.err());
        assertEquals(2, run.err().lines().count(), run.err());
        assertEquals("", run.out());
    }
}
