package org.bibfolio.style;

import java.util.Optional;

/** A style that cannot be found or read; the message is one line for the user, located when it can be. */
public class StyleException extends Exception {

    private final Optional<String> location;
    private final String problem;

    public StyleException(String message) {
        super(message);
        this.location = Optional.empty();
        this.problem = message;
    }

    private StyleException(String location, String problem) {
        super(location + ": " + problem);
        this.location = Optional.of(location);
        this.problem = problem;
    }

    /** A mistake at a place in a style file: the message reads {@code file:line:column: problem}. */
    public static StyleException at(String source, int line, int column, String problem) {
        return new StyleException(source + ":" + line + ":" + column, problem);
    }

    /**
     * The line to show: {@code file:line:column: error: problem} for a located mistake (the form editors and
     * compilers use, so one can jump to it), {@code bibfolio: error: message} otherwise.
     */
    public String diagnostic() {
        return location.map(where -> where + ": error: " + problem).orElse("bibfolio: error: " + getMessage());
    }
}
