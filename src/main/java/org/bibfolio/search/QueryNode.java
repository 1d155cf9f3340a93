package org.bibfolio.search;

import java.util.List;
import java.util.Optional;

/** A parsed query: the tree {@link QueryParser} builds and {@link QueryBuilder} turns into a Lucene query. */
public sealed interface QueryNode {

    record And(List<QueryNode> parts) implements QueryNode {
        public And {
            parts = List.copyOf(parts);
        }
    }

    record Or(List<QueryNode> parts) implements QueryNode {
        public Or {
            parts = List.copyOf(parts);
        }
    }

    record Not(QueryNode negated) implements QueryNode { }

    /** How a value matches: as written, a quoted phrase, a prefix ({@code belk*}) or fuzzily ({@code belkn~}). */
    enum Match { WORD, PHRASE, PREFIX, FUZZY }

    /** {@code field:value}; {@code edits} is the fuzzy distance (1 or 2) and 0 otherwise. */
    record Term(SearchField field, String text, Match match, int edits) implements QueryNode { }

    /** {@code year:2020..2024}; either end may be open ({@code year:2020..}). */
    record YearRange(Optional<Integer> from, Optional<Integer> to) implements QueryNode { }
}
