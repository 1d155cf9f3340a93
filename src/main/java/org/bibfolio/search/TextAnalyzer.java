package org.bibfolio.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzer of the free-text fields (title, abstract, venue): Unicode word boundaries, lower case, accents
 * folded; no stop words and no stemming, so a phrase finds what was written. Names are not analysed at all: the
 * schema indexes them as folded keywords (family, given, initials), see {@link EntryDocument}.
 */
final class TextAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        return new TokenStreamComponents(tokenizer, new FoldingFilter(new LowerCaseFilter(tokenizer)));
    }
}
