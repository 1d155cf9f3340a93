package org.bibfolio.bibtex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.bibfolio.model.PersonList;
import org.bibfolio.model.PersonName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class NameParserTest {

    /** Rows of fixtures/names.tsv: input, first, von, last, jr (see fixtures/README.md). */
    static Stream<Arguments> names() throws IOException {
        try (InputStream in = NameParserTest.class.getResourceAsStream("/fixtures/names.tsv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            assertTrue(lines.size() > 40, "names.tsv should hold the hard cases");
            return lines.stream().skip(1).filter(line -> !line.isBlank()).map(line -> {
                String[] column = line.split("\t", -1);
                assertEquals(5, column.length, () -> "five columns expected in: " + line);
                return Arguments.of(column[0], new PersonName(column[1], column[2], column[3], column[4]));
            });
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("names")
    void splitsOneNameAsBibtexDoes(String input, PersonName expected) {
        PersonList parsed = NameParser.parse(input);
        assertEquals(List.of(expected), parsed.names());
        assertFalse(parsed.truncated());
    }

    @Test
    void splitsOnAndAtBraceLevelZeroInAnyCase() {
        PersonList parsed = NameParser.parse("{Barnes and Noble} and Smith, John AND D. E. Knuth\nand\tvan Dam, A.");
        assertEquals(List.of(
                new PersonName("", "", "Barnes and Noble", ""),
                new PersonName("John", "", "Smith", ""),
                new PersonName("D. E.", "", "Knuth", ""),
                new PersonName("A.", "van", "Dam", "")), parsed.names());
    }

    @Test
    void andInsideWordsIsNotASeparator() {
        PersonList parsed = NameParser.parse("Anderson, Sandy and Band, Rand");
        assertEquals(List.of(new PersonName("Sandy", "", "Anderson", ""), new PersonName("Rand", "", "Band", "")),
                parsed.names());
    }

    @Test
    void andOthersTruncatesTheList() {
        PersonList parsed = NameParser.parse("Zhu, Libin and Belkin, Mikhail and others");
        assertEquals(2, parsed.size());
        assertTrue(parsed.truncated());
        assertFalse(parsed.names().stream().anyMatch(PersonName::isOthers));
    }

    @Test
    void othersAloneIsAnEmptyTruncatedList() {
        assertEquals(new PersonList(List.of(), true), NameParser.parse("others"));
    }

    @Test
    void bracedOthersIsAName() {
        PersonList parsed = NameParser.parse("Smith, J. and {others}");
        assertEquals(new PersonName("", "", "others", ""), parsed.names().get(1));
        assertFalse(parsed.truncated());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\t"})
    void blankFieldIsEmpty(String field) {
        assertSame(PersonList.EMPTY, NameParser.parse(field));
    }

    @Test
    void blankNamesBetweenAndsAreSkipped() {
        assertEquals(2, NameParser.parse("A. Smith and and B. Jones").size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{{{", "}}}", "\\", ",,,", "-", "{", "and", " and and ", "A, B, C, D, E", "\\\"{"})
    void malformedFieldsGiveBestEffortNamesWithoutBraces(String field) {
        for (PersonName name : NameParser.parse(field).names()) {
            assertFalse(name.display().matches(".*[{}\\\\].*"), name::toString);
        }
    }
}
