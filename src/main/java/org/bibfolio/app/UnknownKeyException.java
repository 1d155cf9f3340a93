package org.bibfolio.app;

import java.util.List;

/** A command named an entry that the library does not have. */
public final class UnknownKeyException extends Exception {

    private final String key;
    private final List<String> similar;

    public UnknownKeyException(String key, List<String> similar) {
        super("no entry with key '" + key + "'");
        this.key = key;
        this.similar = List.copyOf(similar);
    }

    public String key() {
        return key;
    }

    /** Keys the user may have meant, best first. */
    public List<String> similar() {
        return similar;
    }
}
