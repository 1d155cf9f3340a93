package org.bibfolio.cli;

import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What {@code coauthors} and {@code venues} share: the library, which papers to count, and JSON output. */
final class TallyOptions {

    @Mixin
    LibraryOption library;

    @Parameters(index = "0", arity = "0..1", paramLabel = "QUERY",
            description = "Count only the papers matching this search query.")
    Optional<String> query;

    @Option(names = "--all", description = "Count every entry, not only the owner's papers (for venues: not only "
            + "the papers that appeared, i.e. published or accepted).")
    boolean all;

    @Option(names = "--json", description = "One JSON array (shape in docs/search.md).")
    boolean json;
}
