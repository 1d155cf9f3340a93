package org.bibfolio.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bibfolio.bibtex.BibSyntaxException;
import org.bibfolio.model.Folding;
import org.bibfolio.model.GivenName;
import org.bibfolio.model.PersonName;
import org.bibfolio.search.LibraryIndex;
import org.bibfolio.search.QueryNode;
import org.bibfolio.search.QueryParser;
import org.bibfolio.search.QuerySyntaxException;
import org.bibfolio.search.StoredAuthor;

/**
 * The coauthors use case: everyone who wrote with the owner, with paper count and first and last year. Name
 * variants merge: authors with the same family name (accents and case folded, umlauts alike in either spelling:
 * Müller, Mueller) and first initial are one person,
 * unless the library spells out two different given names ("Mikhail" and "Mark" Belkin stay apart, and a bare
 * "M. Belkin" then stays apart too, since it could be either).
 */
public final class Coauthors {

    /** One coauthor: the name as most often written in full, and the other spellings met. */
    public record Coauthor(String name, List<String> variants, int papers, Optional<Integer> firstYear,
                           Optional<Integer> lastYear) { }

    private Coauthors() {
    }

    public static FromIndex<List<Coauthor>> list(Path library, String displayName, Optional<String> query,
                                                 boolean everyone)
            throws QuerySyntaxException, IOException, BibSyntaxException {
        Optional<QueryNode> filter = query.isPresent() ? Optional.of(QueryParser.parse(query.get()))
                : Optional.empty();
        try (LibraryIndex index = LibraryIndex.open(library, displayName, false)) {
            return new FromIndex<>(merge(index.owned(filter, everyone)), index.unread());
        }
    }

    static List<Coauthor> merge(List<LibraryIndex.Hit> hits) {
        Map<String, Map<String, Person>> byFamilyInitial = new LinkedHashMap<>();
        for (LibraryIndex.Hit hit : hits) {
            for (StoredAuthor author : hit.authors()) {
                if (author.owner() || author.name().isOthers()) {
                    continue;
                }
                PersonName name = author.name();
                GivenName given = GivenName.of(name);
                String initial = given.isEmpty() ? "" : given.readings().get(0).parts().get(0).letter();
                String group = nativeSpelling(name.familyWithParticle()) + "|" + initial;
                String person = given.firstWord().map(Coauthors::nativeSpelling).orElse("");
                byFamilyInitial.computeIfAbsent(group, g -> new LinkedHashMap<>())
                        .computeIfAbsent(person, p -> new Person()).add(name, hit);
            }
        }
        List<Coauthor> coauthors = new ArrayList<>();
        for (Map<String, Person> group : byFamilyInitial.values()) {
            Person initialsOnly = group.remove("");
            if (initialsOnly != null && group.size() == 1) {
                group.values().iterator().next().absorb(initialsOnly);
            } else if (initialsOnly != null) {
                group.put("", initialsOnly);
            }
            group.values().forEach(person -> coauthors.add(person.coauthor()));
        }
        coauthors.sort(Comparator.comparingInt(Coauthor::papers).reversed()
                .thenComparing(c -> c.lastYear().orElse(0), Comparator.reverseOrder())
                .thenComparing(c -> Folding.fold(c.name())));
        return coauthors;
    }

    /** The umlauts' native spelling, so Müller and Mueller (as arXiv writes him) are one person: "mueller". */
    private static String nativeSpelling(String name) {
        List<String> spellings = Folding.nameSpellings(name);
        return spellings.get(spellings.size() - 1);
    }

    /** The spellings and papers of one person. */
    private static final class Person {
        private final Map<String, Integer> spellings = new LinkedHashMap<>();
        private final Set<String> fullSpellings = new HashSet<>();
        private final Map<String, Optional<Integer>> papers = new LinkedHashMap<>();

        void add(PersonName name, LibraryIndex.Hit hit) {
            spellings.merge(name.display(), 1, Integer::sum);
            if (GivenName.of(name).startsSpelledOut()) {
                fullSpellings.add(name.display());
            }
            papers.put(hit.source(), hit.year());
        }

        void absorb(Person other) {
            other.spellings.forEach((spelling, count) -> spellings.merge(spelling, count, Integer::sum));
            fullSpellings.addAll(other.fullSpellings);
            papers.putAll(other.papers);
        }

        /** Named by the spelling used most often (the first met on a tie), a full given name before initials. */
        Coauthor coauthor() {
            String name = spellings.entrySet().stream()
                    .max(Comparator.<Map.Entry<String, Integer>, Boolean>comparing(e -> fullSpellings.contains(e.getKey()))
                            .thenComparingInt(Map.Entry::getValue))
                    .map(Map.Entry::getKey).orElseThrow();
            List<String> variants = spellings.keySet().stream().filter(s -> !s.equals(name)).toList();
            List<Integer> years = papers.values().stream().flatMap(Optional::stream).toList();
            return new Coauthor(name, variants, papers.size(), years.stream().min(Integer::compare),
                    years.stream().max(Integer::compare));
        }
    }
}
