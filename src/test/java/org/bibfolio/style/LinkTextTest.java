package org.bibfolio.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.bibfolio.testing.CliRun;
import org.bibfolio.testing.Fixtures;
import org.bibfolio.testing.Processes;
import org.bibfolio.testing.TexLiveFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** QA defect 26: a link field written over several lines (Beebe's lists of URLs) is one URL on one line, in every format. */
class LinkTextTest {

    private static final Path LIBRARY = Fixtures.projectDir().resolve("src/test/resources/fixtures/text/url-lists.bib");
    private static final List<String> LINKS = List.of("ftp://uiarchive.cso.uiuc.edu/pub/etext/gutenberg/",
            "https://www.usenix.org/publications/login/august-2010-volume-35-number-4/dont-take-latex-files-strangers");

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"text", "markdown", "html", "latex", "csl-json"})
    void aListOfUrlsIsItsFirstAndAWrappedUrlIsWhole(String format) {
        CliRun run = CliRun.in(folder, "export", "-l", LIBRARY.toString(), "--style", "apa", "--format", format,
                "--flat");
        assertEquals(0, run.exitCode(), run.err());
        // the page also shows each entry's BibTeX as written: only what the style rendered counts
        String out = run.out().replace("/\\allowbreak{}", "/")
                .replaceAll("(?s)<details class=\"bf-bibtex\">.*?</details>", "");
        for (String link : LINKS) {
            assertTrue(out.contains(link), format + " lacks " + link + ":\n" + out);
        }
        assertFalse(out.contains("loc.gov") || out.contains("gutenberg/;"), out);
        if (format.equals("text")) {
            assertEquals(2, out.lines().filter(line -> !line.isBlank()).count(), out);
        }
    }

    @Test
    void theHousePageLinksTheCodeAsOneUrl() {
        CliRun run = CliRun.in(folder, "export", "-l", LIBRARY.toString(), "--format", "html");
        assertTrue(run.out().contains("href=\"https://github.com/okafor/latex-strangers\""), run.out());
    }

    /** texbook3.bib in APA: one line per entry (a URL list once added 15 lines of URLs). */
    @Test
    void beebesTexbook3PrintsOneLinePerEntry() throws Exception {
        Path texbook3 = TexLiveFiles.BEEBE.resolve("texbook3.bib");
        Processes.requireThat(Files.exists(texbook3), "TeX Live's texbook3.bib is not installed");
        CliRun run = CliRun.in(folder, "export", "-l", texbook3.toString(), "--style", "apa", "--format", "text",
                "--flat");
        assertEquals(0, run.exitCode(), run.err());
        Pattern spaceInUrl = Pattern.compile("(https?|ftp)://\\S*;\\s");
        assertTrue(run.out().lines().noneMatch(line -> line.startsWith(" ")), run.out());
        assertFalse(spaceInUrl.matcher(run.out()).find(), run.out());
    }
}
