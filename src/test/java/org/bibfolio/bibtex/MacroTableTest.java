package org.bibfolio.bibtex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Macro expansion: BibTeX's order semantics, kept while expanding lazily, and the bound on hostile data. */
class MacroTableTest {

    private static List<String> titles(String bib) throws BibSyntaxException {
        return LibraryReader.read("m.bib", bib, StandardCharsets.UTF_8).library().publications().stream()
                .map(p -> p.fields().get("title")).toList();
    }

    @Test
    void aMacroMeansWhatItsPartsMeantWhereItWasDefined() throws Exception {
        // BibTeX expands @string when it reads it: redefining a later does not change b
        assertEquals(List.of("one and one", "two and one"), titles("""
                @string{a = "one"}
                @string{b = a # " and " # a}
                @misc{x, title = b}
                @string{a = "two"}
                @misc{y, title = a # " and " # "one"}
                """));
    }

    @Test
    void aMacroUsedBeforeItsDefinitionIsEmptyAndRemembered() throws Exception {
        LibraryReader.Loaded loaded = LibraryReader.read("m.bib", "@misc{x, title = {A } # later}\n"
                + "@string{later = {B}}\n", StandardCharsets.UTF_8);
        assertEquals("A", loaded.library().publications().get(0).fields().get("title"));
        assertEquals(java.util.Set.of("later"), loaded.macros().undefined());
    }

    @Test
    void aDoublingBombStopsAtTheFirstStringPastTheLimitWithItsLine() {
        StringBuilder bib = new StringBuilder("@string{s0 = \"ab\"}\n");
        for (int i = 1; i <= 31; i++) {
            bib.append("@string{s").append(i).append(" = s").append(i - 1).append(" # s").append(i - 1).append("}\n");
        }
        bib.append("@misc{k, title = s31}\n");
        BibSyntaxException error = assertThrows(BibSyntaxException.class,
                () -> LibraryReader.read("bomb.bib", bib.toString(), StandardCharsets.UTF_8));
        assertEquals("bomb.bib:20:1: error: @string s19 expands past 1,000,000 characters", error.getMessage());
    }

    @Test
    void aValueJoiningMacrosPastTheLimitIsLocatedAtTheValue() {
        String bib = "@string{half = {" + "x".repeat(600_000) + "}}\n@misc{k,\n  title = half # half}\n";
        BibSyntaxException error = assertThrows(BibSyntaxException.class,
                () -> LibraryReader.read("big.bib", bib, StandardCharsets.UTF_8));
        assertEquals("big.bib:3:11: error: a value expands past 1,000,000 characters", error.getMessage());
    }

    @Test
    void aLongChainOfMacrosNeedsNoDeepStack() throws Exception {
        StringBuilder bib = new StringBuilder("@string{a0 = {x}}\n");
        for (int i = 1; i < 50_000; i++) {
            bib.append("@string{a").append(i).append(" = a").append(i - 1).append(" # {}}\n");
        }
        bib.append("@misc{k, title = a49999}\n");
        assertEquals(List.of("x"), titles(bib.toString()));
    }
}
