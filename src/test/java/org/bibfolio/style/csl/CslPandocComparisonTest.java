package org.bibfolio.style.csl;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bibfolio.testing.Fixtures;
import org.bibfolio.testing.Processes;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * bibfolio against an independent CSL processor: pandoc's citeproc renders the same library in the same style,
 * and the share of identical entries is printed and held above a floor. Every remaining difference is explained in
 * docs/csl-differences.md. Skipped where pandoc is not installed (CI installs it).
 */
class CslPandocComparisonTest {

    /**
     * The target, 95% per style and library, which all four styles meet. APA's one remaining difference on
     * the varied fixture (the label of a non-numeric report number, a citeproc-java defect) is explained in
     * docs/csl-differences.md.
     */
    private static final Map<String, Double> FLOOR = Map.of("apa", 0.95, "ieee", 0.95,
            "chicago-author-date", 0.95, "nature", 0.95);

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
        "apa, library.bib", "ieee, library.bib", "chicago-author-date, library.bib", "nature, library.bib",
        "apa, varied.bib", "ieee, varied.bib", "chicago-author-date, varied.bib", "nature, varied.bib"})
    void mostEntriesMatchPandoc(String style, String library, @TempDir Path work) throws Exception {
        Processes.requireThat(PandocComparison.pandocAvailable(), "pandoc is not installed");
        Path bib = library.equals("library.bib") ? Fixtures.bundledLibrary()
                : Fixtures.projectDir().resolve("src/test/resources/fixtures/csl").resolve(library);
        PandocComparison raw = PandocComparison.run(style, bib, work);
        PandocComparison result = raw.normalized();
        List<String> report = new ArrayList<>();
        report.add(String.format("%s on %s: %d of %d identical (%.1f%%; %.1f%% before undoing pandoc's own errors)",
                style, library, result.identical().size(), result.ours().size(), 100 * result.ratio(),
                100 * raw.ratio()));
        result.onlyOurs().forEach(e -> report.add("  bibfolio: " + e));
        result.onlyPandoc().forEach(e -> report.add("  pandoc:   " + e));
        System.out.println(String.join("\n", report));
        assertTrue(result.ratio() >= FLOOR.get(style), String.join("\n", report));
    }
}
