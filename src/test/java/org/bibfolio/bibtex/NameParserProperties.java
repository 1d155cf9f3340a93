package org.bibfolio.bibtex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bibfolio.model.PersonList;
import org.bibfolio.model.PersonName;

class NameParserProperties {

    /** Words that may appear in a name; "and" only inside braces or inside a word. */
    private static final List<String> WORDS = List.of(
            "Zhu", "Libin", "L.", "van", "de", "la", "Anderson", "Sand", "band", "{Barnes and Noble}",
            "M{\\\"u}ller", "{\\'E}mile", "Jean-Pierre", "Jr.", "{von Neumann}", "Peyton~Jones", "d'Alembert");

    private static final List<String> SEPARATORS = List.of(" and ", " AND ", " And ", "\nand\t", "  and  ");

    private static final List<String> PARTICLES = List.of("van", "der", "de", "la", "von", "di", "du");

    @Property
    void neverThrowsOnAnyString(@ForAll String anything) {
        NameParser.parse(anything);
    }

    @Property
    void oneNamePerTopLevelAndExceptOthers(@ForAll("names") List<String> names, @ForAll boolean others,
                                          @ForAll("separators") String separator) {
        String field = String.join(separator, names) + (others ? separator + "others" : "");
        PersonList parsed = NameParser.parse(field);
        assertEquals(names.size(), parsed.size(), field);
        assertEquals(others, parsed.truncated(), field);
    }

    @Property
    void firstLastRoundTrips(@ForAll("given") String given, @ForAll("von") String von,
                             @ForAll("family") String family) {
        String written = join(given, von, family);
        assertEquals(written, firstLast(parseOne(written)));
    }

    @Property
    void lastFirstRoundTrips(@ForAll("given") String given, @ForAll("von") String von,
                             @ForAll("family") String family) {
        String written = join(von, family) + ", " + given;
        assertEquals(written, lastFirst(parseOne(written)));
    }

    @Property
    void bothFormsGiveTheSameName(@ForAll("given") String given, @ForAll("von") String von,
                                  @ForAll("family") String family) {
        PersonName expected = new PersonName(given, von, family, "");
        assertEquals(expected, parseOne(join(given, von, family)));
        assertEquals(expected, parseOne(join(von, family) + ", " + given));
    }

    private static PersonName parseOne(String field) {
        PersonList parsed = NameParser.parse(field);
        assertEquals(1, parsed.size(), field);
        return parsed.names().get(0);
    }

    private static String firstLast(PersonName name) {
        return join(name.first(), name.von(), name.last());
    }

    private static String lastFirst(PersonName name) {
        return join(name.von(), name.last()) + ", " + name.first();
    }

    private static String join(String... parts) {
        return String.join(" ", List.of(parts).stream().filter(part -> !part.isEmpty()).toList());
    }

    @Provide
    Arbitrary<List<String>> names() {
        Arbitrary<String> name = Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(4).map(w -> String.join(" ", w));
        return name.list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.of(SEPARATORS);
    }

    /** One to three given names, capitalised, some hyphenated, some with letters beyond ASCII. */
    @Provide
    Arbitrary<String> given() {
        return capitalised().list().ofMinSize(1).ofMaxSize(2).map(w -> String.join("-", w))
                .list().ofMinSize(1).ofMaxSize(3).map(w -> String.join(" ", w));
    }

    @Provide
    Arbitrary<String> von() {
        return Arbitraries.of(PARTICLES).list().ofMaxSize(2).map(w -> String.join(" ", w));
    }

    /** One family name, capitalised, possibly double-barrelled ("Cisneros-Velarde"). */
    @Provide
    Arbitrary<String> family() {
        return capitalised().list().ofMinSize(1).ofMaxSize(2).map(w -> String.join("-", w));
    }

    /** A capitalised word, never "And": BibTeX separates names at "and" in any case, so it is no name's word. */
    private static Arbitrary<String> capitalised() {
        Arbitrary<Character> initial = Arbitraries.chars().range('A', 'Z').with('É', 'Ø', 'Ł', 'Ž', 'Ö');
        Arbitrary<String> rest = Arbitraries.strings().withCharRange('a', 'z').withChars('é', 'ø', 'ü', 'ß')
                .ofMaxLength(8);
        return Combinators.combine(initial, rest).as((first, tail) -> first + tail)
                .filter(word -> !word.equalsIgnoreCase("and"));
    }
}
