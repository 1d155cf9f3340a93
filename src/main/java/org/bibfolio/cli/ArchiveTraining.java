package org.bibfolio.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * The training run of the class-data archive. The launcher starts it once per installed bibfolio with
 * {@code -XX:ArchiveClassesAtExit}: it runs the everyday commands in one JVM, on a temp copy of a small library
 * packed in the jar, so the archive written at exit holds every class they load, including the lambda and
 * string-concatenation classes the JVM generates. Output is thrown away; only the classes matter.
 */
public final class ArchiveTraining {

    private static final String LIBRARY = "library.bib";
    private static final List<List<String>> RUNS = List.of(
            List.of("--version"), List.of("--help"), List.of("exprot"), List.of("export", "--help"),
            List.of("export"), List.of("export", "--style", "apa"), List.of("export", "--style", "ieee", "--flat"),
            List.of("export", "--format", "latex", "--standalone"), List.of("export", "--format", "html"),
            List.of("export", "--format", "text"), List.of("export", "--format", "json"),
            List.of("export", "--format", "csl-json"), List.of("export", "--format", "bibtex"),
            List.of("list"), List.of("list", "--json"), List.of("list", "--keys"), List.of("check"),
            List.of("search", "author:belkin"), List.of("search", "year:2020.. kernel", "--format", "markdown"),
            List.of("coauthors"), List.of("venues"), List.of("export", "--query", "venue:icml"),
            List.of("tag", "zhu2024catapults", "Spotlight", "--dry-run"),
            List.of("select", "zhu2024catapults", "--dry-run"), List.of("status", "zhu2024catapults", "accepted",
                    "--dry-run"), List.of("edit", "zhu2024catapults", "--set", "note=x", "--dry-run"));

    private ArchiveTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Files.createTempDirectory("bibfolio-training");
        try (InputStream library = ArchiveTraining.class.getResourceAsStream(LIBRARY)) {
            Files.copy(library, folder.resolve("library.bib"));
            CliContext context = new CliContext(folder, Map.of());
            PrintWriter discard = new PrintWriter(Writer.nullWriter());
            for (List<String> run : RUNS) {
                String[] words = run.toArray(String[]::new);
                CommandLine commandLine = Main.commandLine(context, words);
                commandLine.setOut(discard);
                commandLine.setErr(discard);
                commandLine.execute(words);
            }
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        // Index builds leave pool threads behind; the archive is written when the JVM exits.
        System.exit(0);
    }
}
