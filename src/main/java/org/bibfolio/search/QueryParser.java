package org.bibfolio.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bibfolio.search.QueryNode.Match;

/**
 * The query grammar of {@code bibfolio search} (docs/search.md), by recursive descent:
 * <pre>
 * query   = or
 * or      = and { "OR" and }
 * and     = unary { ["AND"] unary }           adjacent terms must all match
 * unary   = ("NOT" | "-") unary | primary
 * primary = "(" or ")" | FIELD ":" value | FIELD ":" "(" or ")" | value
 * value   = WORD | "\"" PHRASE "\"" | WORD "*" | WORD "~" [1|2] | YEAR ".." YEAR
 * </pre>
 * Errors name the 1-based column where the query goes wrong.
 */
public final class QueryParser {

    private static final Set<String> STATUSES = Set.of("published", "accepted", "submitted", "inpreparation",
            "preprint");
    private static final Pattern YEAR_RANGE = Pattern.compile("(\\d{1,4})?\\.\\.(\\d{1,4})?");
    private static final Pattern FUZZY = Pattern.compile("([^~]+)~([12]?)");

    private final String query;
    private final List<QueryLexer.Token> tokens;
    private int next;

    private QueryParser(String query, List<QueryLexer.Token> tokens) {
        this.query = query;
        this.tokens = tokens;
    }

    public static QueryNode parse(String query) throws QuerySyntaxException {
        QueryParser parser = new QueryParser(query, QueryLexer.tokens(query));
        if (parser.peek().kind() == QueryLexer.Kind.END) {
            throw parser.error(1, "empty query: give words, or fields such as author:belkin");
        }
        QueryNode node = parser.or(SearchField.ANY);
        QueryLexer.Token extra = parser.peek();
        if (extra.kind() != QueryLexer.Kind.END) {
            throw parser.error(extra.column(), "unexpected '" + extra.text() + "'");
        }
        return node;
    }

    private QueryNode or(SearchField field) throws QuerySyntaxException {
        List<QueryNode> parts = new ArrayList<>(List.of(and(field)));
        while (peek().kind() == QueryLexer.Kind.OR) {
            take();
            parts.add(and(field));
        }
        return parts.size() == 1 ? parts.get(0) : new QueryNode.Or(parts);
    }

    private QueryNode and(SearchField field) throws QuerySyntaxException {
        List<QueryNode> parts = new ArrayList<>(List.of(unary(field)));
        while (true) {
            QueryLexer.Kind kind = peek().kind();
            if (kind == QueryLexer.Kind.AND) {
                take();
                parts.add(unary(field));
            } else if (kind.startsTerm()) {
                parts.add(unary(field));
            } else {
                break;
            }
        }
        return parts.size() == 1 ? parts.get(0) : new QueryNode.And(parts);
    }

    private QueryNode unary(SearchField field) throws QuerySyntaxException {
        QueryLexer.Kind kind = peek().kind();
        if (kind == QueryLexer.Kind.NOT || kind == QueryLexer.Kind.MINUS) {
            take();
            return new QueryNode.Not(unary(field));
        }
        return primary(field);
    }

    private QueryNode primary(SearchField field) throws QuerySyntaxException {
        QueryLexer.Token token = take();
        switch (token.kind()) {
            case OPEN:
                return group(token, field);
            case FIELD:
                return fieldValue(token);
            case WORD:
            case PHRASE:
                return value(field, token);
            case END:
                throw error(token.column(), "the query ends where a word or field was expected");
            default:
                throw error(token.column(), "expected a word or field before '" + token.text() + "'");
        }
    }

    private QueryNode group(QueryLexer.Token open, SearchField field) throws QuerySyntaxException {
        QueryNode inner = or(field);
        if (peek().kind() != QueryLexer.Kind.CLOSE) {
            throw error(open.column(), "this '(' is never closed");
        }
        take();
        return inner;
    }

    private QueryNode fieldValue(QueryLexer.Token fieldToken) throws QuerySyntaxException {
        SearchField field = SearchField.byName(fieldToken.text()).orElseThrow(() -> error(fieldToken.column(),
                "unknown field '" + fieldToken.text() + ":' (fields: " + String.join(", ", SearchField.allNames())
                        + ")"));
        int valueColumn = fieldToken.column() + fieldToken.text().length() + 1;
        QueryLexer.Token value = peek();
        boolean glued = value.column() == valueColumn;
        if (!glued || !(value.kind() == QueryLexer.Kind.WORD || value.kind() == QueryLexer.Kind.PHRASE
                || value.kind() == QueryLexer.Kind.OPEN)) {
            throw error(valueColumn, "expected a value right after '" + fieldToken.text() + ":'");
        }
        take();
        return value.kind() == QueryLexer.Kind.OPEN ? group(value, field) : value(field, value);
    }

    private QueryNode value(SearchField field, QueryLexer.Token token) throws QuerySyntaxException {
        String text = token.text();
        if (token.kind() == QueryLexer.Kind.PHRASE) {
            if (text.isBlank()) {
                throw error(token.column(), "empty quotes");
            }
            return checked(field, token, new QueryNode.Term(field, text.strip(), Match.PHRASE, 0));
        }
        if (field == SearchField.YEAR) {
            return year(token);
        }
        int star = text.indexOf('*');
        if (star >= 0) {
            if (star != text.length() - 1 || star == 0) {
                throw error(token.column() + star, "'*' goes at the end of a word, as in belk*");
            }
            return checked(field, token, new QueryNode.Term(field, text.substring(0, star), Match.PREFIX, 0));
        }
        Matcher fuzzy = FUZZY.matcher(text);
        if (fuzzy.matches()) {
            int edits = fuzzy.group(2).isEmpty() ? 2 : Integer.parseInt(fuzzy.group(2));
            return checked(field, token, new QueryNode.Term(field, fuzzy.group(1), Match.FUZZY, edits));
        }
        if (text.contains("~")) {
            throw error(token.column() + text.indexOf('~'), "'~' goes at the end of a word, as in belkn~ or belkn~1");
        }
        return checked(field, token, new QueryNode.Term(field, text, Match.WORD, 0));
    }

    private QueryNode year(QueryLexer.Token token) throws QuerySyntaxException {
        Matcher range = YEAR_RANGE.matcher(token.text());
        if (range.matches() && (range.group(1) != null || range.group(2) != null)) {
            if (range.group(1) != null && range.group(2) != null
                    && Integer.parseInt(range.group(1)) > Integer.parseInt(range.group(2))) {
                throw error(token.column(), "year:" + token.text() + " is empty: the range starts after it ends"
                        + " (year:" + range.group(2) + ".." + range.group(1) + "?)");
            }
            return new QueryNode.YearRange(Optional.ofNullable(range.group(1)).map(Integer::valueOf),
                    Optional.ofNullable(range.group(2)).map(Integer::valueOf));
        }
        if (token.text().matches("\\d{1,4}")) {
            return new QueryNode.Term(SearchField.YEAR, token.text(), Match.WORD, 0);
        }
        throw error(token.column(), "year: takes a year or a range: year:2022, year:2020..2024, year:2020..");
    }

    private QueryNode checked(SearchField field, QueryLexer.Token token, QueryNode.Term term)
            throws QuerySyntaxException {
        boolean exact = term.match() == Match.WORD || term.match() == Match.PHRASE;
        String value = term.text().toLowerCase(java.util.Locale.ROOT);
        if (field == SearchField.STATUS && (!exact || !STATUSES.contains(value))) {
            throw error(token.column(), "status: is one of " + String.join(", ", STATUSES.stream().sorted().toList()));
        }
        if (field == SearchField.SELECTED && (!exact || !(value.equals("true") || value.equals("false")))) {
            throw error(token.column(), "selected: is true or false");
        }
        if (field == SearchField.YEAR) {
            throw error(token.column(), "year: takes a year or a range: year:2022, year:2020..2024, year:2020..");
        }
        return term;
    }

    private QueryLexer.Token peek() {
        return tokens.get(next);
    }

    private QueryLexer.Token take() {
        QueryLexer.Token token = tokens.get(next);
        if (token.kind() != QueryLexer.Kind.END) {
            next++;
        }
        return token;
    }

    private QuerySyntaxException error(int column, String problem) {
        return new QuerySyntaxException(query, column, problem);
    }
}
