package org.bibfolio.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.bibfolio.bibtex.BibSyntaxException;
import org.bibfolio.model.Library;

/**
 * The parallel part of indexing: entries are mapped to the model and made into documents a batch at a time, the
 * batches on a small pool of threads (IndexWriter is thread-safe, and mapping BibTeX to the model is most of the work).
 */
final class IndexBatches {

    private static final int BATCH = 2_000;

    private IndexBatches() {
    }

    /**
     * Indexes the entries while the file is still being parsed: each full batch goes to the pool as soon as it is
     * read, and the file's hash is taken meanwhile. When the file defines macros or settings only after the first
     * batch went out, those batches are thrown away and every entry is indexed again once the parse is done.
     */
    static int streamedBuild(IndexWriter writer, String displayName, byte[] bytes,
                                               IndexStamp.FileStat stat) throws IOException, BibSyntaxException {
        int threads = threads();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            Future<String> fileHash = pool.submit(() -> ContentHash.of(bytes));
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
                        return addBatch(writer, ContextMapping.map(batch.entries(), batch.context(),
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
            IndexUpdater.commit(writer, IndexStamp.of(stat, get(fileHash), source));
            return count;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Maps and indexes the entries a batch at a time, the batches in parallel (IndexWriter is thread-safe, and
     * mapping BibTeX to the model is most of the work).
     */
    static void add(IndexWriter writer, LibrarySource source, List<LibrarySource.Entry> entries,
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
}
