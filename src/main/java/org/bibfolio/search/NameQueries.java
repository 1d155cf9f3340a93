package org.bibfolio.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.bibfolio.model.Folding;
import org.bibfolio.model.GivenName;
import org.bibfolio.search.QueryNode.Match;

/**
 * The query for {@code author:VALUE}. One word ({@code belkin}, {@code belk*}, {@code belkn~}) matches any word of
 * a name. Several words are a name: "Family, Given" (or "Family, Jr, Given") with a comma, else "Given Family"
 * where the family is the last word with the particles before it ({@code "Jan van der Berg"}) and a trailing
 * "Jr."/"Sr."/"III" is dropped. Its given name matches as the model matches given names ({@link GivenName}); a
 * name without a given name ({@code "van der Berg"}, {@code "Garcia,"}) matches every author of that family.
 */
final class NameQueries {

    private static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "de", "del", "della", "di", "da",
            "du", "la", "le", "dos", "das", "ten", "ter", "zu", "af", "al", "el", "bin", "ibn");
    private static final Set<String> SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");

    private NameQueries() {
    }

    static Query of(QueryNode.Term term) {
        String text = term.text().strip();
        if (term.match() != Match.PHRASE || !text.matches("(?s).*[\\s,].*")) {
            return word(term);
        }
        String family;
        String given;
        List<String> commaParts = Arrays.stream(text.split(",", -1)).map(String::strip).toList();
        if (commaParts.size() > 1) {
            family = commaParts.get(0);
            given = commaParts.get(commaParts.size() - 1);
        } else {
            List<String> words = new ArrayList<>(Arrays.asList(text.split("\\s+")));
            while (words.size() > 1 && SUFFIXES.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
                words.remove(words.size() - 1);
            }
            int start = words.size() - 1;
            while (start > 0 && PARTICLES.contains(words.get(start - 1).toLowerCase(Locale.ROOT))) {
                start--;
            }
            family = String.join(" ", words.subList(start, words.size()));
            given = String.join(" ", words.subList(0, start));
        }
        List<String> families = Folding.nameSpellings(family);
        GivenName givenName = GivenName.of(given, family);
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        if (givenName.isEmpty()) {
            families.forEach(f -> query.add(new TermQuery(new Term(NameKeys.FAMILY, f)), Occur.SHOULD));
        } else {
            NameKeys.queryTerms(families, givenName)
                    .forEach(t -> query.add(new TermQuery(new Term(NameKeys.NAME, t)), Occur.SHOULD));
        }
        return query.build();
    }

    /** One word of a name, in each of its spellings ({@code müller} looks for "muller" and "mueller"). */
    static Query word(QueryNode.Term term) {
        if (term.match() != Match.WORD && term.match() != Match.PHRASE) {
            return QueryBuilder.keyword(NameKeys.WORD, Folding.fold(term.text().strip()), term);
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        Folding.spellings(term.text().strip()).stream().map(NameKeys::word).distinct()
                .forEach(w -> query.add(new TermQuery(new Term(NameKeys.WORD, w)), Occur.SHOULD));
        return query.build();
    }
}
