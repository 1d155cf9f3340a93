package org.bibfolio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.bibfolio.testing.CliRun;
import org.bibfolio.testing.Fixtures;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden edit cases of {@code fixtures/bibtex/edit/<case>/}: {@code before.bib} as library.bib, the command in
 * {@code args} (one argument per line), and {@code after.bib}, the library byte for byte afterwards.
 * {@code -Dgolden.update=true} rewrites after.bib for review.
 */
class EditFixturesTest {

    private static final Path CASES = Fixtures.projectDir().resolve("src/test/resources/fixtures/bibtex/edit");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> list = Files.list(CASES)) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void editGivesTheGoldenFile(String name, @TempDir Path dir) throws IOException {
        Path folder = CASES.resolve(name);
        Files.copy(folder.resolve("before.bib"), dir.resolve("library.bib"));
        List<String> args = Files.readAllLines(folder.resolve("args"), StandardCharsets.UTF_8);
        CliRun run = CliRun.in(dir, args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        byte[] after = Files.readAllBytes(dir.resolve("library.bib"));
        if (Boolean.getBoolean("golden.update")) {
            Files.write(folder.resolve("after.bib"), after);
        }
        assertEquals(Files.readString(folder.resolve("after.bib"), StandardCharsets.ISO_8859_1),
                new String(after, StandardCharsets.ISO_8859_1), name + ": " + run.out());
    }
}
