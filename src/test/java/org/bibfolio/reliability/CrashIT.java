package org.bibfolio.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writers killed (SIGKILL) at random moments and at the worst ones: the library is never a partial file for a reader
 * of the ordinary kind (renamed into place), a library with hard links that was cut off mid-overwrite is finished by
 * the next writer, the next command always runs (the dead writer's lock went with it), and nothing is left behind.
 */
class CrashIT {

    @TempDir
    Path folder;

    /** Each kill: what the library was afterwards. Printed as the suite's figures. */
    private final Map<String, Integer> outcomes = new TreeMap<>();

    @Test
    void killedAtRandomMomentsTheLibraryIsOldOrNewAndTheNextCommandRuns() throws Exception {
        Path library = Suite.copyLibraryTo(folder);
        Random random = new Random(Suite.SEED);
        int kills = Suite.scale(10, 60);
        for (int i = 0; i < kills; i++) {
            byte[] before = Files.readAllBytes(library);
            Launcher.Started writer = launcher().start(folder, "tag", "virtanen2021mixing", "Random tag " + i);
            Thread.sleep(random.nextInt(1_500));
            writer.kill();
            byte[] after = Files.readAllBytes(library);
            boolean old = Arrays.equals(before, after);
            Suite.Snapshot.of(library); // parses: never a partial file
            assertTrue(old || new String(after, StandardCharsets.UTF_8).contains("Random tag " + i));
            outcomes.merge(old ? "random kill: old file" : "random kill: new file", 1, Integer::sum);
            nextCommandRunsAndNothingIsLeft(library, library);
        }
        report("rename", kills);
    }

    @Test
    void killedBetweenTheTempFileAndTheRenameTheLibraryIsTheOldOne() throws Exception {
        Path library = Suite.copyLibraryTo(folder);
        int kills = Suite.scale(3, 15);
        for (int i = 0; i < kills; i++) {
            byte[] before = Files.readAllBytes(library);
            killAt("before-rename", "edit", "virtanen2022workshop", "--set", "note=Never written " + i);
            assertArrayEquals(before, Files.readAllBytes(library), "a killed writer must leave the old library");
            assertTrue(temps(folder.resolve(".bibfolio")) > 0, "the kill should have left its temp file");
            outcomes.merge("before rename: old file", 1, Integer::sum);
            nextCommandRunsAndNothingIsLeft(library, library);
        }
        report("before-rename", kills);
    }

    /**
     * A library with a second hard link is written in place. Killed after its backup, the file is untouched; killed
     * half way through the overwrite, it is part new, part old until the next writer finishes the write from the
     * pending copy. Either way both names still share one file, holding what the killed command meant to write.
     */
    @Test
    void aHardLinkedLibraryKilledMidWriteIsFinishedByTheNextWriter() throws Exception {
        Path library = Suite.copyLibraryTo(folder);
        Path link = folder.resolve("linked.bib");
        Files.createLink(link, library);
        int rounds = Suite.scale(2, 10);
        for (int i = 0; i < rounds; i++) {
            byte[] before = Files.readAllBytes(library);
            killAt("after-backup", "edit", "virtanen2014thesis", "--set", "note=Killed after backup " + i);
            assertArrayEquals(before, Files.readAllBytes(library));
            outcomes.merge("in place, after backup: old file", 1, Integer::sum);
            nextCommandRunsAndNothingIsLeft(library, link);
            assertFalse(Files.readString(library).contains("Killed after backup " + i));

            before = Files.readAllBytes(library);
            // longer every round, so the first half of the new text never matches the old one byte for byte
            String note = "Half written in round " + i + " " + "x".repeat(40 * (i + 1));
            killAt("half-written", "edit", "virtanen2014thesis", "--set", "note=" + note);
            byte[] half = Files.readAllBytes(library);
            byte[] pending = Files.readAllBytes(folder.resolve(".bibfolio/library.bib.pending"));
            assertTrue(new String(pending, StandardCharsets.UTF_8).contains(note), "the pending copy is the new text");
            assertFalse(Arrays.equals(before, half) || Arrays.equals(pending, half),
                    "the kill should have found the file half written");
            outcomes.merge("in place, half written: finished by the next writer", 1, Integer::sum);
            nextCommandRunsAndNothingIsLeft(library, link);
            assertTrue(Files.readString(library).contains(note), "the next writer finishes the killed write");
        }
        assertTrue(Files.isSameFile(library, link));
        assertEquals(2, Files.getAttribute(library, "unix:nlink"));
        report("in-place", rounds * 2);
    }

    /** What older versions and killed index builds left: removed by the next writer and the next index update. */
    @Test
    void leftoversOfEarlierWritersAreRemovedUnderTheLock() throws Exception {
        Path library = Suite.copyLibraryTo(folder);
        Path work = folder.resolve(".bibfolio");
        assertEquals(0, launcher().run(folder, "search", "author:virtanen").exitCode());
        List<Path> leftovers = List.of(folder.resolve(".library.bib.8412345.tmp"),
                work.resolve("library.bib.3k2j4h.tmp"), work.resolve("index/library.new-4242"),
                work.resolve("index/library.old-4243"));
        for (Path leftover : leftovers) {
            if (leftover.getFileName().toString().endsWith(".tmp")) {
                Files.write(leftover, Files.readAllBytes(library));
            } else {
                Files.createDirectories(leftover);
                Files.writeString(leftover.resolve("_0.cfs"), "half a segment");
            }
        }
        Launcher.Run tag = launcher().run(folder, "tag", "virtanen2021mixing", "Spotlight");
        assertEquals(0, tag.exitCode(), tag.toString());
        Launcher.Run search = launcher().run(folder, "search", "tag:spotlight");
        assertEquals(0, search.exitCode(), search.toString());
        for (Path leftover : leftovers) {
            assertFalse(Files.exists(leftover), leftover + " is still there");
        }
    }

    private Launcher launcher() {
        return Launcher.withCache(folder.resolve("cache"));
    }

    private void killAt(String point, String... args) throws Exception {
        launcher().killAt(folder, point, args);
    }

    /**
     * The next writer gets the lock (the dead one's went with its process), writes, and leaves no temp, backup or
     * pending copy behind; the library still parses; {@code other} is still the same file when it is a hard link.
     */
    private void nextCommandRunsAndNothingIsLeft(Path library, Path other) throws Exception {
        Launcher.Run next = launcher().run(folder, "tag", "virtanen2018report", "Oral");
        assertTrue(next.exitCode() == 0, next.toString());
        launcher().run(folder, "tag", "virtanen2018report", "Oral", "--remove");
        Suite.Snapshot.of(library);
        assertTrue(Files.isSameFile(library, other));
        Path work = folder.resolve(".bibfolio");
        assertEquals(0, temps(work), "temp files left in .bibfolio");
        assertEquals(0, temps(folder), "temp files left beside the library");
        assertFalse(Files.exists(work.resolve("library.bib.pending")));
        assertFalse(Files.exists(work.resolve("library.bib.backup")));
    }

    private static long temps(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).count();
        }
    }

    private void report(String kind, int kills) {
        System.out.printf(Locale.ROOT, "reliability: %d kills (%s): %s, seed %d%n", kills, kind, outcomes, Suite.SEED);
    }
}
