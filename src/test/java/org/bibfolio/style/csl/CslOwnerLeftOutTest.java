package org.bibfolio.style.csl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bibfolio.testing.CliRun;
import org.bibfolio.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A CSL style whose rule for a type prints none of the entry's names leaves the owner out of her own paper: ACM's
 * web pages start with the title, Nature prints an edited book's editors nowhere. Our mapping is right in both (an
 * {@code @online} is CSL's webpage, an edited {@code @book} a book with editors, as pandoc maps them), so export
 * says so on stderr, once per entry, naming the key and the style.
 */
class CslOwnerLeftOutTest {

    @TempDir
    Path folder;

    @BeforeEach
    void library() throws Exception {
        Files.copy(Fixtures.projectDir().resolve("src/test/resources/fixtures/csl/owner-left-out.bib"),
                folder.resolve("library.bib"));
    }

    @Test
    void acmLeavesTheAuthorsOfAWebPageOutAndSaysSoOnce() {
        // the CV lists the post twice (Selected, and its own list): one warning
        CliRun run = CliRun.in(folder, "export", "--style", "acm", "--format", "text");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("bibfolio: warning: kowalczyk2021sampler (@online, CSL type webpage): style "
                + "'acm-sig-proceedings' leaves the owner's name out of this entry by its own rule for the type, so "
                + "the CV entry does not name you; another style shows it"), owned(run));
        assertTrue(run.out().contains("Why our Gibbs sampler mixes slowly"), run.out());
    }

    @Test
    void natureLeavesTheEditorsOfAnEditedVolumeOut() {
        CliRun run = CliRun.in(folder, "export", "--style", "nature", "--flat", "--format", "text");
        assertEquals(0, run.exitCode(), run.err());
        List<String> warnings = owned(run);
        assertEquals(1, warnings.size(), run.err());
        assertTrue(warnings.get(0).startsWith("bibfolio: warning: kowalczyk2020volume (@book, CSL type book): style "
                + "'nature' leaves the owner's name out"), warnings.get(0));
        assertTrue(run.out().contains("Advances in Stochastic Sampling"), run.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"apa", "ieee", "chicago-author-date"})
    void stylesThatNameTheOwnerWarnOfNothing(String style) {
        CliRun run = CliRun.in(folder, "export", "--style", style, "--flat", "--format", "text");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of(), owned(run), run.err());
        assertEquals(3, run.out().lines().filter(line -> line.contains("Kowalczyk")).count(), run.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"csl-json", "bibtex"})
    void dataFormatsShowNoRenderingAndSoWarnOfNothing(String format) {
        CliRun run = CliRun.in(folder, "export", "--style", "acm", "--format", format);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of(), owned(run), run.err());
    }

    @Test
    void aHouseStyleNeverLeavesTheOwnerOut() {
        CliRun run = CliRun.in(folder, "export", "--flat", "--format", "text");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of(), owned(run), run.err());
    }

    private static List<String> owned(CliRun run) {
        return run.err().lines().filter(line -> line.contains("owner's name out")).toList();
    }
}
