package org.bibfolio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.bibfolio.testing.Fixtures;
import org.bibfolio.testing.Processes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one-file install as a user gets it: {@code target/bibfolio} copied to a folder outside the repository and run
 * from another folder on a library of the user's own, with nothing on the PATH but java and the base system tools.
 * An integration test (Failsafe, after {@code package}), since the file exists only once the jar is built.
 */
class ExecutableFileIT {

    private static final String LIBRARY = """
            @comment{bibfolio:
              owner = Nowak, Anna
            }
            @inproceedings{nowak2023sparse,
              author = {Nowak, Anna and Dąbrowski, Piotr and Tanaka, Hiroshi and Smith, Jane and Lee, Min-jun
                        and Müller, Jörg and Rossi, Marco and Silva, Ana and Kim, Ji-woo and Chen, Wei
                        and Ivanova, Olga and O'Brien, Sean},
              title = {Sparse recovery with $\\ell_1$ penalties},
              booktitle = {Proceedings of the 40th International Conference on Machine Learning},
              shortbooktitle = {ICML}, year = {2023},
            }
            @misc{nowak2025preprint,
              author = {Nowak, Anna}, title = {A note on expanders}, year = {2025},
              eprint = {2501.01234}, eprinttype = {arxiv},
            }
            """;

    @TempDir
    Path temp;

    private Path bibfolio;
    private Path home;
    private Path cv;

    @BeforeEach
    void install() throws IOException {
        Path built = Fixtures.projectDir().resolve("target/bibfolio");
        assertTrue(Files.isExecutable(built), "mvn package writes target/bibfolio");
        bibfolio = Files.createDirectories(temp.resolve("bin")).resolve("bibfolio");
        Files.copy(built, bibfolio, StandardCopyOption.COPY_ATTRIBUTES);
        home = Files.createDirectories(temp.resolve("home"));
        cv = Files.createDirectories(temp.resolve("my cv"));
        Files.writeString(cv.resolve("library.bib"), LIBRARY);
    }

    /** Without a usable cache folder (here none can be made) it runs all the same, and says nothing about it. */
    @Test
    void exportsTheLibraryOfTheFolderItRunsIn() throws Exception {
        Run run = run(Map.of("XDG_CACHE_HOME", "/proc/no-cache-here"), "export");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("**A. Nowak**"), run.out());
        assertTrue(run.out().contains("Sparse recovery with"), run.out());
        assertEquals("", run.err());
    }

    /**
     * The first run trains the class-data archive into the user's cache (~/.cache, or $XDG_CACHE_HOME); the next
     * runs map bibfolio's classes from it; a new build of the file (another size or time) gets its own archive and
     * the stale one is removed.
     */
    @Test
    void makesTheClassDataArchiveOnceUsesItAndRenewsIt() throws Exception {
        assertEquals(0, run(Map.of(), "list").exitCode());
        Path cache = home.resolve(".cache/bibfolio");
        List<Path> archives = archives(cache);
        assertEquals(1, archives.size(), archives.toString());
        Path log = temp.resolve("classes.log");
        Run second = run(Map.of("BIBFOLIO_JAVA_OPTS", "-Xlog:class+load=info:file=" + log), "export");
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(Files.readAllLines(log).stream().anyMatch(line -> line.contains("org.bibfolio.cli.ExportCommand")
                && line.contains("shared objects file")), "ExportCommand was not mapped from the archive");
        assertEquals(archives, archives(cache));

        Files.setLastModifiedTime(bibfolio, java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L));
        Path xdg = temp.resolve("xdg");
        Files.move(cache, Files.createDirectories(xdg).resolve("bibfolio"));
        assertEquals(0, run(Map.of("XDG_CACHE_HOME", xdg.toString()), "--version").exitCode());
        List<Path> renewed = archives(xdg.resolve("bibfolio"));
        assertEquals(1, renewed.size(), renewed.toString());
        assertTrue(!renewed.get(0).getFileName().equals(archives.get(0).getFileName()), "not renewed: " + renewed);
    }

    /**
     * On Java 25 and later the launcher makes an AOT cache instead (trained once, with the same naming), which holds
     * the classes loaded and linked; it tells the version from the java home's release file, without a JVM. A newer
     * Java's chatter (Lucene's log lines, native-access warnings) stays off stderr.
     */
    @Test
    void makesAnAotCacheOnJava25() throws Exception {
        Path java25 = Path.of(System.getenv().getOrDefault("BIBFOLIO_JAVA25", "/usr/lib/jvm/temurin-25-jdk-amd64"));
        Processes.requireThat(Files.isExecutable(java25.resolve("bin/java")), "no Java 25 at " + java25
                + " (set BIBFOLIO_JAVA25)");
        Map<String, String> env = Map.of("JAVA_HOME", java25.toString());
        assertEquals(0, run(env, "list").exitCode());
        Path cache = home.resolve(".cache/bibfolio");
        List<Path> caches = archives(cache, ".aot");
        assertEquals(1, caches.size(), caches.toString());
        assertEquals(List.of(), archives(cache, ".jsa"));
        Path log = temp.resolve("classes.log");
        Map<String, String> logged = new java.util.HashMap<>(env);
        logged.put("BIBFOLIO_JAVA_OPTS", "-Xlog:class+load=info:file=" + log);
        Run second = run(logged, "export");
        assertEquals(0, second.exitCode(), second.err());
        assertEquals("", second.err());
        assertTrue(Files.readAllLines(log).stream().anyMatch(line -> line.contains("org.bibfolio.cli.ExportCommand")
                && line.contains("shared objects file")), "ExportCommand was not mapped from the AOT cache");
        assertEquals(caches, archives(cache, ".aot"));
        // Lucene logs through java.util.logging on Java 21+, and warns of restricted native access on Java 22+
        Run search = run(env, "search", "nowak");
        assertEquals(0, search.exitCode(), search.err());
        assertEquals("", search.err());
    }

    @Test
    void saysWhatIsMissingWithoutJava() throws Exception {
        Run run = run(Map.of("JAVA_HOME", temp.resolve("no-jdk").toString(), "XDG_CACHE_HOME", "/proc/x"), "export");
        assertEquals(127, run.exitCode());
        assertEquals("bibfolio: needs Java 17 or later: install a JRE, or set JAVA_HOME\n", run.err());
    }

    @Test
    void printsTheVersionAndCommit() throws Exception {
        Run run = run(Map.of("XDG_CACHE_HOME", "/proc/no-cache-here"), "--version");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().matches("bibfolio \\S+ \\(commit ([0-9a-f]{7,40}(-dirty)?|unknown)\\)\n"), run.out());
    }

    private static List<Path> archives(Path cache) throws IOException {
        return archives(cache, ".jsa");
    }

    private static List<Path> archives(Path cache, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private record Run(int exitCode, String out, String err) { }

    /** Runs the installed file from the library's folder; the PATH holds java's folder and the system's tools. */
    private Run run(Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(bibfolio.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(cv.toFile());
        builder.environment().clear();
        builder.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":/usr/bin:/bin");
        builder.environment().put("HOME", home.toString());
        builder.environment().putAll(environment);
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "bibfolio did not finish");
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}
