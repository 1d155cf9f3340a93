package org.bibfolio.search;

import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzer of the free-text fields: Unicode word boundaries, lower case, {@link FoldingFilter}; no stop words.
 * Title and abstract words are also stemmed (Krovetz's English stemmer, which is light: "optimizers" and
 * "optimization" → "optimize", but "generalization" stays apart from "generative"); prefix and fuzzy queries look
 * for the word as typed and for its stem ({@link QueryBuilder}). Indexing each word as written beside its stem
 * (KeywordRepeatFilter) was tried: it cost 12 % more CPU for a 100k-entry build (docs/benchmarks.md).
 * Venue names and tags are not stemmed: they are names. Author names are not analysed at all: the schema indexes
 * them as folded keywords ({@link NameKeys}).
 */
final class TextAnalyzer extends Analyzer {

    private static final Set<String> STEMMED = Set.of(IndexSchema.TITLE, IndexSchema.ABSTRACT);

    TextAnalyzer() {
        super(PER_FIELD_REUSE_STRATEGY);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream words = new FoldingFilter(new LowerCaseFilter(tokenizer));
        if (STEMMED.contains(fieldName)) {
            words = new KStemFilter(words);
        }
        return new TokenStreamComponents(tokenizer, words);
    }

    /** Tags are one field with many values: a phrase must not run from one tag into the next. */
    @Override
    public int getPositionIncrementGap(String fieldName) {
        return 100;
    }
}
