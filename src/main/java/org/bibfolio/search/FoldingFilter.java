package org.bibfolio.search;

import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.bibfolio.model.Folding;

/**
 * Folds each token with {@link Folding#fold}, in place (the index and the query see the same terms); a lone Greek
 * letter becomes its name, since math in a title ({@code $\alpha$-stable}, decoded to "α-stable") is typed so in a
 * search box ("alpha-stable"), and a search for "α" still finds it.
 */
final class FoldingFilter extends TokenFilter {

    private static final String[] GREEK = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
        "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "sigma", "tau", "upsilon", "phi",
        "chi", "psi", "omega"};

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
        Optional<String> greek = term.length() == 1 ? greekName(term.charAt(0)) : Optional.empty();
        if (greek.isPresent()) {
            term.setEmpty().append(greek.get());
            return true;
        }
        String folded = Folding.fold(term.toString());
        if (!folded.contentEquals(term)) {
            term.setEmpty().append(folded);
        }
        return true;
    }

    /** The name of a Greek letter, either case and the final sigma ("ς") as sigma. */
    private static Optional<String> greekName(char letter) {
        char lower = Character.toLowerCase(letter);
        return lower >= 'α' && lower <= 'ω' ? Optional.of(GREEK[lower - 'α']) : Optional.empty();
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
