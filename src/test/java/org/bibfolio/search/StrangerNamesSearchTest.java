package org.bibfolio.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.bibfolio.testing.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A real index of a library we did not write the search for (fixtures/names/library.bib): every spelling a
 * person would type finds its author, and the names that are someone else's stay out.
 */
class StrangerNamesSearchTest {

    @TempDir
    static Path folder;

    private static LibraryIndex index;

    @BeforeAll
    static void buildIndex() throws Exception {
        Path library = folder.resolve("library.bib");
        Files.copy(Fixtures.projectDir().resolve("src/test/resources/fixtures/names/library.bib"), library);
        index = LibraryIndex.open(library, "library.bib", false);
    }

    @AfterAll
    static void closeIndex() throws Exception {
        index.close();
    }

    private static Set<String> keys(String query) throws Exception {
        return index.search(QueryParser.parse(query), LibraryIndex.Order.YEAR, 0).stream()
                .map(LibraryIndex.Hit::key).collect(Collectors.toCollection(TreeSet::new));
    }

    private static final String MARIAS = "garcia2020full garcia2021ascii garcia2022initials garcia2023sparse "
            + "isik2025submitted wang2024twelve zielinski2024adaptive";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // The case: one person written five ways (plus "Garcia, MJ" and her double family name)
        "author:\"Maria Garcia\"          | " + MARIAS,
        "author:\"María García\"          | " + MARIAS,
        "author:\"Garcia, Maria\"         | " + MARIAS,
        "author:\"Garc\u0131\u0301a, Mar\u0131\u0301a\" | " + MARIAS,   // dotless i + combining acute
        "author:\"M. Garcia\"             | garcia2019mario " + MARIAS,   // an initial cannot tell Mario apart
        "author:\"Mario Garcia\"          | garcia2019mario garcia2021ascii garcia2022initials isik2025submitted",
        "author:\"Maria Jose Garcia\"     | " + MARIAS,
        "author:\"M. A. Garcia\"          | garcia2019mario garcia2021ascii garcia2023sparse wang2024twelve zielinski2024adaptive",
        "author:\"María García López\"    | wang2024twelve",
        // Plain words reach authors (and venues), folded
        "García                           | garcia2019mario " + MARIAS,
        "garcia                           | garcia2019mario " + MARIAS,
        "weiss                            | wang2024twelve zielinski2024adaptive",
        "Weiß                             | wang2024twelve zielinski2024adaptive",
        "isik                             | isik2025submitted zielinski2026draft",
        "Işık                             | isik2025submitted zielinski2026draft",
        "soeren                           | garcia2023sparse wang2024twelve",
        "rafiq                            | isik2025submitted",
        "王                               | wang2024twelve",
        "neurips                          | garcia2020full",
        // German sharp s and hyphenated given names
        "author:\"Hans-Juergen Weiss\"    | zielinski2024adaptive",
        "author:\"H.-J. Weiß\"            | wang2024twelve zielinski2024adaptive",
        "author:\"Hans Weiss\"            | wang2024twelve",
        "author:\"Jean-Pierre Dupont\"    | garcia2020full garcia2021ascii",
        "author:\"J.-P. Dupont\"          | dupont2025preprint garcia2020full garcia2021ascii",
        "author:\"Jean Dupont\"           | dupont2025preprint garcia2021ascii",
        // Scandinavian, Turkish, Polish
        "author:\"Soren Brondsted\"       | garcia2023sparse wang2024twelve",
        "author:\"Søren Brøndsted\"       | garcia2023sparse wang2024twelve",
        "author:\"Ayse Isik\"             | isik2025submitted zielinski2026draft",
        "author:\"Pawel Zielinski\"       | dupont2025preprint garcia2020full garcia2021ascii garcia2022initials "
            + "garcia2023sparse isik2025submitted wang2024twelve zielinski2019thesis zielinski2024adaptive "
            + "zielinski2026draft",
        "author:\"Piotr Zieliński\"       | garcia2019mario garcia2021ascii garcia2022initials wang2024twelve",
        // Initials without periods, particles, Jr.
        "author:\"J. R. Chen\"            | wang2024twelve",
        "author:\"Chen, JR\"              | wang2024twelve",
        "author:\"van der Waals\"         | dupont2025preprint wang2024twelve",
        "author:\"Waals, L.\"             | dupont2025preprint wang2024twelve",
        "author:\"Martin Luther King Jr.\" | dupont2025preprint",
        "author:\"King, Jr., Martin\"     | dupont2025preprint",
        // Umlauts both ways
        "author:\"Juergen Mueller\"       | wang2024twelve",
        "author:mueller                   | wang2024twelve",
        // Ligatures pasted from a PDF, stemming of title and abstract words (never of names)
        "efficient                        | garcia2020full",
        "title:\"fine-tuning\"            | garcia2020full",
        "optimizer                        | garcia2023sparse wang2024twelve zielinski2019thesis zielinski2024adaptive",
        "abstract:optimizing              | garcia2023sparse",
        "title:optimiz*                   | wang2024twelve zielinski2019thesis zielinski2024adaptive",
        "title:optimizers*                | wang2024twelve zielinski2019thesis zielinski2024adaptive",
        "title:studies*                   | zielinski2019thesis",
        "title:optimizr~1                 | wang2024twelve zielinski2019thesis zielinski2024adaptive",
        "grokk*                           | isik2025submitted",
        "penalty                          | garcia2023sparse",
        "author:optimizer                 | ''",
        // Tags by their words
        "tag:oral                         | zielinski2024adaptive",
        "tag:\"oral presentation\"        | zielinski2024adaptive",
        "tag:best                         | wang2024twelve",
        "tag:\"paper award\"              | wang2024twelve",
        "tag:spot*                        | garcia2021ascii",
        "spotlight                        | garcia2021ascii",
    })
    void findsEverySpellingAndOnlyIt(String query, String expected) throws Exception {
        Set<String> want = expected.isEmpty() ? Set.of() : new TreeSet<>(List.of(expected.split(" ")));
        assertEquals(want, keys(query));
    }
}
