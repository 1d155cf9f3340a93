package org.bibfolio.bibtex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.bibfolio.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Edits stay local: the lines that differ lie inside the edited entry, whatever the file's line endings. */
class BibEditorTest {

    private static BibFile bundled(String newline) throws Exception {
        String text = Files.readString(Fixtures.bundledLibrary(), StandardCharsets.UTF_8).replace("\n", newline);
        return BibParser.parse("library.bib", text, StandardCharsets.UTF_8);
    }

    /** Asserts that every changed line of {@code after} lies within the entry's lines in {@code before}. */
    private static void assertChangedOnlyWithin(BibFile before, String after, String key) {
        BibItem.Entry entry = new BibEditor(before).entry(key).orElseThrow();
        int first = before.lineAndColumn(entry.span().start())[0];
        int last = before.lineAndColumn(entry.span().end())[0];
        List<String> old = List.of(before.text().split("\n", -1));
        List<String> now = List.of(after.split("\n", -1));
        int prefix = 0;
        while (prefix < Math.min(old.size(), now.size()) && old.get(prefix).equals(now.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < Math.min(old.size(), now.size()) - prefix
                && old.get(old.size() - 1 - suffix).equals(now.get(now.size() - 1 - suffix))) {
            suffix++;
        }
        assertTrue(prefix + 1 >= first, "changed from line " + (prefix + 1) + ", before " + key + " at " + first);
        assertTrue(old.size() - suffix <= last, "changed up to line " + (old.size() - suffix) + ", after " + key
                + " ends at " + last);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n"})
    void settingAFieldChangesOnlyThatValue(String newline) throws Exception {
        BibFile file = bundled(newline);
        String after = new BibEditor(file).set("zhu2024catapults", "keywords", "{selected, Spotlight}").text();
        assertChangedOnlyWithin(file, after, "zhu2024catapults");
        assertEquals(file.text().replace("keywords       = {selected}," + newline + "}" + newline + newline
                        + "% The ICLR", "keywords       = {selected, Spotlight}," + newline + "}" + newline + newline
                        + "% The ICLR"), after);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n"})
    void addingAFieldPutsItInTheFilesOrderWithTheEntrysIndent(String newline) throws Exception {
        BibFile file = bundled(newline);
        String after = new BibEditor(file).set("liu2025assembly", "doi", "{10.1/x}").text();
        assertChangedOnlyWithin(file, after, "liu2025assembly");
        assertTrue(after.contains("  year           = {2025}," + newline + "  doi            = {10.1/x}," + newline
                + "}"), after);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n"})
    void unsettingAFieldRemovesItsLineOnly(String newline) throws Exception {
        BibFile file = bundled(newline);
        String after = new BibEditor(file).unset("liu2022loss", "shortjournal").text();
        assertChangedOnlyWithin(file, after, "liu2022loss");
        assertEquals(file.text().replace("  shortjournal   = {ACHA}," + newline + "  volume         = {59}",
                "  volume         = {59}"), after);
    }

    @Test
    void unsettingTheLastFieldWithoutTrailingCommaTakesThePrecedingComma() throws Exception {
        BibFile file = BibParser.parse("x.bib", "@misc{a,\n  title = {T},\n  year = 2020\n}\n",
                StandardCharsets.UTF_8);
        assertEquals("@misc{a,\n  title = {T}\n}\n", new BibEditor(file).unset("a", "year").text());
    }

    @Test
    void addingToAnEntryWithoutTrailingCommaAddsOne() throws Exception {
        BibFile file = BibParser.parse("x.bib", "@misc{a,\n  title = \"T\"\n}\n", StandardCharsets.UTF_8);
        assertEquals("@misc{a,\n  title = \"T\",\n  note = {N}\n}\n",
                new BibEditor(file).set("a", "note", "{N}").text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n", "\n\n", "% only a comment", "@misc{a, title={T}}", "@misc{a, title={T}}\r\n",
        "@misc{a, title={T}}\n\n% trailing words\n"})
    void appendThenRemoveGivesBackTheText(String text) throws Exception {
        BibFile file = BibParser.parse("x.bib", text, StandardCharsets.UTF_8);
        BibEditor editor = new BibEditor(file).append("@misc{new,\n  title = {N},\n}");
        assertTrue(editor.entry("new").isPresent());
        assertEquals(text, editor.remove("new").text());
    }

    @Test
    void removingAnEntryInTheMiddleKeepsOneBlankLineBetweenItsNeighbours() throws Exception {
        BibFile file = BibParser.parse("x.bib", "@misc{a, title={A}}\n\n@misc{b, title={B}}\n\n@misc{c, title={C}}\n",
                StandardCharsets.UTF_8);
        assertEquals("@misc{a, title={A}}\n\n@misc{c, title={C}}\n", new BibEditor(file).remove("b").text());
    }

    @Test
    void aNewFieldIsAlignedWhereOneNameSticksOutAndNeverOpensTheEntry() throws Exception {
        // a hand-aligned entry with one name too long for its column, beside a Zotero entry that puts issn first
        String text = """
                @article{okafor2019cells,
                  author  = {Okafor, Chidi and Tanaka, Hiroshi},
                  title   = {Cell-cycle phase inference},
                  journal = {Bioinformatics},
                  year    = {2019},
                  publisher = {Oxford University Press},
                }
                @article{zotero2020,
                	issn = {0028-0836},
                	title = {Kidney organoids},
                	author = {Okafor, Chidi},
                }
                """;
        BibFile file = BibParser.parse("x.bib", text, StandardCharsets.UTF_8);
        String edited = new BibEditor(file).set("okafor2019cells", "issn", "{1367-4803}").text();
        assertEquals(text.replace("  author  = {Okafor, Chidi and Tanaka, Hiroshi},\n",
                "  author  = {Okafor, Chidi and Tanaka, Hiroshi},\n  issn    = {1367-4803},\n"), edited);
    }
}
