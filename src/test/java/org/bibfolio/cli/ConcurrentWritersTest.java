package org.bibfolio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.bibfolio.app.LibraryLock;
import org.bibfolio.bibtex.BibItem;
import org.bibfolio.bibtex.LibraryReader;
import org.bibfolio.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real processes: many writers at once lose nothing, and a writer killed mid-write leaves the old file whole. */
class ConcurrentWritersTest {

    private static final int WRITERS = 20;

    @Test
    void twentyProcessesAddingAtOnceLeaveTwentyNewEntriesAndAValidFile(@TempDir Path dir) throws Exception {
        Path library = Fixtures.copyLibraryTo(dir);
        long before = LibraryReader.read(library).file().entries().count();
        long start = System.nanoTime();
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            processes.add(ProcessRunner.start(dir, List.of(), "add", "--type", "article", "--title",
                    "Parallel paper number " + i, "--author", "Zhu, Libin", "--year", "2026", "--venue",
                    "Journal of Concurrency"));
        }
        for (Process process : processes) {
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "a writer hung");
            assertEquals(0, process.exitValue(), stderrOf(dir));
        }
        LibraryReader.Loaded after = LibraryReader.read(library);
        Set<String> keys = after.file().entries().map(BibItem.Entry::key).collect(Collectors.toSet());
        System.out.printf("concurrency: %d processes, %d → %d entries, %d distinct keys, %d ms%n", WRITERS, before,
                after.file().entries().count(), keys.size(), (System.nanoTime() - start) / 1_000_000);
        assertEquals(before + WRITERS, after.file().entries().count());
        assertEquals(before + WRITERS, keys.size());
        for (int i = 0; i < WRITERS; i++) {
            String title = "Parallel paper number " + i;
            assertTrue(after.library().publications().stream().anyMatch(p -> p.title().equals(title)), title);
        }
    }

    @Test
    void aWriterKilledBeforeItsRenameLeavesTheOldLibraryAndNoLock(@TempDir Path dir) throws Exception {
        Path library = Fixtures.copyLibraryTo(dir);
        byte[] original = Files.readAllBytes(library);
        Process writer = ProcessRunner.start(dir, List.of("-Dbibfolio.test.pauseAt=before-rename:60000"), "tag",
                "zhu2024catapults", "Spotlight");
        waitForTempFile(dir, writer);
        writer.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertEquals(new String(original, StandardCharsets.UTF_8), Files.readString(library),
                "a killed writer must leave the old library");

        // The OS dropped the dead writer's lock: the next writer gets in at once and writes the new version.
        Process next = ProcessRunner.start(dir, List.of(), "tag", "zhu2024catapults", "Spotlight");
        assertTrue(next.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, next.exitValue(), stderrOf(dir));
        assertTrue(Files.readString(library).contains("keywords       = {selected, Spotlight}"));
        assertTrue(Files.exists(LibraryLock.lockFileOf(library)));
    }

    /** The writer has finished its temp file and now sleeps before the rename. */
    private static void waitForTempFile(Path dir, Process writer) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            Path work = dir.resolve(".bibfolio");
            try (var files = Files.isDirectory(work) ? Files.list(work) : java.util.stream.Stream.<Path>empty()) {
                boolean found = files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")
                        && sizeOf(p) > 1000);
                if (found) {
                    return;
                }
            }
            assertTrue(writer.isAlive(), "the writer ended before writing its temp file: " + stderrOf(dir));
            Thread.sleep(20);
        }
        throw new AssertionError("no temp file appeared");
    }

    private static long sizeOf(Path path) {
        try {
            return Files.size(path);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private static String stderrOf(Path dir) throws Exception {
        StringBuilder out = new StringBuilder();
        try (var files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().startsWith("stderr-")).toList()) {
                out.append(Files.readString(p));
            }
        }
        return out.toString();
    }
}
