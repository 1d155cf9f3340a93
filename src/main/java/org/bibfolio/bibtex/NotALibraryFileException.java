package org.bibfolio.bibtex;

import java.io.IOException;

/** The library path names a FIFO, a device or a folder: refused at once rather than read, which could block. */
public final class NotALibraryFileException extends IOException {

    private final String displayName;

    public NotALibraryFileException(String displayName) {
        super(displayName + " is not a regular file (a folder, a FIFO or a device)");
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
