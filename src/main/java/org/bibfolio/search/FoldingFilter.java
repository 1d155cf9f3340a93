package org.bibfolio.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.bibfolio.model.Folding;

/** Folds each token with {@link Folding#fold}, in place (the index and the query see the same terms). */
final class FoldingFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    FoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (isAscii()) {
            return true; // already lower case (LowerCaseFilter), and folding changes nothing else in ASCII
        }
        String folded = Folding.fold(term.toString());
        if (!folded.contentEquals(term)) {
            term.setEmpty().append(folded);
        }
        return true;
    }

    private boolean isAscii() {
        char[] chars = term.buffer();
        for (int i = 0, length = term.length(); i < length; i++) {
            if (chars[i] > 127) {
                return false;
            }
        }
        return true;
    }
}
