package org.bibfolio.style;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.regex.Pattern;
import org.bibfolio.testing.Fixtures;
import org.bibfolio.testing.LatexCompiler;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The stranger's CV as a PDF: the LaTeX golden compiled by the engine its first line names shows every list, the
 * owner in every entry and the labels of numbered lists. (LatexEnginesTest compiles every golden .tex; this reads
 * the PDF of those where numbering and "et al." matter.)
 */
class StrangerLatexTest {

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cv-numbered", "ieee", "nature", "modern-language-association", "apa"})
    void thePdfShowsEveryListEveryEntryWithTheOwnerAndTheLabels(String style) throws Exception {
        Path golden = Fixtures.projectDir().resolve("src/test/resources/golden/stranger/" + style + ".tex");
        String latex = Files.readString(golden, StandardCharsets.UTF_8);
        String pdf = comparable(LatexCompiler.compile(folder, "cv", latex));
        for (String heading : latex.lines().filter(l -> l.startsWith("\\section*{")).toList()) {
            String name = heading.substring("\\section*{".length(), heading.length() - 1);
            assertTrue(pdf.contains(comparable(name)), style + ": the PDF lacks the list " + name);
        }
        long items = latex.lines().filter(l -> l.strip().startsWith("\\item")).count();
        long owners = Pattern.compile(Pattern.quote(comparable("García"))).matcher(pdf).results().count();
        assertTrue(owners >= items, style + ": " + items + " entries but the owner shown " + owners + " times");
        if (StrangerLibrary.NUMERIC_STYLES.contains(style) || style.equals("cv-numbered")) {
            String first = style.equals("nature") ? "1." : "[1]";
            String last = style.equals("cv-numbered") ? "[" + StrangerLibrary.ENTRIES + "]" : first;
            assertTrue(pdf.contains(first) && pdf.contains(last), style + ": the PDF lacks the labels " + first);
        }
    }

    /** Line breaks, hyphenation and ligatures are layout, not text: fold them away. */
    private static String comparable(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\-\u2010\u00AD]", "");
    }
}
