package org.bibfolio.bibtex;

import java.util.regex.Pattern;

/**
 * The syntax of the identifiers entries carry, in one place for the reader, {@code add}, {@code check} and the
 * metadata services: DOIs and arXiv ids, with the prefixes people paste along with them.
 */
public final class Identifiers {

    private static final Pattern DOI_PREFIX = Pattern.compile("^(?i)(https?://(dx\\.)?doi\\.org/|doi:\\s*)");
    /** "10.1016/j.acha.2021.12.009": the directory indicator 10, a registrant code (maybe subdivided), a suffix. */
    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}(\\.\\d+)*/\\S+");
    private static final Pattern ARXIV_PREFIX = Pattern.compile(
            "^(?i)(arxiv:\\s*|https?://(www\\.|export\\.)?arxiv\\.org/(abs|pdf)/)");
    /** New-style (2501.08811, 0706.0001) and old-style (math.PR/0601001, hep-th/9901001) ids, maybe versioned. */
    private static final Pattern ARXIV_ID = Pattern.compile(
            "(\\d{4}\\.\\d{4,5}|[a-z]+(-[a-z]+)?(\\.[A-Z]{2})?/\\d{7})(v\\d+)?");

    private Identifiers() {
    }

    /** The DOI without a {@code https://doi.org/} or {@code doi:} prefix. */
    public static String doi(String text) {
        return DOI_PREFIX.matcher(text.strip()).replaceFirst("");
    }

    /** Whether the text, once its prefix is dropped, is a DOI. */
    public static boolean isDoi(String text) {
        return DOI.matcher(doi(text)).matches();
    }

    /** The arXiv id without an {@code arXiv:} or arxiv.org prefix (and a {@code .pdf} suffix). */
    public static String arxiv(String text) {
        return ARXIV_PREFIX.matcher(text.strip()).replaceFirst("").replaceFirst("\\.pdf$", "");
    }

    /** Whether the text, once its prefix is dropped, is an arXiv id. */
    public static boolean isArxiv(String text) {
        return ARXIV_ID.matcher(arxiv(text)).matches();
    }
}
