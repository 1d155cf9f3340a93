package org.bibfolio.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bibfolio.testing.CliRun;
import org.bibfolio.testing.Fixtures;
import org.bibfolio.testing.Golden;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The house style reproduces the four publication lists of the seed CV from the bundled library.bib. Links are
 * compared by their text, since the seed's targets are '#' placeholders. Where the seed's order disagrees with
 * the dates (its Journal list puts 2022 before 2025) the dates win, as its heading "Reverse Chronological" says.
 */
class SeedCvTest {

    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\([^)]*\\)");
    private static final Pattern YEAR = Pattern.compile("\\((\\d{4})\\)\\.");

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "selected, Selected Publications, Research Programs",
        "conference, Conference proceedings, Journal publications",
        "journal, Journal publications, Preprints/Articles in Review",
        "preprint, Preprints/Articles in Review, Technical Strengths"})
    void sectionEqualsTheSeedList(String section, String heading, String nextHeading) throws IOException {
        Fixtures.copyLibraryTo(folder);
        CliRun run = CliRun.in(folder, "export", "--section", section, "--format", "markdown");
        assertEquals(0, run.exitCode(), run.err());
        List<String> exported = withoutLinkTargets(run.out()).lines().toList();
        assertEquals(newestFirst(seedList(heading, nextHeading)), exported);
        Golden.assertMatches("cv/" + section + ".md", run.out());
    }

    private static List<String> seedList(String heading, String nextHeading) throws IOException {
        List<String> lines = Files.readAllLines(Fixtures.seedCv());
        int start = lines.indexOf(heading);
        int end = lines.indexOf(nextHeading);
        assertTrue(start >= 0 && end > start, "seed headings " + heading + " / " + nextHeading);
        return lines.subList(start + 1, end).stream().filter(line -> line.startsWith("- "))
                .map(SeedCvTest::withoutLinkTargets).toList();
    }

    /** Orders by the "(Year)." of each line, newest first, keeping the seed's order within a year. */
    private static List<String> newestFirst(List<String> lines) {
        List<String> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparing((String line) -> year(line)).reversed());
        return sorted;
    }

    private static String year(String line) {
        Matcher matcher = YEAR.matcher(line);
        assertTrue(matcher.find(), "no year in " + line);
        return matcher.group(1);
    }

    private static String withoutLinkTargets(String markdown) {
        return LINK_TARGET.matcher(markdown).replaceAll("]");
    }
}
