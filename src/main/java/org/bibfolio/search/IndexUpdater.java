package org.bibfolio.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.bibfolio.bibtex.BibSyntaxException;
import org.bibfolio.files.ExclusiveLock;

/**
 * Brings the index in line with library.bib. The last commit records what it was built from ({@link IndexStamp});
 * when size and modification time still match, nothing is read. Otherwise the file is hashed; if the content
 * changed, only entries whose text (or crossref parent's text) changed are re-indexed and vanished ones deleted.
 * A change to the macros or settings, a schema change, or an index that cannot be read means a full rebuild.
 */
final class IndexUpdater {

    private static final int LOCK_ATTEMPTS = 200;
    /** A build of 100,000 entries takes seconds; a queue of commands waiting for one is served in turn. */
    private static final Duration LOCK_WAIT = Duration.ofSeconds(120);

    private IndexUpdater() {
    }

    /**
     * Whether the index in {@code folder} can be read as it is, without waiting for anyone: its stamp trusts the
     * file's size and modification time, or the file is byte for byte what was indexed. Nothing is written.
     */
    static boolean isFresh(Path library, Path folder) throws IOException {
        Optional<IndexStamp> stamp = readStamp(folder).filter(s -> s.version().equals(IndexSchema.VERSION));
        if (stamp.isEmpty()) {
            return false;
        }
        IndexStamp.FileStat stat = IndexStamp.FileStat.of(library);
        return stamp.get().trusts(stat) || stat.equals(stamp.get().stat())
                && ContentHash.of(Files.readAllBytes(library)).equals(stamp.get().fileHash());
    }

    /**
     * The lock that serialises builds and updates of one index across processes: whoever gets it first builds, the
     * others wait and then find the index up to date ({@link #refresh} reads the stamp again under the lock).
     */
    static ExclusiveLock lock(IndexLocation location) throws IOException {
        location.prepare();
        return ExclusiveLock.acquire(location.lockFile(), LOCK_WAIT).orElseThrow(() -> new IOException(
                "another bibfolio kept the search index locked for " + LOCK_WAIT.toSeconds() + " s ("
                        + location.lockFile() + "); try again"));
    }

    /** Brings the index up to date; hold {@link #lock} around it. */
    static LibraryIndex.Status refresh(Path library, String displayName, Path folder)
            throws IOException, BibSyntaxException {
        removeLeftovers(folder);
        IndexStamp.FileStat stat = IndexStamp.FileStat.of(library);
        Optional<IndexStamp> stamp = readStamp(folder);
        if (stamp.isEmpty() || !stamp.get().version().equals(IndexSchema.VERSION)) {
            return rebuild(library, displayName, folder);
        }
        if (stamp.get().trusts(stat)) {
            return new LibraryIndex.Status(LibraryIndex.Refresh.FRESH, 0, 0);
        }
        byte[] bytes = Files.readAllBytes(library);
        String fileHash = ContentHash.of(bytes);
        if (fileHash.equals(stamp.get().fileHash()) && !stamp.get().worthRestamping(stat)) {
            return new LibraryIndex.Status(LibraryIndex.Refresh.FRESH, 0, 0);
        }
        try (Directory directory = FSDirectory.open(folder); IndexWriter writer = writer(directory, false)) {
            if (fileHash.equals(stamp.get().fileHash())) {
                commit(writer, stamp.get().withStat(stat));
                return new LibraryIndex.Status(LibraryIndex.Refresh.FRESH, 0, 0);
            }
            LibrarySource source = LibrarySource.parse(displayName, bytes);
            IndexStamp updated = IndexStamp.of(stat, fileHash, source);
            if (!source.contextHash().equals(stamp.get().contextHash())) {
                writer.deleteAll();
                IndexBatches.add(writer, source, source.entries(), false);
                commit(writer, updated);
                return new LibraryIndex.Status(LibraryIndex.Refresh.REBUILT, source.entries().size(), 0);
            }
            Map<String, String> indexed = indexedHashes(directory);
            List<LibrarySource.Entry> changed = new ArrayList<>();
            for (LibrarySource.Entry entry : source.entries()) {
                if (!entry.hash().equals(indexed.remove(entry.id()))) {
                    changed.add(entry);
                }
            }
            IndexBatches.add(writer, source, changed, true);
            for (String vanished : indexed.keySet()) {
                writer.deleteDocuments(new Term(IndexSchema.ID, vanished));
            }
            commit(writer, updated);
            return new LibraryIndex.Status(LibraryIndex.Refresh.UPDATED, changed.size(), indexed.size());
        }
    }

    /**
     * Builds the index from scratch in a new folder and then swaps it in, so a corrupt or half-written old index
     * is never read, and a search running meanwhile keeps the files it has open. Hold {@link #lock} around it.
     */
    static LibraryIndex.Status rebuild(Path library, String displayName, Path folder)
            throws IOException, BibSyntaxException {
        Path fresh = sibling(folder, "new");
        int count;
        try (Directory directory = FSDirectory.open(fresh)) {
            count = build(library, displayName, directory);
        } catch (IOException | BibSyntaxException | RuntimeException | Error failed) {
            deleteTree(fresh);
            throw failed;
        }
        Path old = sibling(folder, "old");
        if (Files.exists(folder)) {
            Files.move(folder, old);
        }
        Files.move(fresh, folder);
        deleteTree(old);
        return new LibraryIndex.Status(LibraryIndex.Refresh.REBUILT, count, 0);
    }

    /** Builds the whole index into an empty {@code directory} (on disk, or in memory where no folder is writable). */
    static int build(Path library, String displayName, Directory directory) throws IOException, BibSyntaxException {
        IndexStamp.FileStat stat = IndexStamp.FileStat.of(library);
        byte[] bytes = Files.readAllBytes(library);
        try (IndexWriter writer = writer(directory, true)) {
            return IndexBatches.streamedBuild(writer, displayName, bytes, stat);
        }
    }

    /**
     * Removes the half-built and half-removed index folders ({@code <name>.new-PID}, {@code <name>.old-PID}) of
     * builds that were killed: only a holder of the lock makes them, so none is in use.
     */
    private static void removeLeftovers(Path folder) throws IOException {
        Path parent = folder.getParent();
        if (!Files.isDirectory(parent)) {
            return;
        }
        String prefix = folder.getFileName().toString() + ".";
        try (var siblings = Files.list(parent)) {
            for (Path sibling : siblings.filter(p -> p.getFileName().toString().startsWith(prefix)
                    && p.getFileName().toString().matches(".*\\.(new|old)-\\d+")).toList()) {
                deleteTree(sibling);
            }
        }
    }

    private static Path sibling(Path folder, String purpose) throws IOException {
        Files.createDirectories(folder.getParent());
        Path path = folder.resolveSibling(folder.getFileName() + "." + purpose + "-" + ProcessHandle.current().pid());
        deleteTree(path);
        return path;
    }

    private static void deleteTree(Path path) throws IOException {
        if (Files.exists(path)) {
            try (var files = Files.walk(path)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static Optional<IndexStamp> readStamp(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Directory directory = FSDirectory.open(folder)) {
            return IndexStamp.from(SegmentInfos.readLatestCommit(directory).getUserData());
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty(); // missing or corrupt: the caller rebuilds
        }
    }

    /** Entry id → the hash of the text it was indexed from. */
    private static Map<String, String> indexedHashes(Directory directory) throws IOException {
        Map<String, String> hashes = new HashMap<>();
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                SortedSetDocValues ids = leaf.reader().getSortedSetDocValues(IndexSchema.ID);
                BinaryDocValues entryHashes = leaf.reader().getBinaryDocValues(IndexSchema.HASH);
                Bits live = leaf.reader().getLiveDocs();
                if (ids == null || entryHashes == null) {
                    continue;
                }
                for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
                    if ((live == null || live.get(doc)) && entryHashes.advanceExact(doc)) {
                        hashes.put(ids.lookupOrd(ids.nextOrd()).utf8ToString(),
                                entryHashes.binaryValue().utf8ToString());
                    }
                }
            }
        }
        return hashes;
    }

    /**
     * A writer on the index. Lucene's own write lock is free whenever our lock is held; the retries are for a writer
     * of another kind (an older bibfolio). Each attempt gets a new config: Lucene binds a config to the writer that
     * was tried with it, even one that failed, and refuses it a second time.
     */
    private static IndexWriter writer(Directory directory, boolean create) throws IOException {
        for (int attempt = 1; ; attempt++) {
            IndexWriterConfig config = new IndexWriterConfig(new TextAnalyzer())
                    .setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND)
                    .setRAMBufferSizeMB(128)
                    .setUseCompoundFile(false)
                    .setCommitOnClose(false);
            try {
                return new IndexWriter(directory, config);
            } catch (LockObtainFailedException busy) {
                if (attempt == LOCK_ATTEMPTS) {
                    throw new IOException("another bibfolio is updating the search index; try again", busy);
                }
                sleep();
            }
        }
    }

    static void commit(IndexWriter writer, IndexStamp stamp) throws IOException {
        writer.setLiveCommitData(stamp.toUserData().entrySet(), true);
        writer.commit();
    }

    private static void sleep() throws IOException {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the search index", e);
        }
    }
}
