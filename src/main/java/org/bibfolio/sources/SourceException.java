package org.bibfolio.sources;

import java.util.Optional;

/**
 * A metadata service failed to give an answer. Each kind has its own exit code: the service could not be reached
 * (try later), its answer could not be read (report it), or it knows no such work (check the identifier).
 */
public abstract sealed class SourceException extends Exception
        permits SourceException.Unreachable, SourceException.UnreadableAnswer, SourceException.UnknownWork {

    private final transient Optional<String> hint;

    private SourceException(String message, Optional<String> hint, Throwable cause) {
        super(message, cause);
        this.hint = hint;
    }

    public Optional<String> hint() {
        return hint;
    }

    /** No answer: refused connection, unknown host, time-out, or the service stayed busy (429/5xx). */
    public static final class Unreachable extends SourceException {
        public Unreachable(String message, Optional<String> hint, Throwable cause) {
            super(message, hint, cause);
        }
    }

    /** An answer that is not what the service's documented format promises. */
    public static final class UnreadableAnswer extends SourceException {
        public UnreadableAnswer(String message, Throwable cause) {
            super(message, Optional.of("the service may have changed its format; run again with --debug and "
                    + "report it"), cause);
        }
    }

    /** The service answered, and knows no work with that identifier. */
    public static final class UnknownWork extends SourceException {
        public UnknownWork(String message, Optional<String> hint) {
            super(message, hint, null);
        }
    }
}
