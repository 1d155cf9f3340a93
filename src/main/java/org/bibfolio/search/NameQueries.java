package org.bibfolio.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.bibfolio.search.QueryNode.Match;

/**
 * The query for {@code author:VALUE}. One word ({@code belkin}, {@code belk*}, {@code belkn~}) matches any word of
 * a name. Several words are a name: "Family, Given" with a comma, else "Given Family" where the family is the last
 * word with the particles before it ({@code "Jan van der Berg"}). A given name of initials ({@code "M. Belkin"})
 * matches every author with that family name and first initial; a full given name ({@code "Mikhail Belkin"})
 * matches that name and authors the library gives by initials only ("M. Belkin").
 */
final class NameQueries {

    private static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "de", "del", "della", "di", "da",
            "du", "la", "le", "dos", "das", "ten", "ter", "zu", "af", "al", "el", "bin", "ibn");

    private NameQueries() {
    }

    static Query of(QueryNode.Term term) {
        String text = term.text().strip();
        if (term.match() != Match.PHRASE || !text.matches(".*[\\s,].*")) {
            return QueryBuilder.keyword(NameKeys.WORD, Folding.fold(text), term);
        }
        String family;
        String given;
        int comma = text.indexOf(',');
        if (comma >= 0) {
            family = text.substring(0, comma);
            given = text.substring(comma + 1);
        } else {
            List<String> words = new ArrayList<>(Arrays.asList(text.split("\\s+")));
            int start = words.size() - 1;
            while (start > 0 && PARTICLES.contains(words.get(start - 1).toLowerCase(java.util.Locale.ROOT))) {
                start--;
            }
            family = String.join(" ", words.subList(start, words.size()));
            given = String.join(" ", words.subList(0, start));
        }
        String familyKey = NameKeys.forms(family).get(0);
        String givenKey = NameKeys.forms(NameKeys.given(given)).get(0);
        if (givenKey.isEmpty()) {
            return new TermQuery(new Term(NameKeys.FAMILY, familyKey));
        }
        String initialKey = familyKey + "|" + NameKeys.initial(givenKey);
        if (NameKeys.isInitials(given)) {
            return new TermQuery(new Term(NameKeys.INITIAL, initialKey));
        }
        return QueryBuilder.either(new TermQuery(new Term(NameKeys.FULL, familyKey + "|" + givenKey)),
                new TermQuery(new Term(NameKeys.INITIAL_ONLY, initialKey)));
    }
}
