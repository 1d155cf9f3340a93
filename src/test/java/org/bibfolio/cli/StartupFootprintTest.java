package org.bibfolio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bibfolio.testing.Fixtures;
import org.bibfolio.testing.Processes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Most runs are short, so start-up is what users feel: a house-style export, run as a real process, must not
 * load the search index (Lucene), the CSL processor or Jackson, nor build the picocli model of any command but
 * its own. Class loading is counted, not timed.
 */
class StartupFootprintTest {

    @TempDir
    Path folder;

    @Test
    void houseStyleExportLoadsNoLuceneCslOrJackson() throws Exception {
        List<String> loaded = classesLoaded("export", "--library", Fixtures.bundledLibrary().toString(),
                "--output", "cv.md");
        assertTrue(loaded.contains("org.bibfolio.style.CvRenderer"), "the log should show the export's own classes");
        for (String unwanted : List.of("org.apache.lucene.", "de.undercouch.", "com.fasterxml.jackson.")) {
            assertTrue(loaded.stream().noneMatch(name -> name.startsWith(unwanted)), unwanted + " was loaded");
        }
    }

    /**
     * A CSL style is adjusted in its text before citeproc-java parses it: no second DOM written back through an XSLTC
     * identity transform, which was a third of an APA export's start-up.
     */
    @Test
    void cslExportLoadsNoXmlTransformer() throws Exception {
        List<String> loaded = classesLoaded("export", "--style", "apa", "--library",
                Fixtures.bundledLibrary().toString(), "--output", "cv.md");
        assertTrue(loaded.contains("org.bibfolio.style.csl.SubstituteNames"), "the log should show the style adjusted");
        for (String unwanted : List.of("javax.xml.transform.", "com.sun.org.apache.xalan.")) {
            assertTrue(loaded.stream().noneMatch(name -> name.startsWith(unwanted)), unwanted + " was loaded");
        }
    }

    /** The model of a command is built from its class: a class never loaded had no model built. */
    @Test
    void exportBuildsTheModelOfExportAlone() throws Exception {
        List<String> loaded = classesLoaded("export", "--library", Fixtures.bundledLibrary().toString(),
                "--output", "cv.md");
        assertEquals(List.of("org.bibfolio.cli.ExportCommand"), commandClasses(loaded));
        assertTrue(loaded.stream().noneMatch(name -> name.startsWith("picocli.AutoComplete")), "completion loaded");
    }

    /**
     * The models of the root and of export are built by generated code (ADR 0024), not read from the annotations:
     * no annotation is parsed, so no annotation proxy class is made, and no field is modelled by reflection.
     */
    @Test
    void exportReadsNoAnnotations() throws Exception {
        List<String> loaded = classesLoaded("export", "--library", Fixtures.bundledLibrary().toString(),
                "--output", "cv.md");
        assertTrue(loaded.contains("org.bibfolio.cli.GeneratedModels"), "the generated models were not used");
        List<String> reflective = loaded.stream().filter(name -> name.contains("$Proxy")
                || name.equals("picocli.CommandLine$Model$TypedMember")).toList();
        assertEquals(List.of(), reflective);
    }

    @Test
    void versionBuildsNoCommandModel() throws Exception {
        List<String> loaded = classesLoaded("--version");
        assertEquals(List.of(), commandClasses(loaded));
    }

    /** A house style is looked up by name; the jar's ~10,000 CSL files are not listed to find it. */
    @Test
    void exportListsNoStyles() throws Exception {
        List<String> loaded = classesLoaded("export", "--library", Fixtures.bundledLibrary().toString(),
                "--output", "cv.md");
        assertTrue(loaded.stream().noneMatch(name -> name.equals("java.util.zip.ZipFile$EntrySpliterator")),
                "the jar's entries were listed");
    }

    private static List<String> commandClasses(List<String> loaded) {
        return loaded.stream().filter(name -> name.startsWith("org.bibfolio.cli.") && name.endsWith("Command"))
                .sorted().toList();
    }

    /** The names of the classes a real bibfolio process loads for {@code args}, in load order. */
    private List<String> classesLoaded(String... args) throws Exception {
        Path classLog = folder.resolve("classes-" + System.nanoTime() + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xlog:class+load=info:file=" + classLog,
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Processes.Result run = Processes.run(folder, command.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.output());
        return Files.readAllLines(classLog).stream().map(line -> line.replaceFirst("^(\\[[^\\]]*\\])+ ", ""))
                .map(line -> line.split(" ", 2)[0]).toList();
    }
}
