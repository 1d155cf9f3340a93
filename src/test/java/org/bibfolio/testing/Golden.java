package org.bibfolio.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Exact comparison with a golden file under src/test/resources/golden. Run with {@code -Dgolden.update=true} to
 * rewrite the files from the current output for review in git; CI never sets it.
 */
public final class Golden {

    private Golden() {
    }

    public static void assertMatches(String relativePath, String actual) throws IOException {
        Path file = Fixtures.projectDir().resolve("src/test/resources/golden").resolve(relativePath);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "golden file " + relativePath);
    }
}
