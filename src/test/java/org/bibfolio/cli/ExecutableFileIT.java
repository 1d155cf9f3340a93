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
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(f -> f.toString().endsWith(".jsa")).sorted().toList();
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
