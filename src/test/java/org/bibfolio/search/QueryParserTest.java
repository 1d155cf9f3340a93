package org.bibfolio.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.bibfolio.search.QueryNode.And;
import org.bibfolio.search.QueryNode.Match;
import org.bibfolio.search.QueryNode.Not;
import org.bibfolio.search.QueryNode.Or;
import org.bibfolio.search.QueryNode.Term;
import org.bibfolio.search.QueryNode.YearRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryParserTest {

    @Test
    void adjacentTermsAreAndedAndOrBindsLoosest() throws Exception {
        assertEquals(new Or(List.of(
                        new And(List.of(word(SearchField.ANY, "neural"), word(SearchField.AUTHOR, "belkin"))),
                        new Term(SearchField.VENUE, "International Conference", Match.PHRASE, 0))),
                QueryParser.parse("neural coauthor:belkin OR venue:\"International Conference\""));
    }

    @Test
    void notMinusGroupsPrefixFuzzyAndRanges() throws Exception {
        assertEquals(new And(List.of(
                        new Not(new Or(List.of(word(SearchField.AUTHOR, "liu"), word(SearchField.AUTHOR, "zhu")))),
                        new Not(word(SearchField.TAG, "spotlight")),
                        new Term(SearchField.ANY, "belk", Match.PREFIX, 0),
                        new Term(SearchField.ANY, "belkn", Match.FUZZY, 2),
                        new Term(SearchField.ANY, "belkn", Match.FUZZY, 1),
                        new YearRange(Optional.of(2020), Optional.of(2024)),
                        new YearRange(Optional.empty(), Optional.of(2019)))),
                QueryParser.parse("NOT author:(liu OR zhu) -tag:spotlight belk* AND belkn~ belkn~1 year:2020..2024 "
                        + "year:..2019"));
    }

    @Test
    void hyphensInsideWordsAreNotNegation() throws Exception {
        assertEquals(word(SearchField.TITLE, "non-linear"), QueryParser.parse("title:non-linear"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "''                          | 1  | empty query",
        "author:(belkin OR           | 18 | the query ends",
        "(belkin                     | 1  | never closed",
        "belkin)                     | 7  | unexpected ')'",
        "author:\"M. Belkin          | 8  | quote is never closed",
        "auther:belkin               | 1  | unknown field 'auther:'",
        "author: belkin              | 8  | expected a value right after 'author:'",
        "year:twenty                 | 6  | year: takes a year or a range",
        "year:2020...2024            | 6  | year: takes a year or a range",
        "year:202*                   | 6  | year: takes a year or a range",
        "year:2030..2020             | 6  | the range starts after it ends",
        "kernel year:2024..2023      | 13 | (year:2023..2024?)",
        "status:pending              | 8  | status: is one of",
        "selected:yes                | 10 | selected: is true or false",
        "title:*kernel               | 7  | '*' goes at the end",
        "OR belkin                   | 1  | expected a word or field before 'OR'",
        "belkin AND                  | 11 | the query ends",
        "neural ~x~                  | 8  | '~' goes at the end",
    })
    void errorsPointAtTheColumn(String query, int column, String message) {
        QuerySyntaxException error = assertThrows(QuerySyntaxException.class, () -> QueryParser.parse(query));
        assertEquals(column, error.column(), error.getMessage());
        assertEquals(true, error.problem().contains(message), error.getMessage());
        assertEquals(true, error.getMessage().startsWith("query:1:" + column + ": "), error.getMessage());
    }

    private static Term word(SearchField field, String text) {
        return new Term(field, text, Match.WORD, 0);
    }
}
