package org.bibfolio.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bibfolio.testing.CliRun;
import org.bibfolio.testing.Fixtures;
import org.bibfolio.testing.Processes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One small fixture per behaviour of the lists (fixtures/lists/, described in fixtures/README.md). */
class ListFixturesTest {

    @TempDir
    Path folder;

    private String export(String fixture, String... args) {
        List<String> all = new ArrayList<>(List.of("export", "-l",
                Fixtures.projectDir().resolve("src/test/resources/fixtures/lists").resolve(fixture).toString()));
        all.addAll(List.of(args));
        CliRun run = CliRun.in(folder, all.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return run.out();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "ieee | A. One, … **A. Ortiz**, *et al.*, “Ninth of twelve,” *J*, 2024.",
        "ieee | A. One, … **A. Ortiz**, “Last of twelve,” *J*, 2023.",
        "ieee | A. A01, … **A. Ortiz**, *et al.*, “Twentieth of twenty-five,” *J*, 2021.",
        "ieee | **A. Ortiz**, B. Two, *et al.*, “And others,” *J*, 2020.",
        "nature | One, A., … **Ortiz, A.**, *et al.* Ninth of twelve. *J* (2024).",
        "vancouver | One A, Two B, Three C, Four D, Five E, Six F, … **Ortiz A**, et al. Ninth of twelve. J. 2024;",
        "acm-sig-proceedings | One, A., **Ortiz, A.**, et al. 2022. Second of three. *J*. (2022).",
        "modern-language-association | One, A., **Ana Ortiz**, et al. “Second of Three.” *J*, 2022.",
        "modern-language-association | One, A., … **Ana Ortiz**. “Last of Twelve.” *J*, 2023.",
        "apa | A15, A., A16, A., A17, A., A18, A., A19, A., **Ortiz, A.**, … A25, A. (2021). Twentieth of twenty-five. *J*.",
        "cv-compact | One, A., Two, B., Three, C., … **Ortiz, A.**, et al. — Ninth of Twelve. J 2024."})
    void etAlNeverHidesTheOwner(String style, String expected) {
        String out = export("etal.bib", "--style", style, "--flat");
        assertTrue(out.lines().anyMatch(line -> line.endsWith(expected)), out);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cv", "cv-compact", "apa", "ieee", "nature", "vancouver", "modern-language-association",
        "acm-sig-proceedings", "chicago-author-date"})
    void workUnderReviewSaysSoOnceInEveryStyleWhateverItsEntryTypeAndBeforeItsLinks(String style) {
        String out = export("status.bib", "--style", style, "--format", "text");
        Pattern status = Pattern.compile("(?i)\\b(submitted|accepted|to appear|under review)\\b");
        for (String title : List.of("Mirror Descent Revisited", "Restarting Helps", "Learning-Rate Ladders")) {
            String line = out.lines().filter(l -> l.toLowerCase().contains(title.toLowerCase())).findFirst()
                    .orElseThrow(() -> new AssertionError(style + " lacks " + title + ":\n" + out));
            Matcher said = status.matcher(line);
            assertTrue(said.find(), style + ": " + line);
            int at = said.start();
            assertFalse(said.find(), style + " says it twice: " + line);
            Matcher link = Pattern.compile("(?i)https?://|doi:").matcher(line);
            assertTrue(!link.find() || at < link.start(), style + ": the status belongs before the links: " + line);
            assertFalse(line.contains(" In SIAM") || line.contains(" In Mathematical"), style + ": " + line);
        }
        String published = out.lines().filter(l -> l.toLowerCase().contains("kernel ridge")).findFirst().orElseThrow();
        assertFalse(published.matches("(?i).*\\b(submitted|accepted)\\b.*"), style + ": " + published);
    }

    @Test
    void aPublishedMiscAndAnAcceptedUnpublishedLandInTheirVenuesLists() {
        String out = export("status.bib", "--format", "text");
        assertEquals("""
                Conference proceedings

                A. Ortiz (2026). Learning-Rate Ladders. To appear in ICLR.

                Journal publications

                A. Ortiz (2023). Kernel Ridge Regression. Journal of Machine Learning Research.

                Preprints/Articles in Review

                A. Ortiz (2025). Mirror Descent Revisited. Submitted to SIAM Journal on Optimization.
                A. Ortiz (2025). Restarting Helps. Submitted to Mathematical Programming.
                """, out);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "cv | **王小明**, 田中花子, 김민준, & H. Tanaka (2022).",
        "apa | **王小明**, 田中花子, 김민준, & Tanaka, H. (2022).",
        "ieee | **王小明**, 田中花子, 김민준, and H. Tanaka, “Names in every script,”",
        "nature | **王小明**, 田中花子, 김민준 & Tanaka, H. Names in every script."})
    void familyFirstScriptsKeepTheirOrderAndAreNotInitialled(String style, String expected) {
        assertTrue(export("scripts.bib", "--style", style, "--flat").contains(expected));
    }

    @Test
    void apaSentenceCasesTheBookOfAChapterButNotProceedings() {
        String out = export("scripts.bib", "--style", "apa", "--flat");
        assertTrue(out.contains("In G. B. Orr (Ed.), *Neural networks: Tricks of the trade* (pp. 1–10). Springer."),
                out);
        assertTrue(out.contains("*Proceedings of the International Conference on Machine Learning*"), out);
    }

    @Test
    void aGlobalCountNumbersEachPaperOnceAndSelectedRefersToIt() {
        List<String> html = export("numbering.bib", "--style", "cv-numbered", "--format", "html").lines()
                .filter(line -> line.startsWith("<ol") || line.startsWith("<li class") || line.contains("bf-label"))
                .map(line -> line.replaceAll(" data-(year|venue|authors)=\"[^\"]*\"", "")
                        .replaceAll("</span>.*", "</span>"))
                .toList();
        assertEquals(List.of(
                "<ol class=\"bf-list\" start=\"5\" reversed>",
                "<li class=\"bf-paper\" data-key=\"c2024\">", "<p class=\"bf-cite\"><span class=\"bf-label\">[5]</span>",
                "<li class=\"bf-paper\" data-key=\"j2019\" value=\"1\">",
                "<p class=\"bf-cite\"><span class=\"bf-label\">[1]</span>",
                "<ol class=\"bf-list\" start=\"5\" reversed>",
                "<li class=\"bf-paper\" data-key=\"c2024\">", "<p class=\"bf-cite\"><span class=\"bf-label\">[5]</span>",
                "<li class=\"bf-paper\" data-key=\"c2022\">", "<p class=\"bf-cite\"><span class=\"bf-label\">[4]</span>",
                "<li class=\"bf-paper\" data-key=\"c2020\">", "<p class=\"bf-cite\"><span class=\"bf-label\">[3]</span>",
                "<ol class=\"bf-list\" start=\"2\" reversed>",
                "<li class=\"bf-paper\" data-key=\"j2023\">", "<p class=\"bf-cite\"><span class=\"bf-label\">[2]</span>",
                "<li class=\"bf-paper\" data-key=\"j2019\">", "<p class=\"bf-cite\"><span class=\"bf-label\">[1]</span>"),
                html);
        assertEquals("""
                \\[5\\] **A. Ortiz** (2024). *Conference 2024*. C.

                \\[4\\] **A. Ortiz** (2023). *Journal 2023*. *J*.

                \\[3\\] **A. Ortiz** (2022). *Conference 2022*. C.

                \\[2\\] **A. Ortiz** (2020). *Conference 2020*. C.

                \\[1\\] **A. Ortiz** (2019). *Journal 2019*. *J*.
                """, export("numbering.bib", "--style", "cv-numbered", "--flat"), "--flat numbers in the order shown");
    }

    @Test
    void numericStylesNumberEachListInItsOwnLabelForm() {
        assertEquals("""
                1\\. **Ortiz A.** Conference 2024. In: C. 2024.

                2\\. **Ortiz A.** Conference 2022. In: C. 2022.

                3\\. **Ortiz A.** Conference 2020. In: C. 2020.
                """, export("numbering.bib", "--style", "vancouver", "--section", "conference"));
        String html = export("numbering.bib", "--style", "ieee", "--format", "html", "--section", "journal");
        assertTrue(html.contains("<ol class=\"bf-list\">\n"), html);
        assertTrue(html.contains("<span class=\"bf-label\">[1]</span> <strong>A.&nbsp;Ortiz</strong>, “Journal 2023,”"),
                html);
    }

    /** Descending lists, a Selected list whose numbers skip, and the "7." form: compiled and read back from the PDF. */
    @Test
    void numberedLatexListsCompileAndShowTheirLabelsInOrder() throws Exception {
        Processes.require("pdflatex");
        Processes.require("pdftotext");
        for (String style : List.of("cv-numbered", "vancouver")) {
            Files.writeString(folder.resolve(style + ".tex"),
                    export("numbering.bib", "--style", style, "--format", "latex", "--standalone"),
                    StandardCharsets.UTF_8);
            Processes.Result compiled = Processes.run(folder, "pdflatex", "-interaction=nonstopmode",
                    "-halt-on-error", style + ".tex");
            assertEquals(0, compiled.exitCode(), compiled.output());
            assertEquals(0, Processes.run(folder, "pdftotext", style + ".pdf", style + ".txt").exitCode());
        }
        List<String> numbered = labels(Files.readString(folder.resolve("cv-numbered.txt"), StandardCharsets.UTF_8));
        assertEquals(List.of("[5]", "[1]", "[5]", "[4]", "[3]", "[2]", "[1]"), numbered);
        List<String> vancouver = labels(Files.readString(folder.resolve("vancouver.txt"), StandardCharsets.UTF_8));
        assertEquals(List.of("1.", "2.", "1.", "2.", "3.", "1.", "2."), vancouver);
    }

    private static List<String> labels(String pdfText) {
        return pdfText.lines().map(String::strip).filter(l -> l.matches("(\\[\\d+\\]|\\d+\\.) .*"))
                .map(l -> l.substring(0, l.indexOf(' '))).toList();
    }
}
