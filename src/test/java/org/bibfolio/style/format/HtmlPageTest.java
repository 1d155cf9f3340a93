package org.bibfolio.style.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bibfolio.testing.CliRun;
import org.bibfolio.testing.Fixtures;
import org.bibfolio.testing.Golden;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page's markup for a stranger's library, without a browser: the fragment as a golden file, and what the
 * standalone page must and must not hold. What the page does in a browser is PageBrowserTest's.
 */
class HtmlPageTest {

    @TempDir
    Path folder;

    @BeforeEach
    void copyLibrary() throws Exception {
        Files.copy(Fixtures.projectDir().resolve("src/test/resources/fixtures/page/library.bib"),
                folder.resolve("library.bib"));
    }

    private String export(String... args) {
        return CliRun.output(folder, Stream.concat(Stream.of("export", "--format", "html"), Stream.of(args))
                .toArray(String[]::new));
    }

    @Test
    void theFragmentGroupedByYearMatchesItsGoldenFile() throws Exception {
        Golden.assertMatches("page/stranger-grouped.html", export("--group", "year"));
    }

    @Test
    void theStandalonePageFetchesNothingAndSaysWhoItIsAbout() {
        String page = export("--standalone");
        assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), page.substring(0, 40));
        assertTrue(page.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"));
        assertTrue(page.contains("<title>Marta Wiśniewska-Okafor – Publications</title>"));
        assertTrue(page.contains("<h1>Marta Wiśniewska-Okafor</h1>\n<p class=\"bf-affiliation\">Institute of "
                + "Computational Biology, Uniwersytet Warszawski</p>"));
        for (String profile : List.of("<a href=\"https://example.org/~marta/\">Homepage</a>",
                "<a href=\"mailto:marta@example.org\">Email</a>",
                "<a href=\"https://orcid.org/0000-0002-1825-0097\">ORCID</a>",
                "<a href=\"https://scholar.google.com/citations?user=AbCdEfGhIjK\">Google Scholar</a>",
                "<a href=\"https://github.com/mwisniewska\">GitHub</a>")) {
            assertTrue(page.contains(profile), profile);
        }
        // nothing that would load: no <link>, no src=, no url() or @import in the inlined stylesheets
        assertFalse(Pattern.compile("<link\\b|\\ssrc=|url\\(|@import", Pattern.CASE_INSENSITIVE).matcher(page)
                .find(), "the page fetches nothing");
        assertTrue(page.contains("prefers-color-scheme: dark") && page.contains("@media print"));
    }

    @Test
    void everyLinkFieldBecomesAButtonAndTheUrlIsNotRepeated() {
        String page = export();
        String folding = paper(page, "okafor2024foldingnets");
        assertEquals(List.of("PDF", "arXiv", "Code", "Slides", "Video", "Poster"), buttons(folding));
        assertTrue(folding.contains("href=\"papers/foldingnets-poster.pdf\""), "a relative link stays relative");
        assertEquals(List.of("DOI"), buttons(paper(page, "wisniewska2023kinetics")),
                "its url is the DOI's own address");
        assertEquals(List.of("Supplement", "Paper"), buttons(paper(page, "wisniewska2020knn")));
        assertEquals(List.of("DOI", "Blog"), buttons(paper(page, "chen2024ligands")));
        assertEquals(List.of("Video", "Website"), buttons(paper(page, "okafor2024demo")), "its url is its website");
    }

    @Test
    void aVenueBadgeOnlyWhereThePaperAppearedAndTagBadgesAlways() {
        String page = export("--standalone");
        assertTrue(paper(page, "okafor2024foldingnets").contains("<div class=\"bf-badges\"><abbr class=\"bf-venue\""
                + " title=\"Advances in Neural Information Processing Systems\">NeurIPS</abbr> <span class=\"bf-tag"
                + " tag\">Spotlight</span></div>"));
        assertTrue(paper(page, "okafor2025benchmarks").contains("<div class=\"bf-badges\"></div>"),
                "submitted to JMLR is no JMLR badge");
        assertTrue(paper(page, "okafor2024demo").contains(">Best Demo</span>"), "a tag of the settings block");
    }

    /** The {@code <li>} of the first paper with this key. */
    private static String paper(String page, String key) {
        int start = page.indexOf("<li class=\"bf-paper\" data-key=\"" + key + "\"");
        assertTrue(start >= 0, key);
        return page.substring(start, page.indexOf("</li>", start));
    }

    private static List<String> buttons(String paper) {
        List<String> labels = new ArrayList<>();
        Matcher matcher = Pattern.compile("<a class=\"bf-button\"[^>]*>([^<]+)</a>").matcher(paper);
        while (matcher.find()) {
            labels.add(matcher.group(1));
        }
        return labels;
    }
}
