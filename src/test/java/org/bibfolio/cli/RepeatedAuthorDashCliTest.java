package org.bibfolio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bibfolio.testing.CliRun;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "———" for the names of the entry above (CSL's subsequent-author-substitute) follows the lists as the CV shows them:
 * newest first, each section on its own, the names written out at the top of each list.
 */
class RepeatedAuthorDashCliTest {

    @TempDir
    Path folder;

    private static final String LIBRARY = """
            @inproceedings{c1, author = {Doe, Jane}, title = {Seven}, booktitle = {NeurIPS}, year = {2021}}
            @article{j1, author = {Doe, Jane}, title = {One}, journal = {PNAS}, year = {2015}}
            @article{j2, author = {Doe, Jane}, title = {Two}, journal = {JAMA}, year = {2016}}
            @article{j3, author = {Doe, Jane}, title = {Three}, journal = {eLife}, year = {2019}}
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "chicago | Doe, Jane. 2021. “Seven.” In NeurIPS. | Doe, Jane. 2019. “Three.” eLife. | ———. 2016. “Two.” JAMA. "
            + "| ———. 2015. “One.” PNAS.",
        "mla | Doe, Jane. “Seven.” NeurIPS, 2021. | Doe, Jane. “Three.” eLife, 2019. | ---. “Two.” JAMA, 2016. "
            + "| ---. “One.” PNAS, 2015."})
    void dashesFollowTheListsAsShown(String style, String conference, String newest, String second, String third)
            throws Exception {
        Files.writeString(folder.resolve("library.bib"), LIBRARY, StandardCharsets.UTF_8);
        CliRun run = CliRun.in(folder, "export", "--style", style, "--format", "text");
        assertEquals(0, run.exitCode(), run.err());
        List<String> entries = run.out().lines().filter(line -> line.contains("Doe") || line.startsWith("-")
                || line.startsWith("—")).map(String::strip).toList();
        assertEquals(List.of(conference, newest, second, third), entries, run.out());
    }
}
