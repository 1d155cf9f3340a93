package org.bibfolio.bibtex;

/** The library is not valid BibTeX. The message reads {@code file:line:column: what is wrong}. */
public final class BibSyntaxException extends Exception {

    private final String source;
    private final int line;
    private final int column;
    private final String problem;

    public BibSyntaxException(String source, int line, int column, String problem) {
        super(source + ":" + line + ":" + column + ": " + problem);
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

    public String problem() {
        return problem;
    }
}
