package org.bibfolio.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What commands take from their surroundings, passed in so tests can run commands in-process in a temp folder:
 * the working directory, the environment, standard input, and whether a person sits at a terminal (so
 * {@code bibfolio add} may prompt instead of reading a snippet from stdin).
 */
public record CliContext(Path workingDirectory, Map<String, String> environment, InputStream stdin,
                         boolean interactive) {

    public CliContext {
        environment = Map.copyOf(environment);
    }

    /** A context without input: stdin is empty and nobody answers prompts. */
    public CliContext(Path workingDirectory, Map<String, String> environment) {
        this(workingDirectory, environment, InputStream.nullInputStream(), false);
    }

    public static CliContext ofProcess() {
        return new CliContext(Path.of("").toAbsolutePath(), System.getenv(), System.in, System.console() != null);
    }

    public Optional<String> env(String name) {
        return Optional.ofNullable(environment.get(name)).filter(v -> !v.isBlank());
    }

    public Path resolve(String path) {
        return workingDirectory.resolve(path);
    }
}
