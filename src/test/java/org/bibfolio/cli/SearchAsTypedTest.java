package org.bibfolio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bibfolio.testing.CliRun;
import org.bibfolio.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/** search finds names, math and keywords as people type them, not only as the .bib spells them. */
class SearchAsTypedTest {

    @TempDir
    Path folder;

    @BeforeEach
    void copyLibrary() throws Exception {
        Files.copy(Fixtures.projectDir().resolve("src/test/resources/fixtures/search/as-typed.bib"),
                folder.resolve("library.bib"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "author:\"Fernandez Ruiz\"|fernandezruiz2023census",
        "author:\"Ines Fernandez Ruiz\"|fernandezruiz2023census",
        "author:\"Nguyen Thi Minh Anh\"|fernandezruiz2023census",
        "author:\"Thi Minh Anh Nguyen\"|fernandezruiz2023census",
        "author:\"田中花子\"|tanaka2022organoids",
        "author:김민준|tanaka2022organoids",
        "author:\"Hiroshi Tanaka\"|fernandezruiz2023census",
        "author:\"Tanaka Hiroshi\"|fernandezruiz2023census",
        "alpha-stable|smith2021stable",
        "title:α-stable|smith2021stable",
        "keywords:dataset|fernandezruiz2023census",
        "software|tanaka2022organoids",
        "author:\"Fernando Ruiz\"|smith2021stable",
        "author:\"Ines Ruiz\"|fernandezruiz2023census",
        "author:\"Hanako Kim\"|",
        "author:\"田中民準\"|"})
    void findsWhatIsTyped(String query, String keys) {
        CliRun run = CliRun.in(folder, "search", query);
        List<String> found = run.out().lines().map(line -> line.split("\t")[0]).sorted().toList();
        assertEquals(keys == null ? List.of() : List.of(keys.split(" ")), found, run.err());
    }
}
