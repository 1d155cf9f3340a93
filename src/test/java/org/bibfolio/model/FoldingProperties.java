package org.bibfolio.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.bibfolio.bibtex.LatexDecoder;
import org.bibfolio.bibtex.NameParser;

/**
 * Folding is idempotent, and every way of writing one name folds alike: LaTeX ({@code M{\"u}ller}, {@code \l{}},
 * {@code {\ss}}), Unicode composed (NFC) or decomposed (NFD), and the ASCII transliteration a colleague would type.
 */
class FoldingProperties {

    /** One letter as LaTeX, as Unicode and as a person types it on an ASCII keyboard. */
    record Letter(String latex, String unicode, String ascii) { }

    private static final List<Letter> LETTERS = List.of(
            new Letter("\\\"{u}", "ü", "u"), new Letter("{\\\"o}", "ö", "o"), new Letter("\\\"a", "ä", "a"),
            new Letter("\\'{e}", "é", "e"), new Letter("\\'E", "É", "E"), new Letter("\\`{a}", "à", "a"),
            new Letter("\\^{o}", "ô", "o"), new Letter("\\~{n}", "ñ", "n"), new Letter("\\c{c}", "ç", "c"),
            new Letter("\\c{s}", "ş", "s"), new Letter("\\v{s}", "š", "s"), new Letter("\\v{r}", "ř", "r"),
            new Letter("\\u{g}", "ğ", "g"), new Letter("\\H{o}", "ő", "o"), new Letter("\\k{a}", "ą", "a"),
            new Letter("\\.{z}", "ż", "z"), new Letter("\\={a}", "ā", "a"), new Letter("\\r{a}", "å", "a"),
            new Letter("{\\l}", "ł", "l"), new Letter("\\l{}", "ł", "l"), new Letter("{\\L}", "Ł", "L"),
            new Letter("{\\ss}", "ß", "ss"), new Letter("{\\o}", "ø", "o"), new Letter("{\\O}", "Ø", "O"),
            new Letter("{\\ae}", "æ", "ae"), new Letter("{\\AE}", "Æ", "AE"), new Letter("{\\oe}", "œ", "oe"),
            new Letter("{\\i}", "ı", "i"), new Letter("\\'{\\i}", "í", "i"), new Letter("{\\\"\\i}", "ï", "i"),
            new Letter("\\.{I}", "İ", "I"), new Letter("{\\th}", "þ", "th"), new Letter("{\\dh}", "ð", "d"),
            // ligatures pasted from a PDF: the LaTeX source has the plain letters
            new Letter("fi", "ﬁ", "fi"), new Letter("ffi", "ﬃ", "ffi"), new Letter("fl", "ﬂ", "fl"),
            new Letter("ij", "ĳ", "ij"));

    @Property
    void foldingIsIdempotent(@ForAll String text) {
        String once = Folding.fold(text);
        assertEquals(once, Folding.fold(once));
        assertEquals(Folding.letters(text), Folding.letters(Folding.letters(text)));
        Folding.spellings(text).forEach(spelling -> assertEquals(spelling, Folding.fold(spelling)));
    }

    @Property
    void nameSpellingsAreAlreadyFolded(@ForAll("words") String word) {
        for (String spelling : Folding.nameSpellings(word)) {
            assertEquals(List.of(spelling), Folding.nameSpellings(spelling), word);
            assertEquals(spelling, Folding.foldName(spelling), word);
        }
    }

    @Property
    void everyWrittenFormFoldsAlike(@ForAll("writtenWords") List<Letter> letters) {
        String latex = join(letters, Letter::latex);
        String nfc = join(letters, Letter::unicode);
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        String ascii = join(letters, Letter::ascii);
        String folded = Folding.fold(ascii);
        assertEquals(folded, Folding.fold(LatexDecoder.decode(latex)), latex);
        assertEquals(folded, Folding.fold(nfc), nfc);
        assertEquals(folded, Folding.fold(nfd), nfd);
        assertTrue(Folding.spellings(nfc).contains(folded));
    }

    /** A whole name written each way is the owner's, and a search for it finds it (see NameKeysProperties). */
    @Property
    void everyWrittenFormOfANameIsTheOwner(@ForAll("writtenWords") List<Letter> given,
                                           @ForAll("writtenWords") List<Letter> family) {
        // In a name, BibTeX wants an accent command braced ({\~{n}}): unbraced, its ~ or - would split the word.
        Function<Letter, String> braced = l -> l.latex().startsWith("\\") ? "{" + l.latex() + "}" : l.latex();
        String written = join(family, braced) + ", " + join(given, braced);
        PersonName fromLatex = NameParser.parse(written).names().get(0);
        PersonName nfc = new PersonName(join(given, Letter::unicode), "", join(family, Letter::unicode), "");
        PersonName nfd = new PersonName(Normalizer.normalize(nfc.first(), Normalizer.Form.NFD), "",
                Normalizer.normalize(nfc.last(), Normalizer.Form.NFD), "");
        PersonName ascii = new PersonName(join(given, Letter::ascii), "", join(family, Letter::ascii), "");
        for (PersonName owner : List.of(fromLatex, nfc, nfd, ascii)) {
            for (PersonName author : List.of(fromLatex, nfc, nfd, ascii)) {
                assertTrue(new Owner(List.of(owner)).isOwner(author), owner + " / " + author);
            }
        }
    }

    /** A capitalised word: a capital (A–Z, É, Ł, Ø, Æ, İ), then lower-case letters, some accented or ligatures. */
    @Provide
    Arbitrary<List<Letter>> writtenWords() {
        Arbitrary<Letter> plain = Arbitraries.chars().range('a', 'z')
                .map(c -> new Letter(String.valueOf(c), String.valueOf(c), String.valueOf(c)));
        Arbitrary<Letter> capital = Arbitraries.chars().range('A', 'Z')
                .map(c -> new Letter(String.valueOf(c), String.valueOf(c), String.valueOf(c)));
        List<Letter> lower = LETTERS.stream().filter(l -> l.unicode().equals(l.unicode().toLowerCase())).toList();
        List<Letter> upper = LETTERS.stream().filter(l -> !lower.contains(l)).toList();
        Arbitrary<Letter> first = Arbitraries.frequencyOf(Tuple.of(3, capital), Tuple.of(1, Arbitraries.of(upper)));
        Arbitrary<Letter> rest = Arbitraries.frequencyOf(Tuple.of(2, plain), Tuple.of(1, Arbitraries.of(lower)));
        return Combinators.combine(first, rest.list().ofMinSize(1).ofMaxSize(8)).as((head, tail) -> {
            List<Letter> word = new ArrayList<>(List.of(head));
            word.addAll(tail);
            return word;
        });
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.strings().withChars("aAéÉüÜøØßłŁıİæÆﬁĳ-. '’\u00AD").ofMaxLength(12);
    }

    private static String join(List<Letter> letters, Function<Letter, String> form) {
        return letters.stream().map(form).reduce("", String::concat);
    }
}
