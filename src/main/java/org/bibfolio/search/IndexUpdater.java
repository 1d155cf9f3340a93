package org.bibfolio.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
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
import org.bibfolio.model.Library;

/**
 * Brings the index in line with library.bib. The last commit records what it was built from ({@link IndexStamp});
 * when size and modification time still match, nothing is read. Otherwise the file is hashed; if the content
 * changed, only entries whose text (or crossref parent's text) changed are re-indexed and vanished ones deleted.
 * A change to the macros or settings, a schema change, or an index that cannot be read means a full rebuild.
 */
final class IndexUpdater {

    private static final int BATCH = 2_000;
    private static final int LOCK_ATTEMPTS = 200;

    private IndexUpdater() {
    }

    static LibraryIndex.Status refresh(Path library, String displayName, Path folder)
            throws IOException, BibSyntaxException {
        IndexStamp.FileStat stat = IndexStamp.FileStat.of(library);
        Optional<IndexStamp> stamp = readStamp(folder);
        if (stamp.isEmpty() || !stamp.get().version().equals(IndexSchema.VERSION)) {
            return rebuild(library, displayName, folder);
        }
        if (stamp.get().trusts(stat)) {
            return new LibraryIndex.Status(LibraryIndex.Refresh.FRESH, 0, 0);
        }
        byte[] bytes = Files.readAllBytes(library);
        String fileHash = LibrarySource.hash(bytes);
        try (Directory directory = FSDirectory.open(folder); IndexWriter writer = writer(directory, false)) {
            if (fileHash.equals(stamp.get().fileHash())) {
                commit(writer, stamp.get().withStat(stat));
                return new LibraryIndex.Status(LibraryIndex.Refresh.FRESH, 0, 0);
            }
            LibrarySource source = LibrarySource.parse(displayName, bytes);
            IndexStamp updated = IndexStamp.of(stat, fileHash, source);
            if (!source.contextHash().equals(stamp.get().contextHash())) {
                writer.deleteAll();
                add(writer, source, source.entries(), false);
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
            add(writer, source, changed, true);
            for (String vanished : indexed.keySet()) {
                writer.deleteDocuments(new Term(IndexSchema.ID, vanished));
            }
            commit(writer, updated);
            return new LibraryIndex.Status(LibraryIndex.Refresh.UPDATED, changed.size(), indexed.size());
        }
    }

    /**
     * Builds the index from scratch in a new folder and then swaps it in, so a corrupt or half-written old index
     * is never read, and a search running meanwhile keeps the files it has open.
     */
    static LibraryIndex.Status rebuild(Path library, String displayName, Path folder)
            throws IOException, BibSyntaxException {
        IndexStamp.FileStat stat = IndexStamp.FileStat.of(library);
        byte[] bytes = Files.readAllBytes(library);
        Path fresh = sibling(folder, "new");
        int count;
        try (Directory directory = FSDirectory.open(fresh); IndexWriter writer = writer(directory, true)) {
            count = streamedBuild(writer, displayName, bytes, stat);
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

    /**
     * Indexes the entries while the file is still being parsed: each full batch goes to the pool as soon as it is
     * read, and the file's hash is taken meanwhile. When the file defines macros or settings only after the first
     * batch went out, those batches are thrown away and every entry is indexed again once the parse is done.
     */
    private static int streamedBuild(IndexWriter writer, String displayName, byte[] bytes,
                                               IndexStamp.FileStat stat) throws IOException, BibSyntaxException {
        int threads = threads();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            Future<String> fileHash = pool.submit(() -> LibrarySource.hash(bytes));
            List<Future<Void>> batches = new ArrayList<>();
            IndexSchema.Cache[] cache = new IndexSchema.Cache[1];
            // The parse runs ahead of the indexing threads by a few batches at most, so the parsed items of the
            // batches waiting in the queue do not pile up and survive collection after collection.
            Semaphore ahead = new Semaphore(threads + 1);
            LibrarySource.Streamed streamed = LibrarySource.stream(displayName, bytes, batch -> {
                if (cache[0] == null) {
                    cache[0] = new IndexSchema.Cache(batch.settings().owner());
                }
                IndexSchema.Cache batchCache = cache[0];
                ahead.acquireUninterruptibly();
                batches.add(pool.submit(() -> {
                    try {
                        return addBatch(writer, LibrarySource.map(batch.entries(), batch.definitions(),
                                batch.settings()), batchCache, batch.entries(), false);
                    } finally {
                        ahead.release();
                    }
                }));
            }, BATCH);
            LibrarySource source = streamed.context();
            int count = streamed.count();
            if (streamed.valid()) {
                IndexSchema.Cache rest = cache[0] != null ? cache[0] : new IndexSchema.Cache(source.owner());
                submit(pool, batches, writer, source, rest, streamed.rest(), false);
                flush(pool, batches, writer, threads);
                awaitAll(batches);
            } else {
                for (Future<Void> batch : batches) {
                    try {
                        await(batch);
                    } catch (BibSyntaxException | RuntimeException early) {
                        // mapped without a macro or the settings defined further down: indexed again below
                    }
                }
                writer.deleteAll();
                batches.clear();
                source = LibrarySource.parse(displayName, bytes);
                count = source.entries().size();
                submit(pool, batches, writer, source, new IndexSchema.Cache(source.owner()), source.entries(), false);
                flush(pool, batches, writer, threads);
                awaitAll(batches);
            }
            commit(writer, IndexStamp.of(stat, get(fileHash), source));
            return count;
        } finally {
            pool.shutdownNow();
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

    /**
     * Maps and indexes the entries a batch at a time, the batches in parallel (IndexWriter is thread-safe, and
     * mapping BibTeX to the model is most of the work).
     */
    private static void add(IndexWriter writer, LibrarySource source, List<LibrarySource.Entry> entries,
                            boolean replace) throws IOException, BibSyntaxException {
        int threads = threads();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Void>> batches = new ArrayList<>();
            submit(pool, batches, writer, source, new IndexSchema.Cache(source.owner()), entries, replace);
            flush(pool, batches, writer, threads);
            awaitAll(batches);
        } finally {
            pool.shutdownNow();
        }
    }

    private static int threads() {
        return Math.min(4, Runtime.getRuntime().availableProcessors());
    }

    private static void submit(ExecutorService pool, List<Future<Void>> batches, IndexWriter writer,
                               LibrarySource source, IndexSchema.Cache cache, List<LibrarySource.Entry> entries,
                               boolean replace) {
        for (int start = 0; start < entries.size(); start += BATCH) {
            List<LibrarySource.Entry> batch = entries.subList(start, Math.min(entries.size(), start + BATCH));
            batches.add(pool.submit(() -> addBatch(writer, source.map(batch), cache, batch, replace)));
        }
    }

    /**
     * Each thread that runs out of batches writes one in-memory segment to disk, so the segments are flushed side
     * by side rather than one after another by the commit.
     */
    private static void flush(ExecutorService pool, List<Future<Void>> batches, IndexWriter writer, int threads) {
        for (int thread = 0; thread < threads; thread++) {
            batches.add(pool.submit(() -> {
                writer.flushNextBuffer();
                return null;
            }));
        }
    }

    private static void awaitAll(List<Future<Void>> batches) throws IOException, BibSyntaxException {
        for (Future<Void> batch : batches) {
            await(batch);
        }
    }

    private static Void addBatch(IndexWriter writer, Library library, IndexSchema.Cache cache,
                                 List<LibrarySource.Entry> batch, boolean replace) throws IOException {
        for (int i = 0; i < batch.size(); i++) {
            var doc = IndexSchema.document(batch.get(i), library.publications().get(i), cache);
            if (replace) {
                writer.updateDocument(new Term(IndexSchema.ID, batch.get(i).id()), doc);
            } else {
                writer.addDocument(doc);
            }
        }
        return null;
    }

    private static <T> T get(Future<T> future) throws IOException, BibSyntaxException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while indexing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof BibSyntaxException syntax) {
                throw syntax;
            }
            throw new IllegalStateException("indexing failed", e.getCause());
        }
    }

    private static void await(Future<Void> batch) throws IOException, BibSyntaxException {
        get(batch);
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

    private static IndexWriter writer(Directory directory, boolean create) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(new TextAnalyzer())
                .setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND)
                .setRAMBufferSizeMB(128)
                .setUseCompoundFile(false)
                .setCommitOnClose(false);
        for (int attempt = 1; ; attempt++) {
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

    private static void commit(IndexWriter writer, IndexStamp stamp) throws IOException {
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
