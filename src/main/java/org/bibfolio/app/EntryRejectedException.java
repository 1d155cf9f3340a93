package org.bibfolio.app;

import java.util.Optional;

/** A change was refused because it would make the library worse: a duplicate, a missing field, a bad value. */
public final class EntryRejectedException extends Exception {

    private final Optional<String> hint;

    public EntryRejectedException(String message, Optional<String> hint) {
        super(message);
        this.hint = hint;
    }

    public EntryRejectedException(String message) {
        this(message, Optional.empty());
    }

    /** What the user can do about it, e.g. "use --force to add it anyway". */
    public Optional<String> hint() {
        return hint;
    }
}
