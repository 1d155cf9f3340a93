package org.bibfolio.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bibfolio.bibtex.BibSyntaxException;
import org.bibfolio.model.Folding;
import org.bibfolio.search.LibraryIndex;
import org.bibfolio.search.QueryNode;
import org.bibfolio.search.QueryParser;
import org.bibfolio.search.QuerySyntaxException;
import org.bibfolio.search.SearchField;

/**
 * The venues use case: where the owner published, with counts. Entries group by the venue's abbreviation where
 * the library gives one (the three ICLR entries name their proceedings differently), else by the full name.
 * Entries without a venue (bare preprints) are not counted, nor, unless every entry is asked for, papers that have
 * not appeared (submitted or in preparation).
 */
public final class Venues {

    /** One venue: its abbreviation (or ""), its full name as most often written, and its papers. */
    public record VenueCount(String abbreviation, String name, int papers, Optional<Integer> firstYear,
                             Optional<Integer> lastYear) { }

    /**
     * Where a paper appeared: published, or accepted (it will appear there). Submitted work names a venue that has
     * not taken it, and work in preparation or a bare preprint none that counts.
     */
    private static final QueryNode APPEARED = new QueryNode.Or(List.of(
            new QueryNode.Term(SearchField.STATUS, "published", QueryNode.Match.WORD, 0),
            new QueryNode.Term(SearchField.STATUS, "accepted", QueryNode.Match.WORD, 0)));

    private Venues() {
    }

    /**
     * The venues of the owner's papers that appeared, or with {@code everyone} of every entry whatever its status,
     * narrowed by {@code query}.
     */
    public static FromIndex<List<VenueCount>> list(Path library, String displayName, Optional<String> query,
                                                   boolean everyone)
            throws QuerySyntaxException, IOException, BibSyntaxException {
        List<QueryNode> filters = new ArrayList<>();
        if (query.isPresent()) {
            filters.add(QueryParser.parse(query.get()));
        }
        if (!everyone) {
            filters.add(APPEARED);
        }
        Optional<QueryNode> filter = filters.isEmpty() ? Optional.empty() : Optional.of(new QueryNode.And(filters));
        try (LibraryIndex index = LibraryIndex.open(library, displayName, false)) {
            return new FromIndex<>(count(index.owned(filter, everyone)), index.unread());
        }
    }

    static List<VenueCount> count(List<LibraryIndex.Hit> hits) {
        Map<String, List<LibraryIndex.Hit>> groups = new LinkedHashMap<>();
        for (LibraryIndex.Hit hit : hits) {
            if (!hit.venue().isEmpty()) {
                String group = Folding.fold(hit.venue().abbreviation().orElse(hit.venue().name()));
                groups.computeIfAbsent(group, g -> new ArrayList<>()).add(hit);
            }
        }
        List<VenueCount> venues = new ArrayList<>();
        for (List<LibraryIndex.Hit> group : groups.values()) {
            Map<String, Integer> names = new LinkedHashMap<>();
            group.forEach(hit -> names.merge(hit.venue().name(), 1, Integer::sum));
            String name = names.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                    .orElseThrow();
            String abbreviation = group.get(0).venue().abbreviation().orElse("");
            List<Integer> years = group.stream().flatMap(hit -> hit.year().stream()).toList();
            venues.add(new VenueCount(abbreviation, name, group.size(), years.stream().min(Integer::compare),
                    years.stream().max(Integer::compare)));
        }
        venues.sort(Comparator.comparingInt(VenueCount::papers).reversed()
                .thenComparing(v -> Folding.fold(v.abbreviation().isEmpty() ? v.name() : v.abbreviation())));
        return venues;
    }
}
