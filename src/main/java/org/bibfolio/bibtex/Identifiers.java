package org.bibfolio.bibtex;

import java.util.regex.Pattern;
import org.bibfolio.model.Links;

/**
 * The syntax of the identifiers entries carry, in one place for the reader, {@code add}, {@code check} and the
 * metadata services: DOIs and arXiv ids, with the prefixes people paste along with them (the identifiers' own
 * syntax is the model's, {@link Links#DOI} and {@link Links#ARXIV_ID}, which link safety uses too).
 */
public final class Identifiers {

    private static final Pattern DOI_PREFIX = Pattern.compile("^(?i)(https?://(dx\\.)?doi\\.org/|doi:\\s*)");
    private static final Pattern ARXIV_PREFIX = Pattern.compile(
            "^(?i)(arxiv:\\s*|https?://(www\\.|export\\.)?arxiv\\.org/(abs|pdf)/)");

    private Identifiers() {
    }

    /** The DOI without a {@code https://doi.org/} or {@code doi:} prefix. */
    public static String doi(String text) {
        return DOI_PREFIX.matcher(text.strip()).replaceFirst("");
    }

    /** Whether the text, once its prefix is dropped, is a DOI. */
    public static boolean isDoi(String text) {
        return Links.DOI.matcher(doi(text)).matches();
    }

    /** The arXiv id without an {@code arXiv:} or arxiv.org prefix (and a {@code .pdf} suffix). */
    public static String arxiv(String text) {
        return ARXIV_PREFIX.matcher(text.strip()).replaceFirst("").replaceFirst("\\.pdf$", "");
    }

    /** Whether the text, once its prefix is dropped, is an arXiv id. */
    public static boolean isArxiv(String text) {
        return Links.ARXIV_ID.matcher(arxiv(text)).matches();
    }
}
