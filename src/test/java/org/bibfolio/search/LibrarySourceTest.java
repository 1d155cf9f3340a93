package org.bibfolio.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.bibfolio.bibtex.LibraryReader;
import org.bibfolio.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Mapping the items parsed once must give exactly what re-reading the entries' texts gives, and both exactly what
 * reading the whole library gives export and list: one entry decodes one way, whatever reads it.
 */
class LibrarySourceTest {

    /** A {@code @preamble} macro and a {@code @string} both shape what an entry means, wherever they stand. */
    private static final String WITH_PREAMBLE = """
            @preamble{"\\newcommand{\\sortkey}[1]{}" # "\\providecommand{\\R}{\\mathbb{R}}"}
            @string{siam = {SIAM Journal on Mathematics of Data Science}}
            @misc{garcia2024grokking, author = {Garc{\\'\\i}a, Mar{\\'\\i}a}, journal = siam,
              title = {{\\sortkey{a}}Grokking in kernel machines on $\\R^n$}, year = 2024}
            @article{late, title = {\\sortkey{b}Late}, journal = later, year = 2020}
            @preamble{"\\newcommand{\\later}{}"}
            @string{later = {Annals of Statistics}}
            """;

    private static final String LIBRARY = """
            @comment{bibfolio:
              owner = Belkin, Mikhail and Belkin, M.
              tags = Lightning Talk
            }
            @string{jmlr = {Journal of Machine Learning Research}}
            @inproceedings{child, author = {Belkin, M. and M{\\"u}ller, J.}, crossref = {Parent},
              title = "A {GAN} " # jmlr, keywords = {spotlight, lightning talk}}
            @proceedings{parent, title = {Proceedings of the {Thirty} Conference}, year = 2020, month = jul,
              editor = {van der Berg, Jan}}
            @article{dup, author = {Zhu, Libin}, title = {First}, journal = jmlr # { (JMLR)}, year = {2021}}
            @article{DUP, author = {Zhu, L.}, title = {Second}, journal = undefinedmacro, year = {2022}}
            @string{late = {Defined Late}}
            @misc{late, title = late, note = {\\'{e}t\\'{e} -- 50\\%}, year = {2023}}
            """;

    @Test
    void mappingParsedItemsEqualsReReadingTheirText() throws Exception {
        check(LibrarySource.parse("library.bib", LIBRARY.getBytes(StandardCharsets.UTF_8)));
        check(LibrarySource.parse("names.bib", Files.readAllBytes(
                Fixtures.projectDir().resolve("src/test/resources/fixtures/search/names.bib"))));
    }

    @Test
    void theIndexDecodesEveryEntryAsReadingTheWholeLibraryDoes() throws Exception {
        check(WITH_PREAMBLE.getBytes(StandardCharsets.UTF_8));
        check(Files.readAllBytes(Fixtures.projectDir().resolve("src/test/resources/fixtures/stranger/library.bib")));
        check(Files.readAllBytes(Fixtures.projectDir().resolve("library.bib")));
    }

    @Test
    void aPreambleMacroIsExpandedInTheIndexAsInExport() throws Exception {
        LibrarySource source = LibrarySource.parse("library.bib", WITH_PREAMBLE.getBytes(StandardCharsets.UTF_8));
        assertEquals("Grokking in kernel machines on ℝⁿ",
                source.map(source.entries()).publications().get(0).title());
    }

    private static void check(byte[] bytes) throws Exception {
        LibrarySource source = LibrarySource.parse("library.bib", bytes);
        var whole = LibraryReader.read("library.bib", LibraryReader.decode(bytes).text(), source.charset());
        assertEquals(whole.library().publications(), source.map(source.entries()).publications());
        check(source);
    }

    private static void check(LibrarySource source) throws Exception {
        List<LibrarySource.Entry> entries = source.entries();
        for (List<LibrarySource.Entry> batch : List.of(entries, entries.subList(1, entries.size()),
                entries.subList(entries.size() - 1, entries.size()))) {
            var reRead = ContextMapping.map("library.bib", source.charset(), source.context(),
                    batch.stream().map(LibrarySource.Entry::stored).toList());
            var mapped = source.map(batch);
            assertEquals(reRead.publications(), mapped.publications());
            assertEquals(reRead.owner(), mapped.owner());
            assertEquals(reRead.knownTags(), mapped.knownTags());
        }
    }
}
