package org.bibfolio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bibfolio.testing.CliRun;
import org.bibfolio.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code export} writes where: a file only from a whole library, and one section as a flat list. */
class ExportOutputTest {

    @TempDir
    Path folder;

    private void copy(String fixture) throws Exception {
        Files.copy(Fixtures.projectDir().resolve("src/test/resources/fixtures/editing/" + fixture),
                folder.resolve("library.bib"));
    }

    @Test
    void aLibraryWithABrokenEntryWritesNoOutputFileAndSaysSo() throws Exception {
        copy("broken-entry.bib");
        Path cv = folder.resolve("cv.md");
        Files.writeString(cv, "the CV of the last good run\n");
        CliRun run = CliRun.in(folder, "export", "-o", "cv.md");
        assertEquals(ExitCodes.DATA_ERROR, run.exitCode());
        assertEquals("the CV of the last good run\n", Files.readString(cv), "a failing export leaves the file as it was");
        assertEquals("", run.out());
        assertEquals("""
                library.bib:14:21: error: missing '}' to close the entry (reached the next entry, @article at line 16) \
                in entry nowak2021pigments (which starts at line 9)
                bibfolio: error: 1 entry of library.bib could not be read, so cv.md was not written (it would lack it)
                  fix the entry, or export without -o to see what the other 2 give
                """, run.err());
        assertFalse(Files.exists(folder.resolve("new.md")));
        assertEquals(ExitCodes.DATA_ERROR, CliRun.in(folder, "export", "-o", "new.md").exitCode());
        assertFalse(Files.exists(folder.resolve("new.md")), "nor is a new file created");
    }

    @Test
    void withoutOutputFileTheOtherEntriesArePrinted() throws Exception {
        copy("broken-entry.bib");
        CliRun run = CliRun.in(folder, "export");
        assertEquals(ExitCodes.DATA_ERROR, run.exitCode());
        assertTrue(run.out().contains("*Gilding techniques in Ruthenian workshops*"), run.out());
        assertTrue(run.err().contains("is left out; the other 2 were read"), run.err());
    }

    @Test
    void aSectionAsAFlatListHoldsOnlyThatSectionsEntries() throws Exception {
        copy("journal-and-conference.bib");
        List<String> flat = CliRun.output(folder, "export", "--section", "journal", "--flat", "--format", "text")
                .lines().toList();
        assertEquals(2, flat.size(), String.join("\n", flat));
        assertTrue(flat.get(0).contains("Nephron progenitors") && flat.get(1).contains("Organoid quality"),
                String.join("\n", flat));
        String apa = CliRun.output(folder, "export", "--style", "apa", "--section", "conference", "--flat");
        assertTrue(apa.contains("Benchmarking spatial deconvolution") && !apa.contains("Nephron"), apa);
        assertEquals(4, CliRun.output(folder, "export", "--flat", "--format", "text").lines().count(),
                "without --section, every entry");
    }

    @Test
    void aSectionTheStyleLacksIsAUsageErrorWithFlatToo() throws Exception {
        copy("journal-and-conference.bib");
        CliRun run = CliRun.in(folder, "export", "--section", "talks", "--flat");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("but was 'talks'"), run.err());
    }

    @Test
    void anOutputFolderThatDoesNotExistIsNamedSo() throws Exception {
        copy("journal-and-conference.bib");
        CliRun run = CliRun.in(folder, "export", "-o", "no-such-folder/cv.md");
        assertEquals(ExitCodes.IO_ERROR, run.exitCode());
        assertEquals("bibfolio: error: " + folder.resolve("no-such-folder/cv.md")
                + ": its folder does not exist; nothing was written\n", run.err());
    }
}
