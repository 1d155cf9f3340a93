package org.bibfolio.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bibfolio.testing.Fixtures;
import org.bibfolio.testing.Processes;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every LaTeX golden of the stranger's CV compiles with a real TeX engine, the one its first line names
 * ({@code % !TEX program = lualatex}) or pdflatex, and the PDF shows every list and every entry with its label.
 */
class StrangerLatexTest {

    private static final Pattern PROGRAM = Pattern.compile("% !TEX program = (\\w+)");

    @TempDir
    Path folder;

    static Stream<String> styles() {
        return StrangerLibrary.styles().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("styles")
    void goldenDocumentCompilesAndThePdfShowsEveryEntry(String style) throws Exception {
        Path golden = Fixtures.projectDir().resolve("src/test/resources/golden/stranger/" + style + ".tex");
        String latex = Files.readString(golden, StandardCharsets.UTF_8);
        Matcher program = PROGRAM.matcher(latex.lines().findFirst().orElse(""));
        String engine = program.lookingAt() ? program.group(1) : "pdflatex";
        Processes.require(engine);
        Processes.require("pdftotext");
        Files.writeString(folder.resolve("cv.tex"), latex, StandardCharsets.UTF_8);
        Processes.Result compiled = Processes.run(folder, engine, "-interaction=nonstopmode", "-halt-on-error",
                "cv.tex");
        assertEquals(0, compiled.exitCode(), () -> engine + " failed on " + golden + ":\n" + tail(compiled.output()));
        Processes.Result text = Processes.run(folder, "pdftotext", "-enc", "UTF-8", "cv.pdf", "cv.txt");
        assertEquals(0, text.exitCode(), text.output());
        String pdf = comparable(Files.readString(folder.resolve("cv.txt"), StandardCharsets.UTF_8));

        for (String heading : latex.lines().filter(l -> l.startsWith("\\section*{")).toList()) {
            String name = heading.substring("\\section*{".length(), heading.length() - 1);
            assertTrue(pdf.contains(comparable(name)), style + ": the PDF lacks the list " + name);
        }
        long items = latex.lines().filter(l -> l.strip().startsWith("\\item")).count();
        long owners = Pattern.compile(Pattern.quote(comparable("García"))).matcher(pdf).results().count();
        assertTrue(owners >= items, style + ": " + items + " entries but the owner shown " + owners + " times");
        if (StrangerLibrary.NUMERIC_STYLES.contains(style) || style.equals("cv-numbered")) {
            String first = style.equals("nature") || style.equals("vancouver") ? "1." : "[1]";
            assertTrue(pdf.contains(first), style + ": the PDF shows no label " + first);
        }
    }

    /** Line breaks, hyphenation and ligatures are layout, not text: fold them away. */
    private static String comparable(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\-\u2010\u00AD]", "");
    }

    private static String tail(String log) {
        List<String> lines = log.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 25), lines.size()));
    }
}
