package org.bibfolio.search;

import java.util.ArrayList;
import java.util.List;

/** Splits a query into tokens, each with the 1-based column where it starts. */
final class QueryLexer {

    enum Kind {
        WORD, PHRASE, FIELD, OPEN, CLOSE, AND, OR, NOT, MINUS, END;

        boolean startsTerm() {
            return this == WORD || this == PHRASE || this == FIELD || this == OPEN || this == NOT || this == MINUS;
        }
    }

    /** {@code text} is the word, the phrase without quotes, or the field name without the colon. */
    record Token(Kind kind, String text, int column) { }

    private QueryLexer() {
    }

    static List<Token> tokens(String query) throws QuerySyntaxException {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < query.length()) {
            char c = query.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')') {
                tokens.add(new Token(c == '(' ? Kind.OPEN : Kind.CLOSE, String.valueOf(c), i + 1));
                i++;
            } else if (c == '"') {
                int close = query.indexOf('"', i + 1);
                if (close < 0) {
                    throw new QuerySyntaxException(query, i + 1, "this quote is never closed");
                }
                tokens.add(new Token(Kind.PHRASE, query.substring(i + 1, close), i + 1));
                i = close + 1;
            } else if (c == '-' && startsWord(query, i + 1)) {
                tokens.add(new Token(Kind.MINUS, "-", i + 1));
                i++;
            } else {
                i = word(query, i, tokens);
            }
        }
        tokens.add(new Token(Kind.END, "", query.length() + 1));
        return tokens;
    }

    /** A word, an operator, or a field name followed by its colon; returns where the next token starts. */
    private static int word(String query, int start, List<Token> tokens) {
        int end = start;
        while (end < query.length() && !Character.isWhitespace(query.charAt(end))
                && "()\"".indexOf(query.charAt(end)) < 0) {
            end++;
        }
        String word = query.substring(start, end);
        int colon = word.indexOf(':');
        if (colon > 0 && word.substring(0, colon).chars().allMatch(Character::isLetter)) {
            tokens.add(new Token(Kind.FIELD, word.substring(0, colon), start + 1));
            return start + colon + 1;
        }
        Kind kind = switch (word) {
            case "AND", "&&" -> Kind.AND;
            case "OR", "||" -> Kind.OR;
            case "NOT" -> Kind.NOT;
            default -> Kind.WORD;
        };
        tokens.add(new Token(kind, word, start + 1));
        return end;
    }

    private static boolean startsWord(String query, int at) {
        return at < query.length() && !Character.isWhitespace(query.charAt(at)) && query.charAt(at) != ')';
    }
}
