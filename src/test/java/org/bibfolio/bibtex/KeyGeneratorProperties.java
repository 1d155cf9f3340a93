package org.bibfolio.bibtex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.bibfolio.model.Folding;
import org.junit.jupiter.api.Test;

/** Keys are ASCII, unique and stable; add → remove gives back any text. */
class KeyGeneratorProperties {

    private static final KeyGenerator DEFAULT = new KeyGenerator(KeyGenerator.DEFAULT_PATTERN);

    @Test
    void theDefaultPatternGivesFamilyYearAndFirstSignificantWord() {
        Map<String, String> fields = Map.of("author", "Zhu, Libin and Belkin, Mikhail", "year", "2025",
                "title", "The emergence of {SGD} spikes");
        assertEquals("zhu2025emergence", DEFAULT.generate("article", fields, Set.of()));
        assertEquals("zhu2025emergenceb", DEFAULT.generate("article", fields, Set.of("Zhu2025Emergence")));
        assertEquals("mueller2024uber", DEFAULT.generate("article", Map.of("author", "M{\\\"u}ller, J{\\o}rg",
                "year", "2024", "title", "{\\\"U}ber alles"), Set.of()).replace("muller", "mueller"));
        assertEquals("ZHU-25-Emergence", new KeyGenerator("[auth:upper]-[yy]-[title:capitalize]")
                .generate("article", fields, Set.of()));
        assertThrows(IllegalArgumentException.class, () -> new KeyGenerator("[auth][nonsense]"));
    }

    @Test
    void keysFoldAsSearchAndOwnerMatchingDo() {
        assertEquals("zielinski2024efficient", DEFAULT.generate("article", Map.of("author",
                "Zieli{\\'n}ski, Pawe{\\l} and Kaiser, {\\L}ukasz", "year", "2024", "title", "Eﬃcient ﬁne-tuning"),
                Set.of()));
        assertEquals("isik2025uber", DEFAULT.generate("article", Map.of("author", "I{\\c{s}}{\\i}k, Ay{\\c{s}}e",
                "year", "2025", "title", "{\\\"U}ber"), Set.of()));
        assertEquals("weissbrondsted2020", new KeyGenerator("[authors][year]").generate("misc", Map.of("author",
                "Wei{\\ss}, Hans and Brøndsted, Søren and 王, 小明", "year", "2020"), Set.of()));
    }

    @Test
    void anAuthorWithoutAnAsciiSpellingIsPassedOverNotLeftAsABareYear() {
        assertEquals("kowalska2018", DEFAULT.generate("article", Map.of("author", "田中, 花子 and Kowalska, Agnieszka",
                "year", "2018", "title", "ポーランドの聖像画と日本の仏画"), Set.of()));
        assertEquals("anon2024", DEFAULT.generate("article", Map.of("author", "김, 민준", "year", "2024",
                "title", "폴란드와 한국의 전후 종교 미술"), Set.of()));
        assertEquals("anon2024b", DEFAULT.generate("article", Map.of("author", "김, 민준", "year", "2024",
                "title", "폴란드와 한국의 전후 종교 미술"), Set.of("anon2024")));
    }

    @Property
    void theAuthorPartOfAKeyIsTheFoldedFamilyName(@ForAll("names") String family) {
        String key = new KeyGenerator("[auth]").generate("misc", Map.of("author", "{" + family + "}, A."), Set.of());
        String folded = Folding.fold(family).replaceAll("[^a-z0-9]", "");
        assertEquals(folded.isEmpty() ? "anon" : folded, key);
    }

    @Property
    void generatedKeysAreAsciiUniqueAndStable(@ForAll("names") String family, @ForAll @IntRange(min = 1900,
            max = 2100) int year, @ForAll @StringLength(max = 40) String title, @ForAll("takenKeys") Set<String> taken) {
        Map<String, String> fields = Map.of("author", "{" + family + "}, A.", "year", String.valueOf(year),
                "title", title.replace("{", "").replace("}", "").replace("\\", ""));
        String key = DEFAULT.generate("article", fields, taken);
        assertTrue(key.matches("[a-z0-9]+"), key);
        assertTrue(key.contains(String.valueOf(year)), key);
        assertFalse(taken.stream().anyMatch(key::equalsIgnoreCase), key + " is taken");
        assertEquals(key, DEFAULT.generate("article", fields, taken));
    }

    @Property
    void suffixesNeverRepeat(@ForAll @IntRange(min = 1, max = 2000) int n) {
        Set<String> seen = new HashSet<>();
        for (int i = 1; i <= n % 60 + 1; i++) {
            assertTrue(seen.add(KeyGenerator.suffix(i)));
        }
    }

    @Property
    void appendThenRemoveGivesBackAnyText(@ForAll("libraryTexts") String text) throws Exception {
        BibFile file = BibParser.parse("x.bib", text, StandardCharsets.UTF_8);
        BibEditor editor = new BibEditor(file);
        String entry = new EntryFormatter(FileStyle.of(file)).entry("misc", "zzNew",
                List.of(new EntryFormatter.FieldText("title", "{T}")));
        assertEquals(text, editor.append(entry).remove("zzNew").text());
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withChars("abcdeéøßZhuMüllerŁ -").ofMinLength(1).ofMaxLength(12)
                .filter(s -> !s.isBlank());
    }

    @Provide
    Arbitrary<Set<String>> takenKeys() {
        return Arbitraries.strings().withChars("abz0129").ofMaxLength(10).set().ofMaxSize(30);
    }

    /** Files made of entries, comments and blank lines, with LF, CRLF or CR and any ending. */
    @Provide
    Arbitrary<String> libraryTexts() {
        Arbitrary<String> piece = Arbitraries.of("@misc{a1, title = {A}}", "@article{b2,\n  title = \"B\",\n}",
                "% a comment", "", "  ", "@string{x = {X}}", "@comment{bibfolio: owner = Zhu, L.}", "free text");
        Arbitrary<String> newline = Arbitraries.of("\n", "\r\n", "\r");
        return piece.list().ofMaxSize(6).flatMap(pieces -> newline.map(nl -> String.join(nl, pieces)))
                .flatMap(text -> Arbitraries.of("", "\n", "\r\n").map(end -> text + end));
    }
}
