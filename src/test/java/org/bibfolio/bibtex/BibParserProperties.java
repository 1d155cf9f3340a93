package org.bibfolio.bibtex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever valid library text the generator makes, the parsed items put back together are the same text; and
 * whatever text at all, broken or not, the parse never fails and still loses nothing, and an entry after a broken
 * one is read.
 */
class BibParserProperties {

    @Property(tries = 500)
    void anyTextParsesIntoItemsThatGiveItBack(@ForAll("anything") String text) {
        BibFile file = BibParser.parse("any.bib", text, StandardCharsets.UTF_8);
        StringBuilder rebuilt = new StringBuilder();
        file.items().forEach(item -> rebuilt.append(file.textOf(item)));
        assertEquals(text, rebuilt.toString());
    }

    @Property(tries = 300)
    void anEntryAfterABrokenOneIsRead(@ForAll("anything") String broken) {
        String text = "@misc{broken, note = {" + broken.replace("\n@", "\n ") + "\n@misc{after, title = {T}}\n";
        BibFile file = BibParser.parse("any.bib", text, StandardCharsets.UTF_8);
        assertEquals("after", file.entries().reduce((a, b) -> b).orElseThrow().key());
    }

    @Property(tries = 500)
    void textAppendedToAFileParsesAsTheWholeText(@ForAll("anything") String before,
                                                 @ForAll("anything") String appended) {
        assertAppendedParsesAsWhole(before, appended);
    }

    @Property(tries = 300)
    void anEntryAppendedToALibraryParsesAsTheWholeText(@ForAll("libraries") String before,
                                                       @ForAll("libraries") String appended) {
        assertAppendedParsesAsWhole(before, appended);
    }

    private static void assertAppendedParsesAsWhole(String before, String appended) {
        BibFile first = BibParser.parse("any.bib", before, StandardCharsets.UTF_8);
        BibFile whole = BibParser.parse("any.bib", before + appended, StandardCharsets.UTF_8);
        // items hold their errors, which compare by identity: their text stands for them
        assertEquals(whole.items().toString(), BibParser.parseAppended(first, before + appended).items().toString());
    }

    @Provide
    Arbitrary<String> anything() {
        return Arbitraries.strings().withChars("@{}()\"#%,= \nabmisc1").ofMaxLength(60);
    }

    @Property(tries = 300)
    void itemsConcatenateToTheOriginalText(@ForAll("libraries") String text) throws Exception {
        BibFile file = BibParser.parse("gen.bib", text, StandardCharsets.UTF_8);
        StringBuilder rebuilt = new StringBuilder();
        file.items().forEach(item -> rebuilt.append(file.textOf(item)));
        assertEquals(text, rebuilt.toString());
    }

    @Property(tries = 300)
    void everyGeneratedFieldIsFoundWithItsExactValueText(@ForAll("values") String value) throws Exception {
        String text = "@misc{k,\n  note = " + value + ",\n}\n";
        BibFile file = BibParser.parse("gen.bib", text, StandardCharsets.UTF_8);
        BibField note = file.entries().findFirst().orElseThrow().field("note").orElseThrow();
        assertEquals(value, note.valueSpan().of(text));
    }

    @Provide
    Arbitrary<String> libraries() {
        Arbitrary<String> junk = Arbitraries.strings().withChars("abc %\n\r\t.,;").ofMaxLength(12);
        Arbitrary<String> entry = Combinators.combine(
                Arbitraries.of("article", "InProceedings", "misc"),
                Arbitraries.strings().withChars("abcxyz0123:-_").ofMinLength(1).ofMaxLength(8),
                values().list().ofMaxSize(4),
                Arbitraries.of("\n", "\r\n", " "))
                .as((type, key, fieldValues, newline) -> {
                    StringBuilder out = new StringBuilder("@" + type + "{" + key + ",");
                    for (int i = 0; i < fieldValues.size(); i++) {
                        out.append(newline).append("  f").append(i).append(" = ").append(fieldValues.get(i)).append(',');
                    }
                    return out.append(newline).append('}').toString();
                });
        return Combinators.combine(junk, entry, junk, entry.list().ofMaxSize(3))
                .as((before, first, between, rest) -> before + first + between + String.join("\n", rest));
    }

    @Provide
    Arbitrary<String> values() {
        Arbitrary<String> text = Arbitraries.strings().withChars("ab \\'\"~-@%#,").ofMaxLength(10)
                .map(s -> s.replace("\"", ""));
        Arbitrary<String> braced = text.map(s -> "{" + s + "}");
        Arbitrary<String> nested = text.map(s -> "{a {" + s + "} b}");
        Arbitrary<String> quoted = text.map(s -> "\"" + s + "{\"}\"");
        Arbitrary<String> number = Arbitraries.integers().between(0, 3000).map(String::valueOf);
        Arbitrary<String> macro = Arbitraries.of("jan", "icml", "acha");
        Arbitrary<String> single = Arbitraries.oneOf(braced, nested, quoted, number, macro);
        return single.list().ofMinSize(1).ofMaxSize(3).map(parts -> String.join(" # ", parts));
    }
}
