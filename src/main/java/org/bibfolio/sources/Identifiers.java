package org.bibfolio.sources;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The identifiers users paste, in the forms they paste them ({@code https://doi.org/…}, {@code arXiv:2101.00001},
 * an abs or pdf link, {@code https://orcid.org/…}), reduced to the bare identifier the services take.
 */
public final class Identifiers {

    private static final Pattern ARXIV_VERSION = Pattern.compile("v\\d+$");
    private static final Pattern ORCID_PREFIX = Pattern.compile("^(?i)https?://(www\\.)?orcid\\.org/");
    private static final Pattern ORCID = Pattern.compile("^\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]$");

    private Identifiers() {
    }

    /** The bare DOI, if {@code raw} is one (the syntax {@code check} and {@code add} use). */
    public static Optional<String> doi(String raw) {
        return Optional.of(org.bibfolio.bibtex.Identifiers.doi(raw)).filter(org.bibfolio.bibtex.Identifiers::isDoi);
    }

    /** The bare arXiv id (new {@code 2101.00001} or old {@code math/0211159} style, version kept), if it is one. */
    public static Optional<String> arxiv(String raw) {
        return Optional.of(org.bibfolio.bibtex.Identifiers.arxiv(raw))
                .filter(org.bibfolio.bibtex.Identifiers::isArxiv);
    }

    /** An arXiv id without its version: what names the paper rather than one revision. */
    public static String arxivPaper(String id) {
        return ARXIV_VERSION.matcher(id.strip()).replaceFirst("").toLowerCase(Locale.ROOT);
    }

    /** Whether {@code raw} has an ORCID iD's shape (four groups of four digits), whatever its check digit. */
    public static boolean hasOrcidShape(String raw) {
        return ORCID.matcher(ORCID_PREFIX.matcher(raw.strip()).replaceFirst("").toUpperCase(Locale.ROOT)).matches();
    }

    /** The bare ORCID iD, if {@code raw} is one and its check digit (ISO 7064 11,2) is right. */
    public static Optional<String> orcid(String raw) {
        String id = ORCID_PREFIX.matcher(raw.strip()).replaceFirst("").toUpperCase(Locale.ROOT);
        if (!hasOrcidShape(id)) {
            return Optional.empty();
        }
        String digits = id.replace("-", "");
        int total = 0;
        for (int i = 0; i < digits.length() - 1; i++) {
            total = (total + digits.charAt(i) - '0') * 2;
        }
        int check = (12 - total % 11) % 11;
        char expected = check == 10 ? 'X' : (char) ('0' + check);
        return digits.charAt(digits.length() - 1) == expected ? Optional.of(id) : Optional.empty();
    }
}
