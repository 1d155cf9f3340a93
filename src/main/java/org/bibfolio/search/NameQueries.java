package org.bibfolio.search;

import java.lang.Character.UnicodeScript;
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
 * a name. Several words are a name: "Family, Given" (or "Family, Jr, Given") with a comma, else read each way a
 * person may have typed it, with a trailing "Jr."/"Sr."/"III" dropped: "Given Family" split after any word (so the
 * family may have particles, "Jan van der Berg", or two parts, "Ines Fernandez Ruiz"), "Family Given" likewise
 * ("Nguyen Thi Minh Anh"), or all of it a family ("van der Berg", "Fernandez Ruiz"). Its given name matches as the
 * model matches given names ({@link GivenName}); a name without a given name ({@code "van der Berg"},
 * {@code "Garcia,"}) matches every author of that family. A CJK name typed unspaced as printed ("田中花子") is
 * split after any of its letters into family and given name.
 */
final class NameQueries {

    private static final Set<UnicodeScript> CJK = Set.of(UnicodeScript.HAN, UnicodeScript.HANGUL,
            UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA);
    private static final Set<String> SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");

    private NameQueries() {
    }

    static Query of(QueryNode.Term term) {
        String text = term.text().strip();
        if ((term.match() == Match.WORD || term.match() == Match.PHRASE) && isUnspacedCjk(text)) {
            return unspacedCjk(term, text);
        }
        if (term.match() != Match.PHRASE || !text.matches("(?s).*[\\s,].*")) {
            return word(term);
        }
        List<String> commaParts = Arrays.stream(text.split(",", -1)).map(String::strip).toList();
        if (commaParts.size() > 1) {
            return name(commaParts.get(0), commaParts.get(commaParts.size() - 1));
        }
        List<String> words = new ArrayList<>(Arrays.asList(text.split("\\s+")));
        while (words.size() > 1 && SUFFIXES.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
            words.remove(words.size() - 1);
        }
        // "Given Family" (the family with its particles: "Jan van der Berg"), and as people also type names: a double
        // family name without its hyphen ("Fernandez Ruiz", "Ines Fernandez Ruiz"), and family first as Vietnamese,
        // Chinese, Japanese and Korean names are written ("Nguyen Thi Minh Anh", "Tanaka Hanako").
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(name(String.join(" ", words), ""), Occur.SHOULD);
        for (int split = 1; split < words.size(); split++) {
            String before = String.join(" ", words.subList(0, split));
            String after = String.join(" ", words.subList(split, words.size()));
            query.add(name(after, before), Occur.SHOULD).add(name(before, after), Occur.SHOULD);
        }
        return query.build();
    }

    /** The authors whose family is {@code family} and whose given name matches {@code given} (any, when empty). */
    private static Query name(String family, String given) {
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

    /**
     * A CJK name typed as the CV prints it, family first and unspaced ("田中花子", "김민준"): the word itself, or
     * any split of it into a family and a given name.
     */
    private static Query unspacedCjk(QueryNode.Term term, String text) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(word(term), Occur.SHOULD);
        int[] letters = text.codePoints().toArray();
        for (int split = 1; split < letters.length; split++) {
            query.add(name(new String(letters, 0, split), new String(letters, split, letters.length - split)),
                    Occur.SHOULD);
        }
        return query.build();
    }

    private static boolean isUnspacedCjk(String text) {
        int length = text.codePointCount(0, text.length());
        return length >= 2 && length <= 6 && text.codePoints().allMatch(cp -> CJK.contains(UnicodeScript.of(cp)));
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
