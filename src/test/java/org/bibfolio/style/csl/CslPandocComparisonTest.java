package org.bibfolio.style.csl;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bibfolio.testing.Fixtures;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * bibfolio against an independent CSL processor: pandoc's citeproc renders the same library in the same style,
 * and at least 95% of the entries must come out identical. Remaining differences are explained in
 * docs/csl-differences.md. Skipped where pandoc is not installed (CI installs it).
 */
class CslPandocComparisonTest {

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
        "apa, library.bib", "ieee, library.bib", "chicago-author-date, library.bib", "nature, library.bib",
        "apa, varied.bib", "ieee, varied.bib", "chicago-author-date, varied.bib", "nature, varied.bib"})
    void mostEntriesMatchPandoc(String style, String library, @TempDir Path work) throws Exception {
        assumeTrue(PandocComparison.pandocAvailable(), "pandoc is not installed");
        Path bib = library.equals("library.bib") ? Fixtures.bundledLibrary()
                : Fixtures.projectDir().resolve("src/test/resources/fixtures/csl").resolve(library);
        PandocComparison result = PandocComparison.run(style, bib, work);
        List<String> report = new ArrayList<>();
        report.add(String.format("%s on %s: %d of %d identical (%.1f%%)", style, library, result.identical().size(),
                result.ours().size(), 100 * result.ratio()));
        result.onlyOurs().forEach(e -> report.add("  bibfolio: " + e));
        result.onlyPandoc().forEach(e -> report.add("  pandoc:   " + e));
        System.out.println(String.join("\n", report));
        assertTrue(result.ratio() >= 0.95, String.join("\n", report));
    }
}
