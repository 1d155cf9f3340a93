package org.bibfolio.bibtex;

import java.io.IOException;

/** The library file does not exist; the CLI answers with a hint on how to point at another one. */
public final class LibraryNotFoundException extends IOException {

    private final String displayName;

    public LibraryNotFoundException(String displayName) {
        super("library not found: " + displayName);
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
