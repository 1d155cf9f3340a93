package org.bibfolio.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bibfolio.bibtex.BibSyntaxException;

/**
 * What an index was built from, kept in its commit user data: the schema version, the library's size,
 * modification time and content hash, when it was indexed, the library's context (macros and settings) with
 * its hash and charset, which {@link LibraryIndex#library} needs to turn hits back into publications, and the
 * entries that could not be indexed because they are not valid BibTeX ({@link Unreadable}): a search on an index
 * that is up to date reads nothing else, and must still say what it cannot search.
 */
record IndexStamp(String version, FileStat stat, long indexedAt, String fileHash, String contextHash, String context,
                  String charset, Unreadable unreadable) {

    /**
     * The broken items of the indexed file: the first {@link #KEPT} errors (line, column, what is wrong, so they are
     * named with the file as the command names it) and how many there are in all. A hostile file may hold a million.
     */
    record Unreadable(List<Error> errors, int count) {

        static final int KEPT = 1_000;

        record Error(int line, int column, String problem) { }

        Unreadable {
            errors = List.copyOf(errors);
        }

        static Unreadable of(List<BibSyntaxException> broken) {
            return new Unreadable(broken.stream().limit(KEPT)
                    .map(e -> new Error(e.line(), e.column(), e.problem())).toList(), broken.size());
        }

        /** One line per error, {@code line:column:problem} (an error is one line on stderr, so a break is a space). */
        String encode() {
            return errors.stream().map(e -> e.line() + ":" + e.column() + ":" + e.problem().replaceAll("\\R", " "))
                    .collect(Collectors.joining("\n"));
        }

        static Unreadable decode(String errors, String count) {
            List<Error> decoded = new ArrayList<>();
            for (String line : errors.isEmpty() ? new String[0] : errors.split("\n")) {
                String[] parts = line.split(":", 3);
                decoded.add(new Error(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), parts[2]));
            }
            return new Unreadable(decoded, Integer.parseInt(count));
        }
    }

    /**
     * A file whose modification time is this close to the moment it was indexed may have changed again within the
     * same clock tick (coarse file-system timestamps, as in git's "racy" files): it is hashed rather than trusted.
     */
    private static final long RACY_MILLIS = 2_000;

    /** Size and modification time: compared before anything is read. */
    record FileStat(long size, long modifiedMillis) {
        static FileStat of(Path file) throws IOException {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileStat(attributes.size(), attributes.lastModifiedTime().toMillis());
        }
    }

    static IndexStamp of(FileStat stat, String fileHash, LibrarySource source) {
        return new IndexStamp(IndexSchema.VERSION, stat, System.currentTimeMillis(), fileHash, source.contextHash(),
                source.context(), source.charset().name(), Unreadable.of(source.broken()));
    }

    IndexStamp withStat(FileStat newStat) {
        return new IndexStamp(version, newStat, System.currentTimeMillis(), fileHash, contextHash, context, charset,
                unreadable);
    }

    /** Whether the library can be taken as unchanged without reading it. */
    boolean trusts(FileStat current) {
        return current.equals(stat) && current.modifiedMillis() < indexedAt - RACY_MILLIS;
    }

    /**
     * Whether a new stamp with {@code current} is worth a commit when the content is unchanged: the size or time
     * differ, or enough time has passed that the new stamp will be trusted without hashing next time.
     */
    boolean worthRestamping(FileStat current) {
        return !current.equals(stat) || current.modifiedMillis() < System.currentTimeMillis() - RACY_MILLIS;
    }

    Map<String, String> toUserData() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("version", version);
        data.put("size", String.valueOf(stat.size()));
        data.put("mtime", String.valueOf(stat.modifiedMillis()));
        data.put("indexedAt", String.valueOf(indexedAt));
        data.put("hash", fileHash);
        data.put("contextHash", contextHash);
        data.put("context", context);
        data.put("charset", charset);
        data.put("broken", unreadable.encode());
        data.put("brokenCount", String.valueOf(unreadable.count()));
        return data;
    }

    static Optional<IndexStamp> from(Map<String, String> data) {
        try {
            return Optional.of(new IndexStamp(data.get("version"),
                    new FileStat(Long.parseLong(data.get("size")), Long.parseLong(data.get("mtime"))),
                    Long.parseLong(data.get("indexedAt")), data.get("hash"), data.get("contextHash"),
                    data.get("context"), data.get("charset"),
                    Unreadable.decode(data.getOrDefault("broken", ""), data.getOrDefault("brokenCount", "0"))))
                    .filter(stamp -> stamp.version() != null && stamp.fileHash() != null
                            && stamp.contextHash() != null && stamp.context() != null && stamp.charset() != null);
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException missing) {
            return Optional.empty();
        }
    }
}
