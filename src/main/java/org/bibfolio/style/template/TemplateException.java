package org.bibfolio.style.template;

/** A template that does not parse; the message names the template and the column, {@link #offset} the place. */
public final class TemplateException extends Exception {

    private final int offset;
    private final String problem;

    TemplateException(String name, int offset, String problem) {
        super("template '" + name + "', column " + (offset + 1) + ": " + problem);
        this.offset = offset;
        this.problem = problem;
    }

    /** Where in the template text (0-based) the mistake is. */
    public int offset() {
        return offset;
    }

    /** What is wrong, without the template's name and column. */
    public String problem() {
        return problem;
    }
}
