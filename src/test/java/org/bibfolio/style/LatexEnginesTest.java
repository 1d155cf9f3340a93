package org.bibfolio.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.stream.Stream;
import org.bibfolio.testing.CliRun;
import org.bibfolio.testing.Fixtures;
import org.bibfolio.testing.LatexCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every LaTeX output compiles with the engine its first line names, and the PDF holds the text: the golden files
 * (whoever adds them) and the script fixtures under fixtures/text, in a house style and a CSL style.
 */
class LatexEnginesTest {

    @TempDir
    Path folder;

    static Stream<Path> goldenLatexFiles() throws IOException {
        try (Stream<Path> files = Files.walk(Fixtures.projectDir().resolve("src/test/resources/golden"))) {
            return files.filter(file -> file.toString().endsWith(".tex")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenLatexFiles")
    void everyGoldenLatexFileCompilesWithTheEngineItNames(Path golden) throws Exception {
        String latex = Files.readString(golden, StandardCharsets.UTF_8);
        String pdf = comparable(LatexCompiler.compile(folder, "golden", latex));
        for (String heading : latex.lines().filter(l -> l.startsWith("\\section*{")).toList()) {
            String text = heading.substring("\\section*{".length(), heading.length() - 1);
            assertTrue(pdf.contains(comparable(text)), "the PDF of " + golden + " lacks the heading " + text);
        }
    }

    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of("math.bib", "pdflatex", List.of("O(1/t)", "Mirror Descent Converges", "Samples")),
                Arguments.of("preamble.bib", "pdflatex", List.of("Space-Efficient", "PAC Framework Revisited")),
                Arguments.of("polish.bib", "pdflatex", List.of("Łódź Meets Brno", "Wójcik", "Żółkiewska", "Dvořák")),
                Arguments.of("scripts.bib", "lualatex",
                        List.of("田中", "王", "김", "Иванов", "Παπαδόπουλος", "Смирнова", "Emoji")),
                Arguments.of("vietnamese.bib", "lualatex", List.of("Nguyễn", "Trần", "Học máy")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("fixtures")
    void autoPicksTheLightestEngineThatSetsTheTextAndItCompiles(String fixture, String engine, List<String> shown)
            throws Exception {
        Path library = Fixtures.projectDir().resolve("src/test/resources/fixtures/text").resolve(fixture);
        for (String style : List.of("cv", "apa")) {
            for (boolean standalone : List.of(true, false)) {
                CliRun run = standalone
                        ? CliRun.in(folder, "export", "-l", library.toString(), "--style", style, "--format", "latex",
                                "--standalone")
                        : CliRun.in(folder, "export", "-l", library.toString(), "--style", style, "--format", "latex");
                assertEquals(0, run.exitCode(), run.err());
                assertEquals(engine, LatexCompiler.engine(run.out()), style + " " + fixture);
                String pdf = comparable(LatexCompiler.compile(folder, style + (standalone ? "-doc" : "-fragment"),
                        run.out()));
                for (String text : shown) {
                    assertTrue(pdf.contains(comparable(text)), style + ": the PDF of " + fixture + " lacks " + text);
                }
            }
        }
    }

    @Test
    void xelatexSetsEveryScriptButEmoji() throws Exception {
        Path library = Fixtures.projectDir().resolve("src/test/resources/fixtures/text/scripts.bib");
        CliRun run = CliRun.in(folder, "export", "-l", library.toString(), "--format", "latex", "--standalone",
                "--engine", "xelatex");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("\\bibfoliocjk{田中花子}"), run.out());
        String pdf = comparable(LatexCompiler.compile(folder, "xe", run.out()));
        for (String text : List.of("田中", "김", "Иванов", "Παπαδόπουλος")) {
            assertTrue(pdf.contains(comparable(text)), "xelatex PDF lacks " + text);
        }
    }

    /**
     * QA defects 1 and 2: after a CJK title XeLaTeX kept the CJK font (Polish letters and the en dash lost), and
     * Arabic was empty boxes on every engine. No character may be missing from its font, and right-to-left text
     * reads in its own order.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"auto", "lualatex", "xelatex"})
    void cjkArabicAndHebrewRunsEachGetAFontAndTheTextAfterThemItsOwn(String engine) throws Exception {
        Path library = Fixtures.projectDir().resolve("src/test/resources/fixtures/text/rtl-and-cjk.bib");
        CliRun run = CliRun.in(folder, "export", "-l", library.toString(), "--format", "latex", "--standalone",
                "--engine", engine);
        assertEquals(0, run.exitCode(), run.err());
        String pdf = comparable(LatexCompiler.compile(folder, engine, run.out()));
        String log = Files.readString(folder.resolve(engine + ".log"), StandardCharsets.UTF_8);
        assertEquals(List.of(), log.lines().filter(line -> line.startsWith("Missing character")).toList());
        for (String text : List.of("ポーランドの聖像画と日本の仏画", "美術史", "波兰战后宗教艺术中的记忆", "pp. 45–78", "Pamięć i obraz",
                "الفن الديني في بولندا بعد الحرب", "مجلة تاريخ الفن", "אמנות דתית בפולין", "כהן")) {
            assertTrue(pdf.contains(comparable(text)), engine + ": the PDF lacks " + text + ":\n" + pdf);
        }
    }

    @Test
    void lualatexOnRequestSetsLatinTextToo() throws Exception {
        Path library = Fixtures.projectDir().resolve("src/test/resources/fixtures/text/polish.bib");
        CliRun run = CliRun.in(folder, "export", "-l", library.toString(), "--format", "latex", "--standalone",
                "--engine", "lualatex");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(comparable(LatexCompiler.compile(folder, "lua", run.out())).contains("łódźmeetsbrno"));
    }

    @Test
    void pdflatexOnRequestRefusesTextItCannotSet() {
        Path library = Fixtures.projectDir().resolve("src/test/resources/fixtures/text/scripts.bib");
        CliRun run = CliRun.in(folder, "export", "-l", library.toString(), "--format", "latex", "--engine",
                "pdflatex");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("pdflatex cannot set"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void anUnknownEngineIsAUsageError() {
        CliRun run = CliRun.in(folder, "export", "-l", Fixtures.bundledLibrary().toString(), "--format", "latex",
                "--engine", "context");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("[auto, pdflatex, lualatex, xelatex]"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    /** Line breaks, hyphenation and ligatures are layout, not text: fold them away on both sides. */
    private static String comparable(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\-\u2010\u00AD]", "")
                .toLowerCase(java.util.Locale.ROOT);
    }
}
