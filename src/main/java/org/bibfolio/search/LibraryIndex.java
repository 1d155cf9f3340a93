package org.bibfolio.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.bibfolio.bibtex.BibSyntaxException;
import org.bibfolio.bibtex.LibraryNotFoundException;
import org.bibfolio.files.ExclusiveLock;
import org.bibfolio.files.WorkFolder;
import org.bibfolio.model.Library;
import org.bibfolio.model.Venue;

/**
 * The search index of one library file, kept in {@code .bibfolio/index/<name>/} beside it (or elsewhere, see
 * {@link IndexLocation}). Opening it brings it up to date with the file first (see {@link IndexUpdater}); a missing
 * or unreadable index is rebuilt.
 */
public final class LibraryIndex implements Closeable {

    public enum Refresh { FRESH, UPDATED, REBUILT }

    /** What opening did: nothing, re-indexed {@code reindexed} entries and deleted {@code deleted}, or rebuilt. */
    public record Status(Refresh refresh, int reindexed, int deleted) { }

    /** Result order: newest first (then by key), or best match first (then newest). */
    public enum Order { YEAR, RELEVANCE }

    /** One matching entry, from the stored fields: enough to print a line, and its original text. */
    public record Hit(String key, Optional<Integer> year, String title, Venue venue, List<StoredAuthor> authors,
                      String source, Optional<String> parentSource, Stored stored) { }

    /**
     * The entries of the library that are not valid BibTeX, as of the indexed file, which no search can find: the
     * first errors ({@code file:line:col: error: … in entry KEY (which starts at line N)}, the file named as the
     * command names it), how many there are in all, and how many entries were read.
     */
    public record Unread(List<BibSyntaxException> errors, int count, int read) {
        public Unread {
            errors = List.copyOf(errors);
        }

        public boolean isEmpty() {
            return count == 0;
        }
    }

    /** Where a hit's entry and parent stand among the context items: what mapping it back needs. */
    public record Stored(int contextBefore, int parentContextBefore) { }

    private static final SortField NEWEST = newest();

    private final Directory directory;
    private final SearcherManager searchers;
    private final Status status;
    private final IndexStamp stamp;
    private final String displayName;

    private LibraryIndex(Directory directory, SearcherManager searchers, Status status, IndexStamp stamp,
                         String displayName) {
        this.directory = directory;
        this.searchers = searchers;
        this.status = status;
        this.stamp = stamp;
        this.displayName = displayName;
    }

    /** The index folder of a library file: {@code .bibfolio/index/<file name without .bib>} beside its real file. */
    public static Path folderFor(Path library) throws IOException {
        return WorkFolder.of(library).indexFolder();
    }

    /**
     * Opens the index of {@code library}, first refreshing it, or rebuilding it when {@code rebuild} is set. Any
     * number of processes may do this at once: an index that is up to date is read without a lock; building or
     * updating one takes its lock, and who waited for it finds the work done. Where no index folder can be written
     * (a read-only folder and cache), the index is built in memory for this command.
     */
    public static LibraryIndex open(Path library, String displayName, boolean rebuild)
            throws IOException, BibSyntaxException {
        if (!Files.isRegularFile(library)) {
            throw new LibraryNotFoundException(displayName);
        }
        for (IndexLocation location : IndexLocation.candidates(library)) {
            Optional<LibraryIndex> ready = rebuild ? Optional.empty() : openIfFresh(library, location, displayName);
            if (ready.isPresent()) {
                return ready.get();
            }
            if (location.writable()) {
                return openLocked(library, location, displayName, rebuild);
            }
        }
        Directory memory = new ByteBuffersDirectory();
        int count = IndexUpdater.build(library, displayName, memory);
        return openDirectory(memory, new Status(Refresh.REBUILT, count, 0), displayName);
    }

    /** The index as it is, when it is up to date; empty when it must be updated or cannot be read right now. */
    private static Optional<LibraryIndex> openIfFresh(Path library, IndexLocation location, String displayName)
            throws IOException {
        if (!IndexUpdater.isFresh(library, location.folder())) {
            return Optional.empty();
        }
        try {
            return Optional.of(openDirectory(FSDirectory.open(location.folder()), new Status(Refresh.FRESH, 0, 0),
                    displayName));
        } catch (IOException | RuntimeException moved) {
            return Optional.empty(); // being rebuilt by another process this moment: wait for it under the lock
        }
    }

    private static LibraryIndex openLocked(Path library, IndexLocation location, String displayName, boolean rebuild)
            throws IOException, BibSyntaxException {
        Path folder = location.folder();
        try (ExclusiveLock lock = IndexUpdater.lock(location)) {
            Status status = rebuild ? IndexUpdater.rebuild(library, displayName, folder)
                    : IndexUpdater.refresh(library, displayName, folder);
            try {
                return openDirectory(FSDirectory.open(folder), status, displayName);
            } catch (IOException | RuntimeException unreadable) {
                // The commit was readable but a segment is not: start again from the library.
                return openDirectory(FSDirectory.open(folder), IndexUpdater.rebuild(library, displayName, folder),
                        displayName);
            }
        }
    }

    private static LibraryIndex openDirectory(Directory directory, Status status, String displayName)
            throws IOException {
        try {
            SearcherManager searchers = new SearcherManager(directory, null);
            IndexSearcher searcher = searchers.acquire();
            try {
                DirectoryReader reader = (DirectoryReader) searcher.getIndexReader();
                IndexStamp stamp = IndexStamp.from(reader.getIndexCommit().getUserData())
                        .orElseThrow(() -> new IOException("index without a stamp"));
                return new LibraryIndex(directory, searchers, status, stamp, displayName);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    public Status status() {
        return status;
    }

    /** The entries the index could not read; see {@link Unread}. */
    public Unread unread() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            List<BibSyntaxException> errors = stamp.unreadable().errors().stream()
                    .map(e -> new BibSyntaxException(displayName, e.line(), e.column(), e.problem())).toList();
            return new Unread(errors, stamp.unreadable().count(), searcher.getIndexReader().numDocs());
        } finally {
            searchers.release(searcher);
        }
    }

    /** The entries matching {@code query}, in {@code order}; at most {@code limit} of them when limit > 0. */
    public List<Hit> search(QueryNode query, Order order, int limit) throws IOException {
        return search(new QueryBuilder(new TextAnalyzer()).build(query), order, limit);
    }

    /**
     * The owner's entries (every entry when the library names no owner, or {@code everyone} is set), narrowed by
     * {@code filter}: what coauthor and venue lists count.
     */
    public List<Hit> owned(Optional<QueryNode> filter, boolean everyone) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.FILTER);
        if (!everyone && hasOwner()) {
            query.add(new TermQuery(new Term(IndexSchema.OWNED, "true")), Occur.FILTER);
        }
        QueryBuilder builder = new QueryBuilder(new TextAnalyzer());
        filter.ifPresent(node -> query.add(builder.build(node), Occur.FILTER));
        return search(query.build(), Order.YEAR, 0);
    }

    /** The publications of the given hits, in their order, as reading the library would give them. */
    public Library library(List<Hit> hits) throws BibSyntaxException {
        return ContextMapping.map(displayName, Charset.forName(stamp.charset()), stamp.context(),
                hits.stream().map(hit -> new ContextMapping.Text(hit.source(), hit.stored().contextBefore(),
                        hit.parentSource(), hit.stored().parentContextBefore())).toList());
    }

    private boolean hasOwner() throws IOException {
        try {
            return !library(List.of()).owner().variants().isEmpty();
        } catch (BibSyntaxException e) {
            throw new IOException("the index's copy of the library settings does not parse", e);
        }
    }

    private List<Hit> search(Query query, Order order, int limit) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            int count = limit > 0 ? limit : Math.max(1, searcher.getIndexReader().maxDoc());
            Sort sort = order == Order.YEAR
                    ? new Sort(NEWEST, new SortField(IndexSchema.KEY_SORT, SortField.Type.STRING))
                    : new Sort(SortField.FIELD_SCORE, NEWEST, new SortField(IndexSchema.KEY_SORT, SortField.Type.STRING));
            ScoreDoc[] docs = searcher.search(query, count, sort, order == Order.RELEVANCE).scoreDocs;
            StoredFields stored = searcher.storedFields();
            List<Hit> hits = new ArrayList<>(docs.length);
            for (ScoreDoc doc : docs) {
                hits.add(hit(stored.document(doc.doc)));
            }
            return hits;
        } finally {
            searchers.release(searcher);
        }
    }

    private static Hit hit(Document doc) {
        Optional<Integer> year = Optional.ofNullable(doc.getField(IndexSchema.YEAR))
                .map(field -> field.numericValue().intValue());
        Venue venue = new Venue(doc.get(IndexSchema.VENUE_NAME), Optional.ofNullable(doc.get(IndexSchema.VENUE_ABBR)));
        List<StoredAuthor> authors = Arrays.stream(doc.getValues(IndexSchema.AUTHOR)).map(StoredAuthor::decode).toList();
        return new Hit(doc.get(IndexSchema.KEY_STORED), year, doc.get(IndexSchema.TITLE), venue, authors,
                text(doc, IndexSchema.SOURCE), Optional.ofNullable(text(doc, IndexSchema.PARENT_SOURCE)),
                new Stored(number(doc, IndexSchema.CONTEXT_BEFORE),
                        number(doc, IndexSchema.PARENT_CONTEXT_BEFORE)));
    }

    private static SortField newest() {
        SortField field = new SortField(IndexSchema.DATE, SortField.Type.LONG, true);
        field.setMissingValue(Long.MIN_VALUE);
        return field;
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
        } finally {
            directory.close();
        }
    }

    private static int number(Document doc, String field) {
        var value = doc.getField(field);
        return value == null ? 0 : value.numericValue().intValue();
    }

    /** A stored text (an entry's source is stored as UTF-8 bytes), or null. */
    private static String text(Document doc, String field) {
        BytesRef bytes = doc.getBinaryValue(field);
        return bytes == null ? null : bytes.utf8ToString();
    }
}
