package org.bibfolio.reliability;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.bibfolio.testing.Fixtures;

/**
 * Runs {@code ./bibfolio}, the launcher users run, as a separate process in a clean environment (PATH, HOME and a
 * private cache folder, no locale unless a test gives one): what a script or a second terminal does.
 */
final class Launcher {

    static final Path SCRIPT = Fixtures.projectDir().resolve("bibfolio");
    private static final long TIMEOUT_SECONDS = 180;

    /** A finished run. */
    record Run(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + ", stderr: " + err.strip();
        }
    }

    private final Map<String, String> environment;

    private Launcher(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** A clean environment whose index cache (when a library's folder is read-only) is {@code cache}. */
    static Launcher withCache(Path cache) {
        Map<String, String> env = new HashMap<>();
        env.put("PATH", System.getenv("PATH"));
        env.put("HOME", System.getProperty("user.home"));
        env.put("XDG_CACHE_HOME", cache.toString());
        return new Launcher(env);
    }

    Launcher with(String name, String value) {
        Map<String, String> env = new HashMap<>(environment);
        env.put(name, value);
        return new Launcher(env);
    }

    /** Runs one command to its end. */
    Run run(Path directory, String... args) throws IOException, InterruptedException {
        return start(directory, args).finish();
    }

    /**
     * Starts a writer held at a named moment of its write ({@code app.CrashPoints}), waits until it is there, and
     * kills it (SIGKILL).
     */
    void killAt(Path directory, String point, String... args) throws IOException, InterruptedException {
        Path marker = Files.createTempDirectory("bibfolio-pause-").resolve("paused");
        Started writer = with("BIBFOLIO_JAVA_OPTS", "-Dbibfolio.test.pauseAt=" + point
                + ":120000 -Dbibfolio.test.pauseMarker=" + marker).start(directory, args);
        while (!Files.exists(marker)) {
            if (!writer.process().isAlive()) {
                fail("the writer ended before " + point + ": " + writer.finish());
            }
            Thread.sleep(10);
        }
        writer.kill();
        Files.delete(marker);
        Files.delete(marker.getParent());
    }

    /** Starts a command; {@link Started#finish} collects it. Output goes to files, so many can run at once. */
    Started start(Path directory, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(SCRIPT.toString());
        command.addAll(List.of(args));
        Path logs = Files.createTempDirectory("bibfolio-run-");
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(logs.resolve("out").toFile()).redirectError(logs.resolve("err").toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        return new Started(builder.start(), logs);
    }

    /** A running command and the folder its output goes to. */
    record Started(Process process, Path logs) {

        Run finish() throws IOException, InterruptedException {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("bibfolio did not finish in " + TIMEOUT_SECONDS + " s");
            }
            Run run = new Run(process.exitValue(), Files.readString(logs.resolve("out"), StandardCharsets.UTF_8),
                    Files.readString(logs.resolve("err"), StandardCharsets.UTF_8));
            Files.delete(logs.resolve("out"));
            Files.delete(logs.resolve("err"));
            Files.delete(logs);
            return run;
        }

        /** SIGKILL, as a crash or an out-of-memory killer would end it, and wait until it is gone. */
        void kill() throws InterruptedException, IOException {
            process.destroyForcibly();
            process.waitFor(60, TimeUnit.SECONDS);
            finish();
        }
    }
}
