package org.bibfolio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.bibfolio.bibtex.BibFile;
import org.bibfolio.bibtex.BibItem;
import org.bibfolio.bibtex.LibraryReader;
import org.bibfolio.model.Publication;
import org.bibfolio.testing.CliRun;
import org.bibfolio.testing.Fixtures;
import org.bibfolio.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data formats of export (json, csl-json, bibtex), run in-process on copies of a library. */
class ExportFormatsCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private CliRun export(String... args) {
        List<String> all = new ArrayList<>(List.of("export"));
        all.addAll(List.of(args));
        CliRun run = CliRun.in(folder, all.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        return run;
    }

    @Test
    void jsonIsTheRenderedCvWithEachEntryInTextHtmlMarkdownAndData() throws Exception {
        Fixtures.copyLibraryTo(folder);
        String json = export("--format", "json").out();
        Golden.assertMatches("cv/all.json", json);
        JsonNode root = JSON.readTree(json);
        assertEquals("cv", root.get("style").asText());
        List<String> ids = new ArrayList<>();
        root.get("sections").forEach(s -> ids.add(s.get("id").asText()));
        assertEquals(List.of("selected", "conference", "journal", "preprint"), ids);

        List<String> html = new ArrayList<>();
        List<String> markdown = new ArrayList<>();
        root.findValues("entries").forEach(entries -> entries.forEach(e -> {
            html.add("<p class=\"bf-cite\">" + e.get("html").asText() + "</p>");
            markdown.add("- " + e.get("markdown").asText());
            assertEquals(e.get("key"), e.at("/publication/key"));
            assertFalse(e.has("label"), "cv does not number its lists");
        }));
        assertEquals(export("--format", "html").out().lines().filter(l -> l.startsWith("<p class=\"bf-cite\">"))
                .toList(), html, "each entry's html is what --format html prints for it");
        assertEquals(export().out().lines().filter(l -> l.startsWith("- ")).toList(), markdown);
        JsonNode first = root.at("/sections/0/entries/0");
        assertTrue(first.get("text").asText().startsWith("L. Zhu, D. Davis"), first.get("text").asText());
        assertTrue(first.at("/publication/authors/0/owner").asBoolean());
    }

    @Test
    void jsonOfANumberedFlatListCarriesTheLabels() throws Exception {
        Fixtures.copyLibraryTo(folder);
        JsonNode root = JSON.readTree(export("--style", "cv-numbered", "--section", "journal", "--format", "json")
                .out());
        assertEquals("cv-numbered", root.get("style").asText());
        JsonNode entries = root.at("/sections/0/entries");
        assertEquals(2, entries.size());
        assertEquals("2", entries.get(0).get("label").asText(), "reverse numbering");
        assertEquals("1", entries.get(1).get("label").asText());
    }

    @Test
    void cslJsonHoldsTheChosenEntriesWithoutTheOwnerMark() throws Exception {
        Fixtures.copyLibraryTo(folder);
        String flat = export("--flat", "--format", "csl-json").out();
        Golden.assertMatches("cv/flat.csl.json", flat);
        assertFalse(flat.contains("\u200B"), "the owner mark is bibfolio's own and must not leak");
        JsonNode items = JSON.readTree(flat);
        assertEquals(13, items.size());
        JsonNode spectral = item(items, "zhu2025spectral");
        assertEquals("article-journal", spectral.get("type").asText());
        assertEquals("Zhu", spectral.at("/author/0/family").asText());
        assertEquals("Libin", spectral.at("/author/0/given").asText());
        assertEquals(2025, spectral.at("/issued/date-parts/0/0").asInt());

        JsonNode selected = JSON.readTree(export("--section", "selected", "--format", "csl-json").out());
        assertEquals(7, selected.size());
        assertEquals(13, JSON.readTree(export("--format", "csl-json").out()).size(),
                "all sections: a selected paper appears once, not again under its venue");
    }

    @Test
    void cslJsonCarriesTheEntriesOwnValuesWithoutBibfoliosPrivateCharacters() throws Exception {
        Files.copy(Fixtures.projectDir().resolve("src/test/resources/fixtures/csl/varied.bib"),
                folder.resolve("library.bib"), StandardCopyOption.REPLACE_EXISTING);
        String json = export("--flat", "--format", "csl-json").out();
        assertFalse(json.matches("(?s).*[\u200B\uE000-\uF8FF].*"), "no owner mark, no private-use marker");
        JsonNode items = JSON.readTree(json);
        assertEquals("TR-2016-01", item(items, "smith2016").get("number").asText(), "a report number as written");
        assertEquals("3", item(items, "knuth1997").get("edition").asText(), "the reader's processor adds 'rd'");
    }

    private static JsonNode item(JsonNode items, String id) {
        return items.findParents("id").stream().filter(i -> i.get("id").asText().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + id));
    }

    @Test
    void bibtexIsTheSelectedEntriesOriginalTextInListOrder() throws Exception {
        Path library = Fixtures.copyLibraryTo(folder);
        BibFile original = LibraryReader.read(library).file();
        Path out = folder.resolve("selected.bib");
        export("--section", "selected", "--format", "bibtex", "-o", out.toString());

        LibraryReader.Loaded exported = LibraryReader.read(out);
        List<String> keys = exported.library().publications().stream().map(Publication::key).toList();
        assertEquals(sectionKeys("selected"), keys);
        assertEquals(7, keys.size());
        for (BibItem.Entry entry : exported.file().entries().toList()) {
            BibItem.Entry source = original.entries().filter(e -> e.key().equals(entry.key())).findFirst()
                    .orElseThrow();
            assertEquals(original.textOf(source), exported.file().textOf(entry), entry.key());
        }
        assertEquals(13, LibraryReader.read("flat.bib", export("--flat", "--format", "bibtex").out(),
                StandardCharsets.UTF_8).library().publications().size());
    }

    @Test
    void bibtexBringsTheStringsAndCrossrefParentsItsEntriesNeed() throws Exception {
        Files.copy(Fixtures.projectDir().resolve("src/test/resources/fixtures/bibtex/subset/library.bib"),
                folder.resolve("library.bib"), StandardCopyOption.REPLACE_EXISTING);
        export("--section", "selected", "--format", "bibtex", "-o", "selected.bib");

        String text = Files.readString(folder.resolve("selected.bib"));
        assertFalse(text.contains("unused"), text);
        LibraryReader.Loaded exported = LibraryReader.read(folder.resolve("selected.bib"));
        assertEquals(List.of("zhu2024first", "zhu2023journal", "icml2024"),
                exported.library().publications().stream().map(Publication::key).toList(), "the parent last");
        Publication first = exported.library().publications().get(0);
        assertEquals("Proceedings of the 41st International Conference on Machine Learning",
                first.venue().name(), "the string inside a string, through the crossref");
        assertEquals("Journal of Machine Learning Research", exported.library().publications().get(1).venue().name());

        CliRun check = CliRun.in(folder, "check", "--json", "--library", "selected.bib");
        assertEquals(0, check.exitCode(), check.out() + check.err());
        assertEquals(0, JSON.readTree(check.out()).get("findings").size(), check.out());
    }

    /** The keys of a section's entries in the order the house style lists them, from the json format. */
    private List<String> sectionKeys(String section) throws Exception {
        JsonNode root = JSON.readTree(export("--section", section, "--format", "json").out());
        List<String> keys = new ArrayList<>();
        root.at("/sections/0/entries").forEach(e -> keys.add(e.get("key").asText()));
        return keys;
    }
}
