package org.bibfolio.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/** Another process kept the library's lock for longer than we were willing to wait. */
public final class LibraryBusyException extends IOException {

    private final Path lockFile;

    public LibraryBusyException(Path lockFile, Duration waited) {
        super("the library is locked by another bibfolio process (waited " + waited.toSeconds() + " s for "
                + lockFile + ")");
        this.lockFile = lockFile;
    }

    public Path lockFile() {
        return lockFile;
    }
}
