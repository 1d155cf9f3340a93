package org.bibfolio.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.bibfolio.bibtex.LibraryReader;
import org.bibfolio.search.LibraryIndex;
import org.bibfolio.search.QueryParser;

/**
 * The search benchmark of issue 4 (not a test; figures in docs/benchmarks.md). For each size it generates a
 * synthetic library, times {@link LibraryReader}, a full index build, in-process queries over a fixed mix, an
 * incremental update, and whole-process {@code bibfolio search} runs of the packaged jar. Run after
 * {@code mvn -DskipTests package} with:
 * <pre>java -cp target/classes:target/test-classes:$(deps) org.bibfolio.bench.SearchBench [SIZES…]</pre>
 */
public final class SearchBench {

    static final List<String> QUERIES = List.of(
            "author:belkin", "coauthor:\"M. Belkin\"", "author:\"Müller, Anna\"", "author:mueller venue:ICLR",
            "venue:ICLR year:2020..2024", "venue:\"Learning Theory\"", "tag:spotlight", "status:submitted",
            "neural kernel", "title:\"gradient descent\"", "belk*", "author:belkn~",
            "type:journal -venue:JMLR", "(venue:ICML OR venue:NeurIPS) AND author:zhang", "selected:true year:2024");
    private static final int ROUNDS = 40;
    private static final int PAGE = 20;

    private SearchBench() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = args.length == 0 ? List.of(10_000, 100_000)
                : java.util.Arrays.stream(args).map(Integer::valueOf).toList();
        Path jar = Path.of("target/bibfolio.jar").toAbsolutePath();
        for (int size : sizes) {
            Path folder = Files.createTempDirectory("bibfolio-bench");
            Path library = folder.resolve("library.bib");
            SyntheticLibrary.write(library, size, 42);
            System.out.printf(Locale.ROOT, "== %,d entries, %.1f MB%n", size, Files.size(library) / 1e6);
            long start = System.nanoTime();
            LibraryReader.read(library);
            System.out.printf(Locale.ROOT, "LibraryReader.read (cold JVM):  %6.0f ms%n", millis(start));
            for (int build = 1; build <= 2; build++) {
                start = System.nanoTime();
                LibraryIndex.open(library, "library.bib", true).close();
                double ms = millis(start);
                System.out.printf(Locale.ROOT, "index build %d:                 %6.0f ms = %,.0f entries/s%n", build,
                        ms, size / ms * 1000);
            }
            queries(library);
            Files.writeString(library, "\n@misc{bench-new, author = {Belkin, Mikhail}, title = {New}, year = {2025}}\n",
                    StandardOpenOption.APPEND);
            start = System.nanoTime();
            try (LibraryIndex index = LibraryIndex.open(library, "library.bib", false)) {
                System.out.printf(Locale.ROOT, "incremental update (%s):   %6.0f ms%n", index.status(), millis(start));
            }
            if (Files.exists(jar)) {
                wholeProcess(jar, library);
            }
        }
    }

    private static void queries(Path library) throws Exception {
        List<Double> samples = new ArrayList<>();
        try (LibraryIndex index = LibraryIndex.open(library, "library.bib", false)) {
            for (int round = 0; round < ROUNDS + 10; round++) {
                for (String query : QUERIES) {
                    long start = System.nanoTime();
                    index.search(QueryParser.parse(query), LibraryIndex.Order.YEAR, PAGE);
                    if (round >= 10) {
                        samples.add(millis(start));
                    }
                }
            }
            long start = System.nanoTime();
            int all = index.search(QueryParser.parse("author:belkin"), LibraryIndex.Order.YEAR, 0).size();
            System.out.printf(Locale.ROOT, "all %,d hits of author:belkin:  %6.1f ms%n", all, millis(start));
        }
        Collections.sort(samples);
        System.out.printf(Locale.ROOT, "in-process query (top %d, %d samples): median %.2f ms, p99 %.2f ms, max %.2f ms%n",
                PAGE, samples.size(), samples.get(samples.size() / 2), samples.get((int) (samples.size() * 0.99)),
                samples.get(samples.size() - 1));
    }

    private static void wholeProcess(Path jar, Path library) throws IOException, InterruptedException {
        List<String> command = List.of("java", "-XX:+UseSerialGC", "-jar", jar.toString(), "search",
                "author:belkin venue:ICLR", "--library", library.toString(), "--limit", "20");
        System.out.printf(Locale.ROOT, "whole process, index fresh:     %s%n", runs(command, 7));
        List<String> tiered = new ArrayList<>(command);
        tiered.add(1, "-XX:TieredStopAtLevel=1");
        System.out.printf(Locale.ROOT, "  ... as ./bibfolio runs it (C1): %s%n", runs(tiered, 7));
    }

    private static String runs(List<String> command, int count) throws IOException, InterruptedException {
        List<Double> samples = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            int code = process.waitFor();
            samples.add(millis(start));
            if (code != 0) {
                throw new IllegalStateException("bibfolio search exited " + code);
            }
        }
        Collections.sort(samples);
        return String.format(Locale.ROOT, "median %.0f ms, min %.0f ms, max %.0f ms (%d runs)",
                samples.get(samples.size() / 2), samples.get(0), samples.get(samples.size() - 1), count);
    }

    private static double millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }
}
