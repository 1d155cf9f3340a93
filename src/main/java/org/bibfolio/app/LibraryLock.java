package org.bibfolio.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.bibfolio.files.ExclusiveLock;
import org.bibfolio.files.WorkFolder;

/**
 * The lock a command holds while it reads, changes and writes the library: an OS lock on
 * {@code .bibfolio/library.bib.lock} beside the library's real file (so a library reached through a symlink is
 * locked where it is, and git ignores the lock file). Older versions kept the lock file beside the library; once no
 * one holds that one, it is removed.
 */
public final class LibraryLock implements AutoCloseable {

    /** Long enough to queue behind dozens of other writers, short enough that a hung one is reported. */
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(30);

    private final ExclusiveLock lock;

    private LibraryLock(ExclusiveLock lock) {
        this.lock = lock;
    }

    /** Waits up to {@code wait} for the lock; throws {@link LibraryBusyException} when another writer keeps it. */
    public static LibraryLock acquire(Path library, Duration wait) throws IOException {
        WorkFolder work = WorkFolder.of(library);
        work.create();
        ExclusiveLock lock = ExclusiveLock.acquire(work.lockFile(), wait)
                .orElseThrow(() -> new LibraryBusyException(work.lockFile(), wait));
        try {
            removeLegacyLock(work.legacyLockFile());
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
        return new LibraryLock(lock);
    }

    /** The old lock file beside the library, unless an older bibfolio is holding it right now. */
    private static void removeLegacyLock(Path legacy) throws IOException {
        if (!Files.isRegularFile(legacy) || Files.size(legacy) > 0) {
            return;
        }
        Optional<ExclusiveLock> unused = ExclusiveLock.acquire(legacy, Duration.ZERO);
        if (unused.isPresent()) {
            try (ExclusiveLock held = unused.get()) {
                Files.delete(legacy);
            }
        }
    }

    @Override
    public void close() throws IOException {
        lock.close();
    }
}
