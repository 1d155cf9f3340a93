package org.bibfolio.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Paths to the repository's own files, for tests that work on copies of them. */
public final class Fixtures {

    private Fixtures() {
    }

    /** The repository root (Surefire passes it; a plain IDE run falls back to the working directory). */
    public static Path projectDir() {
        return Path.of(System.getProperty("bibfolio.projectDir", "")).toAbsolutePath();
    }

    /** The bundled library.bib. */
    public static Path bundledLibrary() {
        return projectDir().resolve("library.bib");
    }

    /** The publication lists of the seed CV that the house style reproduces, kept in the repository. */
    public static Path seedCv() {
        return projectDir().resolve("src/test/resources/seed/publications.md");
    }

    /** Copies the bundled library into {@code folder} as library.bib and returns the copy. */
    public static Path copyLibraryTo(Path folder) throws IOException {
        Path copy = folder.resolve("library.bib");
        Files.copy(bundledLibrary(), copy, StandardCopyOption.REPLACE_EXISTING);
        return copy;
    }
}
