package org.bibfolio.bibtex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which values are months, years and dates, as BibTeX files write them. */
class DateReaderTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "jul|true", "July|true", "7|true", "Sept.|true", "10~January|true", "April-May|true",
        "June\\slash September|true", "July\\slash{} August|true", "{March/June}|true", "October 10|true",
        "Winter|true", "????|true", "13|false", "Jully|false", "0|false", "1995|false", "mars|false",
        "July\\slashAugust|false"})
    void monthExpressions(String month, boolean isMonth) {
        assertEquals(isMonth, DateReader.isMonthExpression(month));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {"2024|true", "{\\noopsort{a}}1995|true", "1993/1994|true",
        "\\bibnodate|true", "20x5|false", "in press|false", "95|false", "20245|false"})
    void years(String year, boolean isYear) {
        assertEquals(isYear, DateReader.isYear(year));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {"2024|true", "2024-07|true", "2024-07-15|true", "1997/2001|true",
        "2024-07/..|true", "1950~|true", "2024-7|false", "July 2024|false", "|false", "2024-13-01|false",
        "2024-02-30|false", "2024-02-29|true", "2023-02-29|false", "2024-00|false", "2024-21|true",
        "2024-21-01|false", "2024-04-31|false", "2020-12-31/2021-13|false"})
    void biblatexDates(String date, boolean isDate) {
        assertEquals(isDate, DateReader.isDate(date == null ? "" : date));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"jun # \"\\slash \" # sep|6", "\"10~\" # jan|1", "apr # \"-\" # may|4",
        "{June\\slash September}|6"})
    void aMonthExpressionDatesTheEntryByItsFirstMonth(String month, int number) throws Exception {
        String bib = "@article{k, author = {A}, title = {T}, journal = {J}, year = 2020, month = " + month + "}";
        assertEquals(Optional.of(number), LibraryReader.read("d.bib", bib, StandardCharsets.UTF_8).library()
                .publications().get(0).date().orElseThrow().month());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {"2024-07-15|2024-7-15", "2024-07|2024-7-", "1997/2001|1997--",
        "2024-07/..|2024-7-", "2024-21|2024--", "-0044-03-15|none", "July 2024|none"})
    void aDateFieldDatesTheEntryByItsFirstEnd(String date, String expected) throws Exception {
        String bib = "@article{k, author = {A}, title = {T}, journal = {J}, date = {" + date + "}}";
        String read = LibraryReader.read("d.bib", bib, StandardCharsets.UTF_8).library().publications().get(0)
                .date().map(d -> d.year() + "-" + d.month().map(String::valueOf).orElse("") + "-"
                        + d.day().map(String::valueOf).orElse("")).orElse("none");
        assertEquals(expected, read);
    }
}
