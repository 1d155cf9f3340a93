package org.bibfolio.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Optional;
import org.bibfolio.bibtex.BibSyntaxException;
import org.bibfolio.model.Library;
import org.bibfolio.model.Progress;
import org.bibfolio.search.LibraryIndex;
import org.bibfolio.search.QueryNode;
import org.bibfolio.search.QueryParser;
import org.bibfolio.search.QuerySyntaxException;
import org.bibfolio.style.Style;
import org.bibfolio.style.format.Format;

/** The search use case: a query over the library's index, refreshed first when library.bib changed. */
public final class LibrarySearch {

    /** {@code publications}: also turn the hits back into publications (for JSON and the export formats). */
    public record Request(Path library, String displayName, String query, LibraryIndex.Order order, int limit,
                          boolean publications) { }

    /**
     * The hits in order and, when asked for, the same entries as a library of publications; and the library's
     * entries that no search can find because they are not valid BibTeX.
     */
    public record Result(List<LibraryIndex.Hit> hits, Optional<Library> publications, LibraryIndex.Unread unread) { }

    private LibrarySearch() {
    }

    public static Result run(Request request) throws QuerySyntaxException, IOException, BibSyntaxException {
        return run(request, Progress.NONE);
    }

    /** {@link #run(Request)}, telling {@code indexing} how far a build or update of the index is. */
    public static Result run(Request request, Progress indexing)
            throws QuerySyntaxException, IOException, BibSyntaxException {
        QueryNode query = QueryParser.parse(request.query()); // a malformed query fails before the index is touched
        try (LibraryIndex index = LibraryIndex.open(request.library(), request.displayName(), false, indexing)) {
            List<LibraryIndex.Hit> hits = index.search(query, request.order(), request.limit());
            Optional<Library> publications = request.publications() ? Optional.of(index.library(hits))
                    : Optional.empty();
            return new Result(hits, publications, index.unread());
        }
    }

    /** The keys (lower case, as BibTeX compares them) of every entry the query matches. */
    public static Set<String> matchingKeys(Path library, String displayName, String query)
            throws QuerySyntaxException, IOException, BibSyntaxException {
        Result result = run(new Request(library, displayName, query, LibraryIndex.Order.YEAR, 0, false));
        return result.hits().stream().map(hit -> hit.key().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    /** Brings the index up to date, or rebuilds it from scratch; says what it did. */
    public static FromIndex<LibraryIndex.Status> index(Path library, String displayName, boolean rebuild,
                                                       Progress indexing) throws IOException, BibSyntaxException {
        try (LibraryIndex index = LibraryIndex.open(library, displayName, rebuild, indexing)) {
            return new FromIndex<>(index.status(), index.unread());
        }
    }

    /** Search results as one flat list in a style (house or CSL) and output format (no CV sections). */
    public static String render(Library publications, Style style, Format format) {
        return format.render(List.of(style.renderFlat(publications, publications.publications())), false, false);
    }
}
