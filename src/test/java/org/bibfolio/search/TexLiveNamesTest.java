package org.bibfolio.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.bibfolio.bibtex.LatexDecoder;
import org.bibfolio.bibtex.LibraryReader;
import org.bibfolio.model.Folding;
import org.bibfolio.model.Library;
import org.bibfolio.testing.Processes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A library nobody tuned the search to: TeX Live's TUGboat bibliography (Beebe, about 4,800 entries, names in
 * LaTeX: {@code Bogus{\l}aw}, {@code Sch{\"o}pf}, {@code Ji{\v{r}}{\'\i}}). People type those names in ASCII or
 * in Unicode; both must find the same entries, and the owner, written in ASCII, must be bold on exactly them.
 */
class TexLiveNamesTest {

    private static final Path TUGBOAT = Path.of("/usr/share/texlive/texmf-dist/bibtex/bib/beebe/tugboat.bib");

    @TempDir
    static Path folder;

    private static Path library;
    private static LibraryIndex index;

    @BeforeAll
    static void indexTugboat() throws Exception {
        Processes.requireThat(Files.isRegularFile(TUGBOAT), "TeX Live's tugboat.bib (texlive-bibtex-extra) is missing");
        library = folder.resolve("library.bib");
        Files.writeString(library, "@comment{bibfolio:\n  owner = Jackowski, Boguslaw\n}\n\n"
                + Files.readString(TUGBOAT, StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1);
        index = LibraryIndex.open(library, "library.bib", false);
    }

    @AfterAll
    static void close() throws Exception {
        if (index != null) {
            index.close();
        }
    }

    private static Set<String> keys(String query) throws Exception {
        return index.search(QueryParser.parse(query), LibraryIndex.Order.YEAR, 0).stream()
                .map(LibraryIndex.Hit::key).collect(Collectors.toCollection(TreeSet::new));
    }

    @ParameterizedTest(name = "{0} = {1} = {2}")
    @CsvSource(delimiter = '|', value = {
        "Boguslaw Jackowski | Bogusław Jackowski | Jackowski, Bogusław | jackowski",
        "Wlodek Bzyl        | Włodek Bzyl        | Bzyl, W.            | bzyl",
        "Rainer Schopf      | Rainer Schöpf      | Rainer Schoepf      | schopf",
        "Jiri Zlatuska      | Jiří Zlatuška      | Zlatuska, J.        | zlatuska",
        "Petr Olsak         | Petr Olšák         | P. Olsak            | olsak",
        "Dezso Nagy         | Dezső Nagy         | Nagy, Dezsö         | nagy",
        "Darko Zubrinic     | Darko Žubrinić     | D. Zubrinic         | zubrinic",
    })
    void asciiAndUnicodeSpellingsFindTheSameEntries(String ascii, String unicode, String other, String family)
            throws Exception {
        Set<String> found = keys("author:\"" + ascii + "\"");
        assertFalse(found.isEmpty(), ascii);
        assertEquals(found, keys("author:\"" + unicode + "\""), unicode);
        assertTrue(keys("author:\"" + other + "\"").containsAll(found), other);
        for (LibraryIndex.Hit hit : index.search(QueryParser.parse("author:\"" + ascii + "\""),
                LibraryIndex.Order.YEAR, 0)) {
            assertTrue(Folding.fold(LatexDecoder.decode(hit.source())).contains(family), hit.source());
        }
    }

    /** Highlighting and search are one rule: the owner's papers are exactly what a search for him finds. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Boguslaw Jackowski", "Jackowski, Boguslaw", "Bogusław Jackowski"})
    void theOwnerIsBoldOnExactlyTheEntriesSearchFinds(String owner) throws Exception {
        Library read = LibraryReader.read(library).library();
        Set<String> bold = read.publications().stream()
                .filter(p -> p.authors().names().stream().anyMatch(read.owner()::isOwner))
                .map(p -> p.key()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(17, bold.size(), "TUGboat lists 17 papers by B. Jackowski: " + bold);
        assertEquals(bold, keys("author:\"" + owner + "\""));
    }
}
