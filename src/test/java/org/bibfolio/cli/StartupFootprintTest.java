package org.bibfolio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bibfolio.testing.Fixtures;
import org.bibfolio.testing.Processes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Most runs are short, so start-up is what users feel: a house-style export, run as a real process, must not
 * load the search index (Lucene), the CSL processor or Jackson. Class loading is counted, not timed.
 */
class StartupFootprintTest {

    @TempDir
    Path folder;

    @Test
    void houseStyleExportLoadsNoLuceneCslOrJackson() throws Exception {
        Path classLog = folder.resolve("classes.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Processes.Result run = Processes.run(folder, java, "-Xlog:class+load=info:file=" + classLog,
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "export", "--library", Fixtures.bundledLibrary().toString(), "--output", "cv.md");
        assertEquals(0, run.exitCode(), run.output());
        List<String> loaded = Files.readAllLines(classLog);
        assertTrue(loaded.stream().anyMatch(line -> line.contains("org.bibfolio.style.CvRenderer")),
                "the log should show the export's own classes");
        for (String unwanted : List.of("org.apache.lucene.", "de.undercouch.", "com.fasterxml.jackson.")) {
            assertTrue(loaded.stream().noneMatch(line -> line.contains(unwanted)), unwanted + " was loaded");
        }
    }
}
