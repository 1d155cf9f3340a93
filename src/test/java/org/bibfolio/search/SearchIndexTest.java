package org.bibfolio.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.bibfolio.bibtex.LibraryReader;
import org.bibfolio.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A real index on disk, built from fixtures/search/names.bib in a temp folder. */
class SearchIndexTest {

    @TempDir
    Path folder;

    private Path library() throws IOException {
        Path library = folder.resolve("library.bib");
        if (!Files.exists(library)) {
            Files.copy(Fixtures.projectDir().resolve("src/test/resources/fixtures/search/names.bib"), library);
        }
        return library;
    }

    private Set<String> keys(String query) throws Exception {
        try (LibraryIndex index = LibraryIndex.open(library(), "library.bib", false)) {
            return index.search(QueryParser.parse(query), LibraryIndex.Order.YEAR, 0).stream()
                    .map(LibraryIndex.Hit::key).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "author:muller                 | mueller2020umlaut mueller2021utf8",
        "author:Müller                 | mueller2019ascii mueller2020umlaut mueller2021utf8",
        "author:MÜLLER                 | mueller2019ascii mueller2020umlaut mueller2021utf8",
        "author:mueller                | mueller2019ascii mueller2020umlaut mueller2021utf8",
        "author:\"J. Müller\"          | mueller2020umlaut",
        "author:\"Jurgen Muller\"      | mueller2020umlaut",
        "author:\"Muller, Anna\"       | mueller2021utf8",
        "author:dvorak                 | mueller2019ascii",
        "author:\"Tomas Dvorak\"       | mueller2019ascii",
        "author:berg                   | berg2022particle mueller2021utf8",
        "author:\"van der Berg\"       | berg2022particle mueller2021utf8",
        "author:\"Jan van der Berg\"   | berg2022particle mueller2021utf8",
        "author:\"van der Berg, Jan\"  | berg2022particle mueller2021utf8",
        "author:\"Mikhail Belkin\"     | belkin2018initials child2024crossref",
        "author:\"M. Belkin\"          | belkin2018initials child2024crossref",
        "author:\"Belkin, M.\"         | belkin2018initials child2024crossref",
        "author:\"Michael Belkin\"     | belkin2018initials",
        "coauthor:velarde              | belkin2018initials",
        "author:cisneros-velarde       | belkin2018initials",
        "author:o'brien                | berg2022particle",
        "author:belk*                  | belkin2018initials child2024crossref",
        "author:belkn~                 | belkin2018initials child2024crossref",
        "author:muler~1                | mueller2020umlaut mueller2021utf8",
        "title:naive                   | mueller2019ascii",
        "title:uber                    | berg2022particle",
        "title:\"deep learning\"       | belkin2018initials",
        "spectral                      | mueller2020umlaut",
        "venue:jmlr                    | mueller2020umlaut",
        "venue:ICLR                    | mueller2021utf8",
        "venue:ICML                    | belkin2018initials",
        "venue:\"learning theory\"     | berg2022particle child2024crossref colt2024",
        "year:2021                     | mueller2021utf8",
        "year:2021..2022               | berg2022particle mueller2021utf8",
        "year:..2019                   | belkin2018initials mueller2019ascii",
        "year:2023..                   | child2024crossref colt2024 zhu2023thesis",
        "tag:spotlight                 | mueller2021utf8",
        "tag:\"oral presentation\"     | belkin2018initials",
        "status:submitted              | mueller2019ascii",
        "type:journal                  | mueller2020umlaut",
        "type:article                  | mueller2019ascii mueller2020umlaut",
        "type:thesis                   | zhu2023thesis",
        "selected:true                 | belkin2018initials",
        "key:BERG2022PARTICLE          | berg2022particle",
        "key:mueller*                  | mueller2019ascii mueller2020umlaut mueller2021utf8",
        "author:muller -year:2020      | mueller2021utf8",
        "author:muller AND NOT tag:spotlight | mueller2020umlaut",
        "author:(belkin OR berg) year:2018..2021 | belkin2018initials mueller2021utf8",
        "venue:ICML OR venue:ICLR      | belkin2018initials mueller2021utf8",
    })
    void findsExactlyTheseEntries(String query, String expected) throws Exception {
        assertEquals(new TreeSet<>(List.of(expected.split(" "))), keys(query));
    }

    @Test
    void noMatchIsAnEmptyList() throws Exception {
        assertEquals(Set.of(), keys("author:nobody"));
    }

    @Test
    void sortsNewestFirstThenByKey() throws Exception {
        try (LibraryIndex index = LibraryIndex.open(library(), "library.bib", false)) {
            List<String> keys = index.search(QueryParser.parse("author:muller OR author:belkin"),
                    LibraryIndex.Order.YEAR, 0).stream().map(LibraryIndex.Hit::key).toList();
            assertEquals(List.of("child2024crossref", "mueller2021utf8", "mueller2020umlaut", "belkin2018initials"),
                    keys);
        }
    }

    @Test
    void anEditedLibraryIsSeenByTheNextSearchAndOnlyChangedEntriesAreReindexed() throws Exception {
        Path library = library();
        assertEquals(LibraryIndex.Refresh.REBUILT, status(library).refresh());
        assertEquals(LibraryIndex.Refresh.FRESH, status(library).refresh());
        String text = Files.readString(library);
        String edited = text.replace("Kernels on graphs", "Kernels on hypergraphs")
                .replaceAll("(?s)@phdthesis\\{zhu2023thesis.*?\\n}\\n", "")
                + "\n@misc{new2025, author = {Dvořák, Ana}, title = {Fresh}, year = {2025}}\n";
        Files.writeString(library, edited, StandardCharsets.UTF_8);
        LibraryIndex.Status status = status(library);
        assertEquals(new LibraryIndex.Status(LibraryIndex.Refresh.UPDATED, 2, 1), status);
        assertEquals(Set.of("mueller2020umlaut"), keys("title:hypergraphs"));
        assertEquals(Set.of(), keys("title:\"kernels on graphs\""));
        assertEquals(Set.of(), keys("key:zhu2023thesis"));
        assertEquals(Set.of("mueller2019ascii", "new2025"), keys("author:dvorak"));
    }

    /**
     * The index decodes an entry as export does: a title steered by a {@code @preamble} macro is found and stored
     * without the macro's argument, and the hits mapped back are the publications reading the library gives, also
     * after an edit re-indexed only some entries and after an {@code @string} moved below an entry that uses it.
     */
    @Test
    void searchDecodesEveryEntryAsExportDoes() throws Exception {
        Path library = folder.resolve("library.bib");
        Files.copy(Fixtures.projectDir().resolve("src/test/resources/fixtures/stranger/library.bib"), library);
        assertSameAsReading(library);
        try (LibraryIndex index = LibraryIndex.open(library, "library.bib", false)) {
            List<LibraryIndex.Hit> hits = index.search(QueryParser.parse("\"operator learning\""),
                    LibraryIndex.Order.YEAR, 0);
            assertEquals(List.of("Operator Learning in Reproducing Kernel Hilbert Spaces"),
                    hits.stream().map(LibraryIndex.Hit::title).toList());
            assertEquals(List.of(), index.search(QueryParser.parse("title:2operator"), LibraryIndex.Order.YEAR, 0));
        }
        Files.writeString(library, Files.readString(library).replace("Block Coordinate Descent",
                "Block Coordinate Ascent"));
        assertSameAsReading(library);
        Files.writeString(library, "@article{first, title = {Early}, journal = late, year = 2020}\n"
                + Files.readString(library) + "\n@string{late = {Annals of Statistics}}\n");
        assertSameAsReading(library);
    }

    private static void assertSameAsReading(Path library) throws Exception {
        try (LibraryIndex index = LibraryIndex.open(library, "library.bib", false)) {
            List<LibraryIndex.Hit> all = index.search(QueryParser.parse("year:0.. OR NOT year:0.."),
                    LibraryIndex.Order.YEAR, 0);
            var fromIndex = index.library(all).publications().stream()
                    .sorted(java.util.Comparator.comparing(p -> p.key())).toList();
            var fromFile = LibraryReader.read(library).library().publications().stream()
                    .sorted(java.util.Comparator.comparing(p -> p.key())).toList();
            assertEquals(fromFile, fromIndex);
        }
    }

    @Test
    void aTouchedButUnchangedLibraryIsHashedNotReindexed() throws Exception {
        Path library = library();
        status(library);
        Files.setLastModifiedTime(library, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        assertEquals(new LibraryIndex.Status(LibraryIndex.Refresh.FRESH, 0, 0), status(library));
    }

    @Test
    void changedSettingsOrMacrosRebuildEverything() throws Exception {
        Path library = library();
        status(library);
        Files.writeString(library, Files.readString(library).replace("{Journal of Machine Learning Research}",
                "{J. Mach. Learn. Res.}"));
        assertEquals(LibraryIndex.Refresh.REBUILT, status(library).refresh());
        assertEquals(Set.of("mueller2020umlaut"), keys("venue:\"mach learn\""));
    }

    @Test
    void aCorruptIndexIsRebuiltNotAnError() throws Exception {
        Path library = library();
        status(library);
        try (var files = Files.list(LibraryIndex.folderFor(library))) {
            for (Path file : files.toList()) {
                Files.write(file, "garbage, not Lucene".getBytes(StandardCharsets.UTF_8));
            }
        }
        assertEquals(LibraryIndex.Refresh.REBUILT, status(library).refresh());
        assertEquals(Set.of("mueller2019ascii"), keys("author:dvorak"));
    }

    @Test
    void aCorruptSegmentBehindAGoodCommitIsRebuilt() throws Exception {
        Path library = library();
        status(library);
        try (var files = Files.list(LibraryIndex.folderFor(library))) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".si")).toList()) {
                Files.write(file, new byte[] {1, 2, 3});
            }
        }
        assertEquals(Set.of("mueller2019ascii"), keys("author:dvorak"));
    }

    @Test
    void aMissingIndexFolderIsBuiltAndRebuildIsForced() throws Exception {
        Path library = library();
        try (LibraryIndex index = LibraryIndex.open(library, "library.bib", true)) {
            assertEquals(new LibraryIndex.Status(LibraryIndex.Refresh.REBUILT, 8, 0), index.status());
        }
        assertEquals(folder.resolve(".bibfolio/index/library"), LibraryIndex.folderFor(library));
    }

    private static LibraryIndex.Status status(Path library) throws Exception {
        try (LibraryIndex index = LibraryIndex.open(library, "library.bib", false)) {
            return index.status();
        }
    }
}
