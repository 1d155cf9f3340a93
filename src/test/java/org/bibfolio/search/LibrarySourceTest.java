package org.bibfolio.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.bibfolio.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Mapping the items parsed once must give exactly what re-reading the entries' texts gives. */
class LibrarySourceTest {

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

    private static void check(LibrarySource source) throws Exception {
        List<LibrarySource.Entry> entries = source.entries();
        for (List<LibrarySource.Entry> batch : List.of(entries, entries.subList(1, entries.size()),
                entries.subList(entries.size() - 1, entries.size()))) {
            var reRead = LibrarySource.map("library.bib", source.charset(), source.context(),
                    batch.stream().map(e -> new LibrarySource.Text(e.text(), e.parentText())).toList());
            var mapped = source.map(batch);
            assertEquals(reRead.publications(), mapped.publications());
            assertEquals(reRead.owner(), mapped.owner());
            assertEquals(reRead.knownTags(), mapped.knownTags());
        }
    }
}
