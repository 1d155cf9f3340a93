package org.bibfolio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bibfolio.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's .csl file that is not well-formed XML: one located line and exit 65, before any export work; a style
 * that formats citations only, likewise one line and exit 65 rather than an internal error.
 */
class BrokenCslStyleTest {

    @TempDir
    Path folder;

    @Test
    void namesTheFileLineAndColumn() throws Exception {
        Files.writeString(folder.resolve("library.bib"), "@article{a, author = {Zhu, Libin}, title = {T}, "
                + "journal = {J}, year = {2020}}\n");
        Files.writeString(folder.resolve("mine.csl"), """
                <?xml version="1.0"?>
                <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
                  <info><title>Mine</title></info>
                  <bibliography><layout><text variable="title"></layout></bibliography>
                </style>
                """);

        CliRun run = CliRun.in(folder, "export", "--style", "mine.csl");

        assertEquals(65, run.exitCode(), run.err());
        assertEquals("", run.out());
        String err = run.err().strip();
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith("mine.csl:4:"), err);
        assertTrue(err.contains(": error: "), err);
    }

    @Test
    void aNoteStyleWithoutBibliographyIsRefusedInOneLine() throws Exception {
        Files.writeString(folder.resolve("library.bib"), "@article{a, author = {Zhu, Libin}, title = {T}, "
                + "journal = {J}, year = {2020}}\n");

        CliRun run = CliRun.in(folder, "export", "--style", "oxford-art-journal");

        assertEquals(65, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertEquals("bibfolio: error: CSL style 'oxford-art-journal' has no bibliography (it formats citations only),"
                + " so it cannot list publications; choose a style with a bibliography (see 'bibfolio styles')",
                run.err().strip());
    }
}
