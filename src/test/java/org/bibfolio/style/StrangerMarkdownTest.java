package org.bibfolio.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The stranger's CV in Markdown read back by a CommonMark parser, as GitHub or a Jekyll site would read it, and
 * checked as a document: each section a heading and then its entries (one bullet list, or for a numbered style one
 * paragraph per entry starting with its label, in order), no escape left visible in the rendered text, every link
 * with its text and a web address, and the owner in strong emphasis in every entry.
 */
class StrangerMarkdownTest {

    /** The owner's name as the styles write it: "M. J. García", "García, M. J.", "García MJ", "María José García". */
    private static final Pattern OWNER = Pattern.compile("Garc[ií]a");
    private static final Pattern MATH = Pattern.compile("\\$[^$]+\\$");
    private static final Pattern LABEL = Pattern.compile("^(\\[?)(\\d+)([.\\]]) ");

    @TempDir
    Path folder;

    /** One entry as the reader sees it: its text, and the text of each strong span and link in it. */
    private record Entry(String text, List<String> strong, List<Link> links) { }

    static Stream<String> styles() {
        return StrangerLibrary.styles().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("styles")
    void readsAsAWellFormedCommonMarkDocument(String style) throws Exception {
        StrangerLibrary.copyTo(folder);
        Node document = Parser.builder().build().parse(StrangerLibrary.export(folder, style, "markdown"));
        boolean numbered = StrangerLibrary.NUMERIC_STYLES.contains(style) || style.equals("cv-numbered");
        List<Entry> all = new ArrayList<>();
        String heading = "";
        int expected = 1;
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading h) {
                heading = text(h);
                expected = 1;
            } else if (block instanceof OrderedList) {
                fail(style + ": an ordered list renumbers the entries of " + heading);
            } else if (block instanceof BulletList list) {
                assertFalse(numbered, style + ": a bullet list in a numbered style, under " + heading);
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    all.add(entry((ListItem) item));
                }
            } else if (block instanceof Paragraph paragraph) {
                Entry entry = entry(paragraph);
                if (entry.text().startsWith("* ") || entry.text().startsWith("† ")) {
                    continue; // the legend of author marks under a list
                }
                assertTrue(numbered, style + ": a loose paragraph under " + heading + ": " + entry.text());
                Matcher label = LABEL.matcher(entry.text());
                assertTrue(label.find(), style + ": an entry without its label under " + heading + ": " + entry.text());
                if (!style.equals("cv-numbered")) {
                    assertEquals(expected++, Integer.parseInt(label.group(2)), style + ": numbering of " + heading);
                }
                all.add(entry);
            } else {
                fail(style + ": unexpected " + block.getClass().getSimpleName() + " under " + heading);
            }
        }
        assertTrue(all.size() >= StrangerLibrary.ENTRIES, style + ": " + all.size() + " entries");
        for (Entry entry : all) {
            // math spans ($\\ell_1$) are TeX for the page's math renderer, not escapes
            String prose = MATH.matcher(entry.text()).replaceAll("");
            assertFalse(prose.contains("\\"), style + ": a visible escape in " + entry.text());
            assertFalse(entry.text().contains("**") || entry.text().contains("]("),
                    style + ": markup left as text in " + entry.text());
            assertTrue(entry.strong().stream().anyMatch(s -> OWNER.matcher(s).find()),
                    style + ": the owner is not in strong emphasis in " + entry.text());
            for (Link link : entry.links()) {
                assertTrue(link.getDestination().startsWith("https://"), style + ": link " + link.getDestination());
                assertFalse(text(link).isBlank(), style + ": a link without text in " + entry.text());
            }
        }
    }

    private static Entry entry(Node node) {
        List<String> strong = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(StrongEmphasis emphasis) {
                strong.add(text(emphasis));
                visitChildren(emphasis);
            }

            @Override
            public void visit(Link link) {
                links.add(link);
                visitChildren(link);
            }
        });
        return new Entry(text(node), strong, links);
    }

    /** The rendered text of a node: what a reader sees, markup gone. */
    private static String text(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }

            @Override
            public void visit(HtmlInline html) {
                out.append(html.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                out.append(' ');
            }
        });
        return out.toString();
    }
}
