package org.bibfolio.app;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * An exclusive lock on {@code library.bib.lock} next to the library, held while one command reads, changes and
 * writes the library. It is an OS lock ({@link FileChannel#tryLock}), so a process that crashes or is killed
 * releases it with its file handles and never leaves a stale lock behind; the lock file itself stays (deleting it
 * would let two writers lock two different files).
 */
public final class LibraryLock implements AutoCloseable {

    /** Long enough to queue behind dozens of other writers, short enough that a hung one is reported. */
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(30);

    private final FileChannel channel;
    private final FileLock lock;

    private LibraryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static Path lockFileOf(Path library) {
        Path absolute = library.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + ".lock");
    }

    /** Waits up to {@code wait} for the lock; throws {@link LibraryBusyException} when another writer keeps it. */
    public static LibraryLock acquire(Path library, Duration wait) throws IOException {
        Path lockFile = lockFileOf(library);
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    return new LibraryLock(channel, lock);
                }
                if (System.nanoTime() > deadline) {
                    throw new LibraryBusyException(lockFile, wait);
                }
                Thread.sleep(15);
            }
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        } catch (InterruptedException e) {
            channel.close();
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while waiting for " + lockFile);
        }
    }

    /** The lock, or null while someone else holds it; another thread of this JVM holding it counts the same. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
