package org.bibfolio.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs real external programs (pdflatex, pdftotext, pandoc) for tests that check claims against them. */
public final class Processes {

    private Processes() {
    }

    /** The captured result of a finished process. */
    public record Result(int exitCode, String output) { }

    /**
     * Requires {@code program} on the PATH. Locally a missing tool skips the test; in CI (CI=true), where .ci/run
     * installs it, a missing tool fails the test so it can never pass by not running.
     */
    public static void require(String program) {
        boolean present = System.getenv().getOrDefault("PATH", "").isEmpty() ? false
                : List.of(System.getenv("PATH").split(":")).stream()
                        .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
        requireThat(present, program + " is not installed");
    }

    /**
     * Requires something .ci/run installs (a program, TeX Live's files): locally its absence skips the test with
     * {@code missing} as the reason; in CI (CI=true) it fails the test, so nothing passes there by not running.
     */
    public static void requireThat(boolean present, String missing) {
        if (!present && "true".equals(System.getenv("CI"))) {
            fail(missing + "; .ci/run should have installed it");
        }
        assumeTrue(present, missing);
    }

    public static Result run(Path directory, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(String.join(" ", command) + " did not finish in 120 s");
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
