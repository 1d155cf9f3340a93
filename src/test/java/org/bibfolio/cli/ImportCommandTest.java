package org.bibfolio.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bibfolio.testing.CliRun;
import org.bibfolio.testing.Processes;
import org.bibfolio.testing.ReplayServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bibfolio import}: a Google Scholar and a DBLP export with clashes and duplicates, and a real TeX Live file. */
class ImportCommandTest {

    @TempDir
    Path dir;
    Path library;
    String before;

    @BeforeEach
    void copy() throws Exception {
        library = dir.resolve("library.bib");
        Files.copy(ReplayServer.RECORDED.resolve("library.bib"), library);
        Files.copy(ReplayServer.RECORDED.resolve("scholar.bib"), dir.resolve("scholar.bib"));
        Files.copy(ReplayServer.RECORDED.resolve("dblp.bib"), dir.resolve("dblp.bib"));
        before = Files.readString(library);
    }

    @Test
    void newEntriesAreAddedDuplicatesSkippedAndTakenKeysRenamed() throws Exception {
        CliRun run = CliRun.in(dir, "import", "scholar.bib", "dblp.bib");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("""
                skipped garcia2023kernels (scholar.bib:1): same title and year as garcia2023kernels
                added garcia2020random (garcia2019thesis of scholar.bib:11: that key is taken)
                added wisniewski2022note
                skipped wisniewski2022noteb (scholar.bib:27): same title and year as wisniewski2022note
                skipped broken (scholar.bib:34): @misc needs title
                skipped DBLP:conf/icml/GarciaT20 (dblp.bib:3): same title and year as garcia2020random
                added DBLP:journals/corr/abs-2405-05678
                added 3, merged 0, skipped 4
                """, run.out());
        String text = Files.readString(library);
        assertTrue(text.startsWith(before), "the library's own text is untouched");
        assertTrue(text.contains("""
                @inproceedings{garcia2020random,
                  author    = {García, María José and Tanaka, Kazuo},
                """), text);
        assertTrue(text.contains("  author    = {García, María José and Wiśniewski, Łukasz and van der Berg, Jan},"),
                text);
        assertEquals(0, CliRun.in(dir, "check").exitCode(), CliRun.in(dir, "check").out());
    }

    @Test
    void updateLendsTheFieldsTheLibraryLacks() throws Exception {
        CliRun run = CliRun.in(dir, "import", "--update", "scholar.bib", "dblp.bib");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("merged garcia2023kernels (scholar.bib:1) into garcia2023kernels: number\n"),
                run.out());
        assertTrue(run.out().endsWith("added 3, merged 1, skipped 3\n"), run.out());
        assertTrue(Files.readString(library).contains("""
                  volume    = {24},
                  number    = {112},
                  pages     = {1--41},
                """), Files.readString(library));
    }

    @Test
    void aDryRunWritesNothingAndAnImportTwiceAddsNothing() throws Exception {
        byte[] bytes = Files.readAllBytes(library);
        CliRun dry = CliRun.in(dir, "import", "--dry-run", "--quiet", "scholar.bib");
        assertEquals("added 2, merged 0, skipped 3\n", dry.out());
        assertEquals("bibfolio: dry run: library.bib was not changed\n", dry.err());
        assertArrayEquals(bytes, Files.readAllBytes(library));
        assertEquals(0, CliRun.in(dir, "import", "-q", "scholar.bib").exitCode());
        assertEquals("added 0, merged 0, skipped 5\n", CliRun.in(dir, "import", "-q", "scholar.bib").out());
    }

    @Test
    void aFileThatDoesNotParseStopsTheImportWithItsPosition() throws Exception {
        Files.writeString(dir.resolve("bad.bib"), "@article{ok, title = {T}, year = 2020}\n@article{bad, title = {x}\n");
        byte[] bytes = Files.readAllBytes(library);
        CliRun run = CliRun.in(dir, "import", "scholar.bib", "bad.bib");
        assertEquals(ExitCodes.DATA_ERROR, run.exitCode());
        assertTrue(run.err().startsWith("bad.bib:2:26: error: missing '}' to close the entry"), run.err());
        assertArrayEquals(bytes, Files.readAllBytes(library));
        assertEquals(ExitCodes.USAGE, CliRun.in(dir, "import", "missing.bib").exitCode());
    }

    @Test
    void aRealTexLiveFileImportsOnceAndOnlyOnce() throws Exception {
        Path texbook = Path.of("/usr/share/texlive/texmf-dist/bibtex/bib/beebe/texbook3.bib");
        Processes.requireThat(Files.isRegularFile(texbook), "TeX Live's beebe/texbook3.bib (texlive-bibtex-extra)");
        CliRun first = CliRun.in(dir, "import", "-q", texbook.toString());
        assertEquals(0, first.exitCode(), first.err());
        String[] counts = first.out().strip().split("\\D+");
        int added = Integer.parseInt(counts[1]);
        int skipped = Integer.parseInt(counts[3]);
        assertTrue(added > 800, first.out());
        assertTrue(Files.readString(library).startsWith(before));
        // its @preamble defines \MP, used in titles: without it the second import would not know them again
        assertTrue(Files.readString(library).contains("@preamble{{\\input bibnames.sty"), "the file's @preamble");
        CliRun again = CliRun.in(dir, "import", "-q", texbook.toString());
        assertEquals("added 0, merged 0, skipped " + (added + skipped) + "\n", again.out());
    }
}
