package org.bibfolio.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * bibfolio's own folder beside a library, {@code .bibfolio/}: the lock, the search index, temp files and the backup
 * of an unfinished write. It sits beside the library's real file (a symlinked library.bib is locked and indexed
 * where it really is), and holds a {@code .gitignore} of {@code *}, so git ignores all of it without the user
 * doing anything.
 */
public final class WorkFolder {

    public static final String NAME = ".bibfolio";

    private static final Set<PosixFilePermission> WRITE_BITS = EnumSet.of(PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

    private final Path library;
    private final Path folder;

    private WorkFolder(Path library) {
        this.library = library;
        this.folder = library.getParent().resolve(NAME);
    }

    /** The work folder of {@code library}, beside its real file. */
    public static WorkFolder of(Path library) throws IOException {
        return new WorkFolder(realPath(library));
    }

    /** {@code path} with every symlink resolved; for a file not there yet, its folder's real path and its name. */
    public static Path realPath(Path path) throws IOException {
        Path absolute = path.toAbsolutePath();
        if (Files.exists(absolute)) {
            return absolute.toRealPath();
        }
        Path parent = absolute.getParent();
        return Files.exists(parent) ? parent.toRealPath().resolve(absolute.getFileName()) : absolute;
    }

    /** The library's real file. */
    public Path library() {
        return library;
    }

    public Path folder() {
        return folder;
    }

    /** The file whose OS lock writers of this library hold. */
    public Path lockFile() {
        return folder.resolve(library.getFileName() + ".lock");
    }

    /** Where the lock file was before it moved into the work folder: beside the library. */
    public Path legacyLockFile() {
        return library.resolveSibling(library.getFileName() + ".lock");
    }

    /** The search index of this library: {@code .bibfolio/index/<file name without .bib>}. */
    public Path indexFolder() {
        return folder.resolve("index").resolve(library.getFileName().toString().replaceFirst("(?i)\\.bib$", ""));
    }

    /** Creates the folder and its {@code .gitignore} when missing (also in a folder an older bibfolio made). */
    public Path create() throws IOException {
        Files.createDirectories(folder);
        Path ignore = folder.resolve(".gitignore");
        if (Files.exists(ignore, LinkOption.NOFOLLOW_LINKS)) {
            return folder;
        }
        // written whole, then renamed: a half-written .gitignore would let git show the index
        Path temp = folder.resolve(".gitignore." + ProcessHandle.current().pid() + ".tmp");
        try {
            Files.writeString(temp, "# bibfolio's lock, search index and temp files: nothing to commit\n*\n",
                    StandardCharsets.UTF_8);
            Files.move(temp, ignore);
        } catch (FileAlreadyExistsException another) {
            // another bibfolio wrote it first
        } finally {
            Files.deleteIfExists(temp);
        }
        return folder;
    }

    /** Whether bibfolio may write in the work folder: it exists writable, or can be made in a writable folder. */
    public boolean writable() {
        return Files.isDirectory(folder) ? writable(folder) : writable(library.getParent());
    }

    /**
     * Whether the user lets {@code path} be written, judged from its mode as well as from the system's answer: a
     * file or folder without any write bit (chmod a-w, 0444) is read-only even to root, who could write it anyway.
     */
    public static boolean writable(Path path) {
        if (!Files.isWritable(path)) {
            return false;
        }
        PosixFileAttributeView posix = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (posix == null) {
            return true;
        }
        try {
            Set<PosixFilePermission> mode = posix.readAttributes().permissions();
            return mode.stream().anyMatch(WRITE_BITS::contains);
        } catch (IOException unreadable) {
            return false;
        }
    }
}
