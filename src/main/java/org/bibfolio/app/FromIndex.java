package org.bibfolio.app;

import org.bibfolio.search.LibraryIndex;

/**
 * What a use case read from the search index, and the entries of the library the index could not read (broken
 * BibTeX): a listing made without them must say so, as {@code export} and {@code list} do.
 */
public record FromIndex<T>(T value, LibraryIndex.Unread unread) { }
