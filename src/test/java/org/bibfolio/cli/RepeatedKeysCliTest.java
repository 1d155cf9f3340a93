package org.bibfolio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bibfolio.testing.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An entry whose key an earlier entry has (the same paper kept in two files that were concatenated, as in TeX
 * Live's Beebe bibliographies) is ignored by BibTeX: every export leaves it out alike and says so on stderr, where
 * CSL-JSON used to drop it unsaid and text printed the first entry twice.
 */
class RepeatedKeysCliTest {

    private static final String LIBRARY = """
            @article{Nowak:2020, author = {Nowak, Anna}, title = {First Light}, journal = {J. Opt.}, year = {2020}}
            @article{Li:2021, author = {Li, Wei}, title = {Second Sight}, journal = {J. Opt.}, year = {2021}}

            @article{nowak:2020, author = {Nowak, Anna}, title = {First Light, Again},
              journal = {Opt. Lett.}, year = {2022}}
            """;

    @TempDir
    Path folder;

    @BeforeEach
    void library() throws Exception {
        Files.writeString(folder.resolve("library.bib"), LIBRARY, StandardCharsets.UTF_8);
    }

    @Test
    void everyExportLeavesTheRepeatOutAndNamesItsLineOnStderr() {
        String warning = "library.bib:4:1: warning: duplicate key 'nowak:2020' (first used at line 1); BibTeX ignores"
                + " this entry, and so does export\n";
        CliRun json = CliRun.in(folder, "export", "--flat", "--format", "csl-json");
        assertEquals(0, json.exitCode(), json.err());
        assertEquals(2, json.out().split("\"id\"", -1).length - 1, json.out());
        assertEquals(warning, json.err());

        CliRun text = CliRun.in(folder, "export", "--flat", "--format", "text");
        assertEquals(0, text.exitCode(), text.err());
        assertEquals(1, text.out().split("First Light", -1).length - 1, text.out());
        assertFalse(text.out().contains("Again"), "the first entry of a key is the one BibTeX keeps");
        assertEquals(warning, text.err());
    }

    @Test
    void aLibraryWithoutRepeatsWarnsOfNone() throws Exception {
        Files.writeString(folder.resolve("library.bib"), LIBRARY.replace("{nowak:2020", "{Nowak:2022"),
                StandardCharsets.UTF_8);
        CliRun run = CliRun.in(folder, "export", "--flat", "--format", "csl-json");
        assertEquals("", run.err());
        assertTrue(run.out().contains("\"id\" : \"Nowak:2022\""), run.out());
    }

    @Test
    void aThousandRepeatsAreNamedTenByTenAndCounted() throws Exception {
        StringBuilder library = new StringBuilder(LIBRARY);
        for (int i = 0; i < 1_000; i++) {
            library.append("@misc{li:2021, title = {Copy ").append(i).append("}}\n");
        }
        Files.writeString(folder.resolve("library.bib"), library.toString(), StandardCharsets.UTF_8);
        CliRun run = CliRun.in(folder, "list");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(11, run.err().lines().count(), run.err());
        assertTrue(run.err().endsWith("bibfolio: warning: 991 more entries repeat an earlier key and are left out of "
                + "exports; 'bibfolio check' lists them all\n"), run.err());
    }
}
