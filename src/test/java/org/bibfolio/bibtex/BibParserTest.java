package org.bibfolio.bibtex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BibParserTest {

    @Test
    void itemsCoverTheTextAndFieldsKnowWhereTheyStand() throws Exception {
        String text = "% a comment line\n@string{icml = \"ICML\"}\n\n@Article{key1,\n  title = {A {B} c},\n"
                + "  journal = icml # { 2024},\n  year = 2024,\n}\nfree text @ with an at sign\n"
                + "@comment{anything {goes}}\n@preamble{\"\\newcommand{\\x}{y}\"}";
        BibFile file = BibParser.parse("t.bib", text, StandardCharsets.UTF_8);
        StringBuilder rebuilt = new StringBuilder();
        file.items().forEach(item -> rebuilt.append(file.textOf(item)));
        assertEquals(text, rebuilt.toString());

        List<BibItem> items = file.items();
        assertInstanceOf(BibItem.Junk.class, items.get(0));
        assertInstanceOf(BibItem.StringDefinition.class, items.get(1));
        assertEquals("@string{icml = \"ICML\"}", file.textOf(items.get(1)), "an item ends at its closing brace");
        BibItem.Entry entry = file.entries().findFirst().orElseThrow();
        assertEquals("Article", entry.type());
        assertEquals("article", entry.normalizedType());
        assertEquals("key1", entry.key());
        BibField title = entry.field("TITLE").orElseThrow();
        assertEquals("title = {A {B} c}", title.span().of(text));
        assertEquals("{A {B} c}", title.valueSpan().of(text));
        assertEquals(List.of(new ValuePart.Macro("icml"), new ValuePart.Braced(" 2024")),
                entry.field("journal").orElseThrow().value());
        assertEquals(List.of(new ValuePart.Number("2024")), entry.field("year").orElseThrow().value());
        assertEquals(1, file.items().stream().filter(BibItem.Comment.class::isInstance).count());
        assertEquals(1, file.items().stream().filter(BibItem.Preamble.class::isInstance).count());
    }

    @Test
    void parenthesisDelimitedEntriesAndQuotedValuesWithBraces() throws Exception {
        String text = "@misc(k, title = \"say {\"}hi{\"}\", note={a)b})";
        BibItem.Entry entry = BibParser.parse("t.bib", text, StandardCharsets.UTF_8).entries().findFirst().orElseThrow();
        assertEquals('(', entry.delimiter());
        assertEquals(List.of(new ValuePart.Quoted("say {\"}hi{\"}")), entry.field("title").orElseThrow().value());
        assertEquals(List.of(new ValuePart.Braced("a)b")), entry.field("note").orElseThrow().value());
    }

    @Test
    void anAtSignThatStartsNoItemStaysJunk() throws Exception {
        BibFile file = BibParser.parse("t.bib", "mail me at a@b.org please\n", StandardCharsets.UTF_8);
        assertEquals(1, file.items().size());
        assertInstanceOf(BibItem.Junk.class, file.items().get(0));
    }

    @Test
    void percentCommentsBetweenFieldsAndCommentedOutEntriesAsBiberReadsThem() throws Exception {
        String text = "%% @BOOKLET{,\n@misc{k,\n  title = {50% off},\n  % note = {old},\n  year = 2020 % same line\n}\n";
        BibFile file = BibParser.parse("t.bib", text, StandardCharsets.UTF_8);
        List<BibItem.Entry> entries = file.entries().toList();
        assertEquals(1, entries.size());
        assertEquals(List.of("title", "year"), entries.get(0).fields().stream().map(BibField::name).toList());
        assertEquals(List.of(new ValuePart.Braced("50% off")), entries.get(0).field("title").orElseThrow().value());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "@article{k, title = {open|1|21|this '{' is never closed (reached the end of the file) in entry k (which "
                + "starts at line 1)",
        "@article{k, title = \"open|1|21|the quoted value of field 'title' is never closed (reached the end of the "
                + "file) in entry k (which starts at line 1)",
        "@article{k,\\n title {x}}|2|8|expected '=' after the field name 'title', found '{' in entry k (which starts "
                + "at line 1)",
        "@article{, title = {x}}|1|10|expected a citation key after '@article{', found ',' in an @article entry "
                + "(which starts at line 1)",
        "@article{k, title = }|1|21|expected a value for field 'title', found '}' in entry k (which starts at line 1)",
        "@article{k, title = {x} year = 1}|1|25|expected ',' or '}' after the value of field 'title', found 'y' in "
                + "entry k (which starts at line 1)",
        "@article{k, title = {x},\\n|1|25|missing '}' to close the entry (reached the end of the file) in entry k "
                + "(which starts at line 1)",
        "@string{ = {x}}|1|10|expected a macro name after @string, found '=' in a @string (which starts at line 1)"})
    void syntaxErrorsSayWhereAndWhatAndInWhichItem(String input, int line, int column, String problem) {
        BibSyntaxException error = assertThrows(BibSyntaxException.class,
                () -> BibParser.parse("lib.bib", input.replace("\\n", "\n"), StandardCharsets.UTF_8)
                        .requireWellFormed());
        assertEquals("lib.bib:" + line + ":" + column + ": error: " + problem, error.getMessage());
    }

    @Test
    void anUnclosedBraceCostsItsEntryOnlyAndIsReportedWhereItOpens() {
        String text = """
                @misc{first, title = {Fine}}

                @article{broken,
                  title = {An unclosed {brace},
                  year = 2020,
                }

                @book{after, title = {Still read}, year = 2021}
                """;
        BibFile file = BibParser.parse("lib.bib", text, StandardCharsets.UTF_8);
        assertEquals(List.of("first", "after"), file.entries().map(BibItem.Entry::key).toList());
        assertEquals(1, file.broken().size());
        assertEquals("lib.bib:4:11: error: the '{' of field 'title' is closed only at line 6 column 1, so the "
                + "value takes in the line 'year = 2020,'; a '{' in it is probably never closed in entry broken "
                + "(which starts at line 3)", file.broken().get(0).error().getMessage());
        StringBuilder rebuilt = new StringBuilder();
        file.items().forEach(item -> rebuilt.append(file.textOf(item)));
        assertEquals(text, rebuilt.toString(), "the broken text stays, byte for byte");
        assertTrue(file.textOf(file.broken().get(0)).startsWith("@article{broken,"));
        assertTrue(file.textOf(file.broken().get(0)).endsWith("}\n\n"), "up to the next entry's line");
    }

    @Test
    void aQuotedValueEndingInBraceQuoteSaysWhyItNeverCloses() {
        // TeX Live's frankenstein.bib ends a quoted value with {" (line 441 there)
        String text = "@book{a,\n  note = \"Gontarski says: {\"\n}\n\n@book{b, author = \"S. Beckett\"}\n";
        BibFile file = BibParser.parse("f.bib", text, StandardCharsets.UTF_8);
        assertEquals(List.of("b"), file.entries().map(BibItem.Entry::key).toList());
        assertEquals("f.bib:2:10: error: the quoted value of field 'note' is never closed (reached the next entry, "
                + "@book at line 5); the '\"' at line 2 column 28 is inside braces, so it does not end the value in "
                + "entry a (which starts at line 1)", file.broken().get(0).error().getMessage());
    }

    @Test
    void commentIsReadAsBibtex099ReadsIt() {
        String text = "@comment{an unbalanced { inside}\n@misc{k, title = {T}}\n"
                + "@comment{bibfolio:\n  owner = Zhu, Libin\n}\n@comment{old: @misc{inside, title = {X}}}\n";
        BibFile file = BibParser.parse("c.bib", text, StandardCharsets.UTF_8);
        assertEquals(List.of(), file.broken());
        assertEquals(List.of("k", "inside"), file.entries().map(BibItem.Entry::key).toList(),
                "BibTeX 0.99 skips the word @comment only, so an entry inside its braces is read");
        assertEquals(List.of("", "bibfolio:\n  owner = Zhu, Libin\n", ""), file.items().stream()
                .filter(BibItem.Comment.class::isInstance).map(item -> ((BibItem.Comment) item).content()).toList());
        assertEquals("Zhu", LibrarySettings.of(file).owner().variants().get(0).last());
    }
}
