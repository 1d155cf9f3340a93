package org.bibfolio.style;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.bibfolio.testing.CliRun;
import org.bibfolio.testing.Fixtures;

/**
 * The library of a researcher bibfolio was not tuned to (fixtures/stranger/library.bib, see fixtures/README.md), and
 * the styles its goldens cover: the house styles and the CSL styles researchers ask for most.
 */
final class StrangerLibrary {

    static final List<String> HOUSE_STYLES = List.of("cv", "cv-numbered", "cv-compact");
    static final List<String> CSL_STYLES = List.of("apa", "ieee", "nature", "vancouver",
            "modern-language-association", "acm-sig-proceedings");
    /** The numeric CSL styles: each list numbered 1…n in the order shown. */
    static final List<String> NUMERIC_STYLES = List.of("ieee", "nature", "vancouver", "acm-sig-proceedings");
    static final int ENTRIES = 26;

    private StrangerLibrary() {
    }

    static List<String> styles() {
        List<String> all = new ArrayList<>(HOUSE_STYLES);
        all.addAll(CSL_STYLES);
        return all;
    }

    static Path fixture() {
        return Fixtures.projectDir().resolve("src/test/resources/fixtures/stranger/library.bib");
    }

    static void copyTo(Path folder) throws IOException {
        Files.copy(fixture(), folder.resolve("library.bib"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** {@code bibfolio export} of the library (already copied into {@code folder}); must succeed without warnings. */
    static String export(Path folder, String style, String format, String... more) {
        List<String> args = new ArrayList<>(List.of("export", "--style", style, "--format", format));
        args.addAll(List.of(more));
        CliRun run = CliRun.in(folder, args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err(), "every entry is in some list of " + style);
        return run.out();
    }

    /** The file ending of a format's golden. */
    static String extension(String format) {
        return switch (format) {
            case "markdown" -> "md";
            case "latex" -> "tex";
            default -> format;
        };
    }
}
