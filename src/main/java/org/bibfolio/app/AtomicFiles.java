package org.bibfolio.app;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;
import org.bibfolio.files.WorkFolder;

/**
 * Writes a file so that readers see the old content or the new, never a part, and the file stays what it was to
 * its owner: a temp file, fsynced, renamed over the real file (a symlink is followed, not replaced), with the old
 * file's mode, owner and group. Where a rename would change what the file is — it has other hard links, or its
 * owner or group cannot be given to a new file — the content is written in place instead, with a backup until the
 * write is complete ({@link InPlaceWrite}). A file without any write bit is refused, even for root.
 *
 * <p>Temp files are named after the file they replace and exist only while a write runs. A library's temps, backup
 * and pending copy live in its work folder ({@code .bibfolio/}, ignored by git), and are only ever made under the
 * library's lock, so whatever of them a later holder of the lock finds was left by a writer that died:
 * {@link #recover} finishes or discards its work.
 */
public final class AtomicFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Where the scratch files of one target go, and the prefix of their names. */
    record Scratch(Path folder, String prefix) {

        Path pending() {
            return folder.resolve(prefix + "pending");
        }

        Path backup() {
            return folder.resolve(prefix + "backup");
        }

        /**
         * A new temp file holding {@code content}, fsynced. It is made as any new file is (its mode from the umask, not
         * the private mode of {@link Files#createTempFile}), so a file that did not exist before is readable as usual.
         */
        Path newTemp(byte[] content) throws IOException {
            while (true) {
                Path temp = folder.resolve(prefix + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
                try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE)) {
                    ByteBuffer buffer = ByteBuffer.wrap(content);
                    while (buffer.hasRemaining()) {
                        channel.write(buffer);
                    }
                    channel.force(true);
                    return temp;
                } catch (FileAlreadyExistsException taken) {
                    // another name
                } catch (IOException | RuntimeException failed) {
                    Files.deleteIfExists(temp);
                    throw failed;
                }
            }
        }

        boolean isTemp(Path file) {
            String name = file.getFileName().toString();
            return name.startsWith(prefix) && name.endsWith(".tmp");
        }
    }

    private AtomicFiles() {
    }

    /** Writes any file (an export's output): its scratch files are hidden beside it. */
    public static void write(Path target, byte[] content) throws IOException {
        Path real = WorkFolder.realPath(target);
        write(real, content, besideTarget(real), target.toString());
    }

    /** Writes the library; call it under the library's lock, after {@link #recover}. */
    public static void writeLibrary(WorkFolder work, byte[] content, String displayName) throws IOException {
        work.create();
        write(work.library(), content, inWorkFolder(work), displayName);
    }

    /**
     * Under the library's lock, before reading it: finishes a write in place that a dead writer left half done (the
     * complete new text was saved before it began), then removes what earlier writers left: temp files (in the work
     * folder, and beside the library where older versions put them) and a backup whose write had completed.
     */
    public static void recover(WorkFolder work) throws IOException {
        Path library = work.library();
        if (Files.isDirectory(work.folder())) {
            Scratch scratch = inWorkFolder(work);
            InPlaceWrite.recover(library, scratch);
            removeTemps(scratch);
        }
        removeTemps(besideTarget(library));
    }

    /** Refuses a file the user made read-only (judged by its mode, since root may write anything) or its folder. */
    public static void requireWritable(Path real, String displayName) throws IOException {
        if (Files.exists(real) && !WorkFolder.writable(real)) {
            throw new AccessDeniedException(displayName, null, "the file is read-only (" + mode(real)
                    + "); nothing was written. Make it writable (chmod u+w) to change it");
        }
        if (!Files.isDirectory(real.getParent())) {
            throw new NoSuchFileException(displayName, null, "its folder does not exist; nothing was written");
        }
        if (!WorkFolder.writable(real.getParent())) {
            throw new AccessDeniedException(displayName, null, "its folder " + real.getParent()
                    + " is read-only; nothing was written (bibfolio writes a new file there and renames it)");
        }
    }

    private static void write(Path real, byte[] content, Scratch scratch, String displayName) throws IOException {
        requireWritable(real, displayName);
        Optional<PosixFileAttributes> old = posix(real);
        if (old.isPresent() && linkCount(real) > 1) {
            InPlaceWrite.write(real, content, scratch);
            return;
        }
        Path temp = scratch.newTemp(content);
        try {
            if (old.isPresent() && !takeOver(temp, old.get())) {
                Files.delete(temp);
                InPlaceWrite.write(real, content, scratch);
                return;
            }
            CrashPoints.pause(CrashPoints.BEFORE_RENAME);
            try {
                Files.move(temp, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, real, StandardCopyOption.REPLACE_EXISTING);
            }
            syncFolder(real.getParent());
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Gives the temp file the old file's mode, owner and group; false when the owner or group cannot be given (a
     * user editing a file someone else owns), and the file must be written in place to keep them.
     */
    private static boolean takeOver(Path temp, PosixFileAttributes old) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        view.setPermissions(old.permissions());
        PosixFileAttributes made = view.readAttributes();
        try {
            if (!made.owner().equals(old.owner())) {
                view.setOwner(old.owner());
            }
            if (!made.group().equals(old.group())) {
                view.setGroup(old.group());
            }
            return true;
        } catch (IOException notPermitted) {
            return false;
        }
    }

    /** Makes renames and deletions durable; not every platform lets a folder be opened, so failure is ignored. */
    static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // The data is safe either way; only a crash right now could forget the rename.
        }
    }

    private static void removeTemps(Scratch scratch) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(scratch.folder(), scratch::isTemp)) {
            for (Path leftover : files) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    private static Scratch besideTarget(Path real) {
        return new Scratch(real.getParent(), "." + real.getFileName() + ".");
    }

    private static Scratch inWorkFolder(WorkFolder work) {
        return new Scratch(work.folder(), work.library().getFileName() + ".");
    }

    private static Optional<PosixFileAttributes> posix(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        return view == null || !Files.exists(file) ? Optional.empty() : Optional.of(view.readAttributes());
    }

    private static int linkCount(Path file) {
        try {
            return ((Number) Files.getAttribute(file, "unix:nlink")).intValue();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException noUnixView) {
            return 1;
        }
    }

    private static String mode(Path file) {
        try {
            return posix(file).map(attributes -> PosixFilePermissions.toString(attributes.permissions()))
                    .orElse("not writable");
        } catch (IOException e) {
            return "not writable";
        }
    }
}
