package org.bibfolio.style.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bibfolio.testing.CliRun;
import org.bibfolio.testing.Fixtures;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Markdown export read as a CommonMark parser with GitHub's extensions (strikethrough, autolinks) reads it: each
 * list item's text is the entry's plain text, with no backslash left over and no raw HTML; each link keeps its text;
 * and {@code --front-matter} is YAML a real parser reads back.
 */
class MarkdownRenderingTest {

    private static final List<Extension> GITHUB = List.of(StrikethroughExtension.create(),
            AutolinkExtension.create());
    private static final Path STRANGER = Fixtures.projectDir().resolve("src/test/resources/fixtures/page/library.bib");

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"bundled, cv", "bundled, apa", "bundled, ieee", "stranger, cv", "stranger, apa", "stranger, ieee"})
    void eachItemReadsAsTheEntrysPlainText(String library, String style) throws Exception {
        Files.copy(library.equals("bundled") ? Fixtures.bundledLibrary() : STRANGER, folder.resolve("library.bib"));
        String markdown = export("--style", style, "--flat");
        List<String> plain = export("--style", style, "--flat", "--format", "text").lines().toList();
        Reading reading = read(markdown);
        assertEquals(plain.size(), reading.items.size(), "one list item per entry");
        for (int i = 0; i < plain.size(); i++) {
            // a numbered style's entries are paragraphs with a blank line between them
            String source = markdown.lines().filter(line -> !line.isBlank()).toList().get(i);
            if (source.contains("$")) {
                continue; // math is kept as $…$ for the renderers' math support: its own tests say how
            }
            // a leading space (an entry without authors) is invisible in every rendering
            assertEquals(plain.get(i).strip(), reading.items.get(i), "item " + (i + 1) + " read from: " + source);
            assertFalse(reading.items.get(i).contains("\\"), "a stray backslash in " + source);
        }
        assertEquals(List.of(), reading.html, "no field becomes raw HTML");
        reading.links.forEach(link -> assertFalse(link.isBlank(), "a link lost its text"));
    }

    @Test
    void theSelectedListKeepsEveryLinksTextAndTarget() throws Exception {
        Fixtures.copyLibraryTo(folder);
        Reading reading = read(export("--section", "selected"));
        assertEquals(List.of("arXiv -> https://arxiv.org/abs/2505.08277",
                "ICML -> https://proceedings.mlr.press/v235/zhu24h.html",
                "ICLR -> https://openreview.net/forum?id=PvJnX3dwsD"), reading.links.subList(0, 3));
        assertTrue(reading.links.contains("ICLR (Spotlight) -> https://openreview.net/forum?id=CyKHoKyvgnp"),
                reading.links.toString());
    }

    @Test
    void frontMatterIsYamlForJekyllAndHugoAndTheListFollows() throws Exception {
        Files.writeString(folder.resolve("library.bib"), """
                @comment{bibfolio:
                  owner = Wi{\\'s}niewska, Marta
                  name  = Marta "Ma" Wiśniewska: #1 - of them
                  title = Papers & preprints
                }
                @article{a, author = {Wiśniewska, Marta}, title = {T}, journal = {J}, year = 2020}
                """, StandardCharsets.UTF_8);
        String markdown = export("--front-matter");
        assertTrue(markdown.startsWith("---\n"), markdown);
        int end = markdown.indexOf("\n---\n", 4);
        JsonNode yaml = new ObjectMapper(new YAMLFactory()).readTree(markdown.substring(4, end + 1));
        assertEquals("Papers & preprints", yaml.get("title").asText());
        assertEquals("Marta \"Ma\" Wiśniewska: #1 - of them", yaml.get("author").asText());
        Reading list = read(markdown.substring(end + 5));
        assertEquals(List.of("M. Wiśniewska (2020). T. J."), list.items);

        String fragment = export("--format", "html", "--front-matter");
        assertTrue(fragment.startsWith("---\ntitle: \"Papers & preprints\"\n"), fragment);
        assertTrue(fragment.contains("---\n\n<div class=\"bf-publications\">"), fragment);
    }

    @Test
    void frontMatterAndGroupAreRefusedWhereTheyMeanNothing() throws Exception {
        Fixtures.copyLibraryTo(folder);
        for (String[] args : List.of(new String[] {"--front-matter", "--format", "latex"},
                new String[] {"--front-matter", "--format", "html", "--standalone"},
                new String[] {"--group", "year", "--format", "markdown"},
                new String[] {"--group", "decade", "--format", "html"})) {
            List<String> all = new ArrayList<>(List.of("export"));
            all.addAll(List.of(args));
            CliRun run = CliRun.in(folder, all.toArray(String[]::new));
            assertEquals(2, run.exitCode(), String.join(" ", args));
            assertTrue(run.err().startsWith("bibfolio: error: "), run.err());
        }
    }

    private String export(String... args) {
        return CliRun.output(folder, Stream.concat(Stream.of("export"), Stream.of(args)).toArray(String[]::new));
    }

    /**
     * What a reader of the rendered Markdown sees: each list item's text (or, in a numbered style, each top-level
     * paragraph, which starts with the entry's label), each link, any raw HTML.
     */
    private record Reading(List<String> items, List<String> links, List<String> html) { }

    private static Reading read(String markdown) {
        Node document = Parser.builder().extensions(GITHUB).build().parse(markdown);
        Reading reading = new Reading(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(ListItem item) {
                reading.items.add(text(item));
                visitChildren(item);
            }

            @Override
            public void visit(Paragraph paragraph) {
                if (paragraph.getParent() instanceof Document) {
                    reading.items.add(text(paragraph));
                }
                visitChildren(paragraph);
            }

            @Override
            public void visit(Link link) {
                reading.links.add(text(link) + " -> " + link.getDestination());
            }

            @Override
            public void visit(HtmlInline html) {
                reading.html.add(html.getLiteral());
            }

            @Override
            public void visit(HtmlBlock html) {
                reading.html.add(html.getLiteral());
            }
        });
        return reading;
    }

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
            public void visit(SoftLineBreak lineBreak) {
                out.append(' ');
            }
        });
        return out.toString();
    }
}
