package org.bibfolio.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.CRC32C;
import org.bibfolio.files.WorkFolder;

/**
 * Where a library's index may live, best first: in the work folder beside the library's real file
 * ({@code .bibfolio/index/<name>}), else — for a library in a folder the user may not write, such as a read-only
 * checkout or a colleague's shared folder — in the user's cache ({@code $XDG_CACHE_HOME/bibfolio/index/} or
 * {@code ~/.cache/bibfolio/index/}, under a name made from the real path). Where neither can be written the index
 * is built in memory for the one command.
 *
 * @param folder   the index folder
 * @param work     the work folder to create first (with its .gitignore) when the index lives in it
 */
record IndexLocation(Path folder, Optional<WorkFolder> work) {

    static List<IndexLocation> candidates(Path library) throws IOException {
        WorkFolder work = WorkFolder.of(library);
        List<IndexLocation> locations = new ArrayList<>();
        locations.add(new IndexLocation(work.indexFolder(), Optional.of(work)));
        userCache().ifPresent(cache -> locations.add(new IndexLocation(
                cache.resolve("bibfolio").resolve("index").resolve(cacheName(work)), Optional.empty())));
        return locations;
    }

    /** Whether an index can be built or updated here (judged from the modes, so root respects a chmod a-w too). */
    boolean writable() {
        if (work.isPresent() && !work.get().writable()) {
            return false;
        }
        Path existing = folder;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing != null && WorkFolder.writable(existing);
    }

    /** Makes the folders above the index (and the work folder's .gitignore), so its lock file has a place. */
    void prepare() throws IOException {
        if (work.isPresent()) {
            work.get().create();
        }
        Files.createDirectories(folder.getParent());
    }

    /** The file whose OS lock is held while the index is built or brought up to date. */
    Path lockFile() {
        return folder.resolveSibling(folder.getFileName() + ".lock");
    }

    private static Optional<Path> userCache() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && Path.of(xdg).isAbsolute()) {
            return Optional.of(Path.of(xdg));
        }
        String home = System.getProperty("user.home", "");
        return home.isEmpty() || home.equals("?") ? Optional.empty()
                : Optional.of(Path.of(home, ".cache"));
    }

    /** The file's name and a checksum of its real path: one folder per library, readable in a listing. */
    private static String cacheName(WorkFolder work) {
        CRC32C crc = new CRC32C();
        crc.update(work.library().toString().getBytes(StandardCharsets.UTF_8));
        String stem = work.indexFolder().getFileName().toString();
        return stem + "-" + String.format(Locale.ROOT, "%08x", crc.getValue());
    }
}
