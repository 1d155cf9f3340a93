package org.bibfolio.bibtex;

import java.util.Optional;

/**
 * An entry's DOI, arXiv id and year, as its {@link org.bibfolio.model.Publication} has them, read without mapping
 * the rest: enough to rule out that it is the same paper as another before decoding its title.
 */
public record EntryScreen(Optional<String> doi, Optional<String> arxiv, Optional<Integer> year) { }
