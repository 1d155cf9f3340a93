package org.bibfolio.app;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file's content without replacing the file, for files a rename would break: hard links (each name would
 * keep its own copy) and files whose owner a new file cannot take. A write in place can be cut short, so it runs as a
 * small journal in the scratch folder:
 *
 * <ol>
 *   <li>the old content is saved as the backup (written whole, fsynced, then renamed into place);</li>
 *   <li>the new content is saved as the pending copy, the same way: from now on the write can always be finished;</li>
 *   <li>the file is overwritten from the start, truncated to the new length and fsynced;</li>
 *   <li>the pending copy is removed, then the backup.</li>
 * </ol>
 *
 * A crash before step 2 completes leaves the file untouched (a backup without a pending copy is simply removed); a
 * crash in step 3 leaves a file that may be part old, part new, and the pending copy, which {@link #recover}
 * (run by the next writer, under the lock) writes over it again; after step 4 there is nothing to do. The backup is
 * the user's last resort should even the pending copy be lost.
 */
final class InPlaceWrite {

    private InPlaceWrite() {
    }

    static void write(Path file, byte[] content, AtomicFiles.Scratch scratch) throws IOException {
        saveWhole(scratch, scratch.backup(), Files.readAllBytes(file));
        CrashPoints.pause(CrashPoints.AFTER_BACKUP);
        saveWhole(scratch, scratch.pending(), content);
        overwrite(file, content);
        Files.delete(scratch.pending());
        AtomicFiles.syncFolder(scratch.folder());
        Files.delete(scratch.backup());
    }

    /** Finishes an interrupted write (its pending copy is complete), or drops the backup of a finished one. */
    static void recover(Path file, AtomicFiles.Scratch scratch) throws IOException {
        if (Files.exists(scratch.pending())) {
            overwrite(file, Files.readAllBytes(scratch.pending()));
            Files.delete(scratch.pending());
            AtomicFiles.syncFolder(scratch.folder());
        }
        Files.deleteIfExists(scratch.backup());
    }

    private static void saveWhole(AtomicFiles.Scratch scratch, Path destination, byte[] content) throws IOException {
        Path temp = scratch.newTemp(content);
        try {
            Files.move(temp, destination, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            AtomicFiles.syncFolder(scratch.folder());
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The same inode, new bytes: written from the start, cut to length, fsynced. */
    private static void overwrite(Path file, byte[] content) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            int half = content.length / 2;
            buffer.limit(half);
            writeFully(channel, buffer);
            CrashPoints.pause(CrashPoints.HALF_WRITTEN_IN_PLACE);
            buffer.limit(content.length);
            writeFully(channel, buffer);
            channel.truncate(content.length);
            channel.force(true);
        }
    }

    private static void writeFully(FileChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }
}
