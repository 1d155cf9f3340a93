package org.bibfolio.search;

/** A query that does not follow the grammar (docs/search.md). {@code column} is 1-based in the query text. */
public final class QuerySyntaxException extends Exception {

    private final String query;
    private final int column;
    private final String problem;

    public QuerySyntaxException(String query, int column, String problem) {
        super("query:1:" + column + ": " + problem);
        this.query = query;
        this.column = column;
        this.problem = problem;
    }

    public String query() {
        return query;
    }

    public int column() {
        return column;
    }

    public String problem() {
        return problem;
    }
}
