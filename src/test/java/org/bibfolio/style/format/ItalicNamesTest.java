package org.bibfolio.style.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bibfolio.testing.CliRun;
import org.bibfolio.testing.Fixtures;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A species or gene name the library sets in italics ({@code \emph}, {@code \textit}, {@code {\em …}},
 * {@code {\it …}}) is italic in every format, and upright inside an italic title, as typography sets it: read back by
 * a CommonMark parser for Markdown, so what a reader sees is checked, not the asterisks.
 */
class ItalicNamesTest {

    private static final Path LIBRARY = Fixtures.projectDir().resolve("src/test/resources/fixtures/italics/library.bib");

    @TempDir
    Path folder;

    @BeforeEach
    void library() throws Exception {
        Files.copy(LIBRARY, folder.resolve("library.bib"));
    }

    @Test
    void inTheHouseStylesItalicTitlesTheNamesAreUpright() {
        List<String> italics = italics(export("--flat"));
        assertEquals(List.of("Gene drive spread in", "populations", "Nature Ecology & Evolution",
                "rearing of mosquito larvae", "Parasites & Vectors",
                // between a letter and a hyphen CommonMark cannot close and reopen emphasis: the title stays italic
                "Wing shape in Drosophila-specific lines", "Insecticide resistance in"), italics);
    }

    @Test
    void inAnUprightTitleTheNamesAreItalic() {
        List<String> italics = italics(export("--style", "apa", "--flat"));
        assertTrue(italics.containsAll(List.of("Anopheles gambiae", "In vitro", "Drosophila")), "italics: " + italics);
        // APA sets a thesis title in italics: there the species is upright
        assertTrue(italics.contains("Insecticide resistance in") && !italics.contains("Aedes aegypti"),
                "italics: " + italics);
    }

    @Test
    void htmlClosesTheTitlesEmphasisAroundTheName() {
        String html = export("--flat", "--format", "html");
        assertTrue(html.contains("<em>Gene drive spread in </em>Anopheles gambiae<em> populations</em>"), html);
        assertTrue(html.contains("In vitro<em> rearing of mosquito larvae</em>"), html);
    }

    @Test
    void latexKeepsTheLibrarysItalicsWhichTurnUprightByThemselves() {
        String latex = export("--flat", "--format", "latex");
        assertTrue(latex.contains("\\emph{Gene drive spread in \\emph{Anopheles gambiae} populations}"), latex);
    }

    @Test
    void plainTextHasTheWordsAlone() {
        String text = export("--flat", "--format", "text");
        assertTrue(text.contains("Gene drive spread in Anopheles gambiae populations."), text);
    }

    private String export(String... args) {
        return CliRun.output(folder, Stream.concat(Stream.of("export"), Stream.of(args)).toArray(String[]::new));
    }

    /** The text of each emphasis a CommonMark reader finds, in order. */
    private static List<String> italics(String markdown) {
        List<String> found = new ArrayList<>();
        Parser.builder().build().parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Emphasis emphasis) {
                StringBuilder text = new StringBuilder();
                for (Node child = emphasis.getFirstChild(); child != null; child = child.getNext()) {
                    if (child instanceof Text t) {
                        text.append(t.getLiteral());
                    }
                }
                found.add(text.toString());
            }
        });
        return found;
    }
}
