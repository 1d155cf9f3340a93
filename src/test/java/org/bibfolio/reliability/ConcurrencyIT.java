package org.bibfolio.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bibfolio.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Readers and writers at once, as separate processes: every one succeeds, nothing written is lost, and the index is
 * never reported corrupt because of a race (the failures of issue 13: searches right after an edit crashed on a
 * shared IndexWriterConfig, and first builds at once swapped each other's folders).
 */
class ConcurrencyIT {

    @TempDir
    Path folder;

    @Test
    void searchesStartedTogetherRightAfterAnEditAllSucceed() throws Exception {
        Path library = Suite.copyLibraryTo(folder);
        Launcher bibfolio = launcher();
        assertEquals(0, bibfolio.run(folder, "search", "author:virtanen").exitCode());
        int rounds = Suite.scale(4, 25);
        int readers = 4;
        for (int round = 0; round < rounds; round++) {
            String word = "roundword" + round;
            Launcher.Run edit = bibfolio.run(folder, "edit", "virtanen2022workshop", "--set",
                    "title=A note on spectral gaps, " + word);
            assertEquals(0, edit.exitCode(), edit.toString());
            List<Launcher.Run> runs = together(readers, () -> bibfolio.start(folder, "search", "title:" + word));
            for (Launcher.Run run : runs) {
                assertEquals(0, run.exitCode(), run.toString());
                assertTrue(run.out().startsWith("virtanen2022workshop"), run.out());
            }
        }
        System.out.printf(Locale.ROOT, "reliability: %d edits, each followed by %d searches at once: %d of %d ran "
                + "and found the edit%n", rounds, readers, rounds * readers, rounds * readers);
    }

    @Test
    void firstEverSearchesStartedTogetherShareOneIndex() throws Exception {
        Path library = folder.resolve("library.bib");
        Files.copy(Fixtures.bundledLibrary(), library);
        Launcher bibfolio = launcher();
        int rounds = Suite.scale(3, 15);
        int readers = 6;
        for (int round = 0; round < rounds; round++) {
            deleteTree(folder.resolve(".bibfolio"));
            List<Launcher.Run> runs = together(readers, () -> bibfolio.start(folder, "search", "author:belkin"));
            Set<String> outputs = new HashSet<>();
            for (Launcher.Run run : runs) {
                assertEquals(0, run.exitCode(), run.toString());
                outputs.add(run.out());
            }
            assertEquals(1, outputs.size(), "every search found the same entries");
            try (var index = Files.list(folder.resolve(".bibfolio/index"))) {
                assertEquals(List.of("library", "library.lock"), index.map(p -> p.getFileName().toString()).sorted()
                        .toList(), "one index, no half-built folders");
            }
        }
        System.out.printf(Locale.ROOT, "reliability: %d first-ever builds, %d searches at once each: all %d ran%n",
                rounds, readers, rounds * readers);
    }

    @Test
    void writersAndReadersAtOnceLoseNothing() throws Exception {
        Path library = Suite.copyLibraryTo(folder);
        Launcher bibfolio = launcher();
        int entriesBefore = Suite.Snapshot.of(library).entryTexts().size();
        int writers = Suite.scale(6, 8);
        int addsEach = Suite.scale(3, 10);
        List<Launcher.Started> running = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        int readerRuns = 0;
        for (int add = 0; add < addsEach; add++) {
            for (int writer = 0; writer < writers; writer++) {
                String title = "Concurrent paper " + writer + "-" + add;
                titles.add(title);
                running.add(bibfolio.start(folder, "add", "--type", "article", "--title", title, "--author",
                        "Virtanen, Aino", "--year", "2026", "--venue", "Journal of Concurrency"));
            }
            for (String[] reader : List.of(new String[] {"search", "author:virtanen"}, new String[] {"export"},
                    new String[] {"list", "--json"}, new String[] {"check"})) {
                running.add(bibfolio.start(folder, reader));
                readerRuns++;
            }
            for (Launcher.Started started : running) {
                Launcher.Run run = started.finish();
                assertEquals(0, run.exitCode(), run.toString());
            }
            running.clear();
        }
        Suite.Snapshot after = Suite.Snapshot.of(library);
        assertEquals(entriesBefore + writers * addsEach, after.entryTexts().size(), "an add was lost");
        Set<String> found = new HashSet<>();
        after.publications().values().forEach(p -> found.add(p.title()));
        assertTrue(found.containsAll(titles), "every added title is there");
        System.out.printf(Locale.ROOT, "reliability: %d writers x %d adds with %d readers alongside: %d entries "
                + "added, 0 lost, %d distinct keys, every command exit 0%n", writers, addsEach, readerRuns,
                writers * addsEach, after.entryTexts().size());
    }

    private Launcher launcher() {
        return Launcher.withCache(folder.resolve("cache"));
    }

    /** Something that starts one process. */
    private interface Starter {
        Launcher.Started start() throws Exception;
    }

    private static List<Launcher.Run> together(int count, Starter starter) throws Exception {
        List<Launcher.Started> started = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            started.add(starter.start());
        }
        List<Launcher.Run> runs = new ArrayList<>();
        for (Launcher.Started process : started) {
            runs.add(process.finish());
        }
        return runs;
    }

    private static void deleteTree(Path path) throws Exception {
        if (Files.exists(path)) {
            try (var files = Files.walk(path)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
