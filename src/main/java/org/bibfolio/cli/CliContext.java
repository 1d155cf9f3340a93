package org.bibfolio.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** What commands take from their surroundings, passed in so tests can run commands in-process in a temp folder. */
public record CliContext(Path workingDirectory, Map<String, String> environment) {

    public CliContext {
        environment = Map.copyOf(environment);
    }

    public static CliContext ofProcess() {
        return new CliContext(Path.of("").toAbsolutePath(), System.getenv());
    }

    public Optional<String> env(String name) {
        return Optional.ofNullable(environment.get(name)).filter(v -> !v.isBlank());
    }

    public Path resolve(String path) {
        return workingDirectory.resolve(path);
    }
}
