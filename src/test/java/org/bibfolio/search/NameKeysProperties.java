package org.bibfolio.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.bibfolio.model.GivenName;
import org.bibfolio.model.PersonName;
import org.junit.jupiter.api.Test;

/**
 * The index's name keys give exactly the model's rule: a query name finds an author if and only if
 * {@link GivenName#matches} says the two given names may be one person's. So search and owner highlighting can
 * never disagree about a name.
 */
class NameKeysProperties {

    private static final List<String> FAMILY = List.of("garcia");

    private static boolean found(String query, String author) {
        Set<String> terms = NameKeys.queryTerms(FAMILY, GivenName.of(query, "García"));
        Set<String> keys = NameKeys.of(new PersonName(author, "", "García", "")).get(NameKeys.NAME);
        return !Collections.disjoint(terms, keys);
    }

    @Property(tries = 3000)
    void aQueryFindsExactlyTheAuthorsTheModelMatches(@ForAll("givenNames") String query,
                                                     @ForAll("givenNames") String author) {
        boolean model = GivenName.of(query, "García").matches(GivenName.of(author, "García"));
        assertEquals(model, found(query, author), () -> "query '" + query + "', author '" + author + "'");
        Statistics.collect(model);
        Statistics.coverage(coverage -> {
            coverage.check(true).percentage(p -> p > 5);
            coverage.check(false).percentage(p -> p > 10);
        });
    }

    @Test
    void theIssuesFivePapersAndTheOneThatIsNotHers() {
        for (String author : List.of("María", "Maria", "M. J.", "M.", "María José")) {
            assertTrue(found("Maria", author), author);
        }
        assertTrue(!found("Maria", "Mario"));
    }

    @Property
    void everyAuthorWithAGivenNameHasKeys(@ForAll("givenNames") String author) {
        assertTrue(!NameKeys.of(new PersonName(author, "", "García", "")).get(NameKeys.NAME).isEmpty());
    }

    /**
     * Given names as people write them: one to five parts, full or initials, with and without periods, joined by
     * spaces or hyphens; full names that share initials (Maria, Mario, Marie-Jo) and umlauts in both spellings.
     */
    @Provide
    Arbitrary<String> givenNames() {
        Arbitrary<String> full = Arbitraries.of("Maria", "María", "Mario", "Marie", "José", "Jose", "Jo", "Li",
                "Libin", "Bin", "Jean", "Pierre", "Jürgen", "Juergen", "Jurgen", "Søren", "Soeren");
        Arbitrary<String> initial = Arbitraries.of("M.", "M", "J.", "J", "L.", "B.", "P", "S.", "MJ");
        Arbitrary<String> part = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, full), net.jqwik.api.Tuple.of(2, initial));
        Arbitrary<String> separator = Arbitraries.of(" ", " ", "-", "");
        return Combinators.combine(part.list().ofMinSize(1).ofMaxSize(5), separator.list().ofSize(5))
                .as((parts, separators) -> {
                    StringBuilder name = new StringBuilder(parts.get(0));
                    for (int i = 1; i < parts.size(); i++) {
                        String glue = separators.get(i).isEmpty() && !parts.get(i - 1).endsWith(".") ? " "
                                : separators.get(i);
                        name.append(glue).append(parts.get(i));
                    }
                    return name.toString();
                });
    }
}
