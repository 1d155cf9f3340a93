package org.bibfolio.app;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Named moments inside a write where the crash tests hold a writer so they can kill it there. A test starts
 * bibfolio with {@code -Dbibfolio.test.pauseAt=POINT:MILLIS} (and {@code -Dbibfolio.test.pauseMarker=FILE}, created
 * when the writer gets there, so the test knows when to kill); without the property nothing pauses.
 */
final class CrashPoints {

    static final String PROPERTY = "bibfolio.test.pauseAt";
    static final String MARKER_PROPERTY = "bibfolio.test.pauseMarker";
    /** The temp file is complete and fsynced; the rename has not happened. */
    static final String BEFORE_RENAME = "before-rename";
    /** A write in place has saved its backup, not yet its pending copy. */
    static final String AFTER_BACKUP = "after-backup";
    /** A write in place has overwritten half the file. */
    static final String HALF_WRITTEN_IN_PLACE = "half-written";

    private CrashPoints() {
    }

    static void pause(String point) throws IOException {
        String setting = System.getProperty(PROPERTY, "");
        if (!setting.startsWith(point + ":")) {
            return;
        }
        try {
            String marker = System.getProperty(MARKER_PROPERTY, "");
            if (!marker.isEmpty()) {
                Files.createFile(Path.of(marker));
            }
            Thread.sleep(Long.parseLong(setting.substring(point.length() + 1)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted at " + point);
        }
    }
}
