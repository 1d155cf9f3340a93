package org.bibfolio.bibtex;

/**
 * Text that is not valid BibTeX. The message reads {@code file:line:column: error: what is wrong}, and names the
 * entry it is in and where that entry starts ({@code … in entry KEY (which starts at line N)}).
 */
public final class BibSyntaxException extends Exception {

    private final String source;
    private final int line;
    private final int column;
    private final String problem;

    public BibSyntaxException(String source, int line, int column, String problem) {
        // No stack trace: this is the user's data, not a bug, and a hostile file may hold a million broken items.
        super(source + ":" + line + ":" + column + ": error: " + problem, null, false, false);
        this.source = source;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** What is wrong and where, without the {@code file:line:column: error:} prefix. */
    public String problem() {
        return problem;
    }
}
