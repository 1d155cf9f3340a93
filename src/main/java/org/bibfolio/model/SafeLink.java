package org.bibfolio.model;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a link taken from a library may point, judged once for every output format and the web page's buttons.
 * A field is data written by anyone (a copied entry, a shared .bib): a {@code javascript:}, {@code data:} or
 * {@code vbscript:} URL in it must never become a live link. So schemes are allowed by name — http, https,
 * mailto — and everything else is printed as text. {@code doi:} and {@code arXiv:} targets, bare DOIs and bare
 * arXiv ids become their https links; a relative reference (al-folio's {@code pdf = {paper.pdf}}) has no scheme
 * and so cannot run anything, and stays a link.
 *
 * <p>The scheme is read as a browser reads it (WHATWG URL): tabs and line breaks anywhere are dropped and control
 * characters and spaces at either end trimmed, so {@code JaVa<TAB>Script:} is {@code javascript:}. A reference
 * whose first segment holds a {@code :} that is not an allowed scheme, or an {@code &} (a character reference such
 * as {@code &colon;} becomes a colon once HTML or Markdown decodes it), is refused rather than guessed at.
 */
public final class SafeLink {

    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
    private static final Pattern PERCENT_ESCAPE = Pattern.compile("%[0-9A-Fa-f]{2}");

    private SafeLink() {
    }

    /** The URL to link {@code target} to, or empty when it must be shown as text. */
    public static Optional<String> href(String target) {
        String url = asBrowserReadsIt(target);
        if (url.isEmpty()) {
            return Optional.empty();
        }
        Matcher scheme = SCHEME.matcher(url);
        if (scheme.find()) {
            String rest = url.substring(scheme.end()).strip();
            return switch (scheme.group(1).toLowerCase(Locale.ROOT)) {
                case "http", "https", "mailto" -> Optional.of(url);
                case "doi" -> rest.isEmpty() ? Optional.empty() : Optional.of(doiUrl(rest));
                case "arxiv" -> Links.ARXIV_ID.matcher(rest).matches() ? Optional.of(arxivUrl(rest)) : Optional.empty();
                default -> Optional.empty();
            };
        }
        if (Links.DOI.matcher(url).matches()) {
            return Optional.of(doiUrl(url));
        }
        if (Links.ARXIV_ID.matcher(url).matches()) {
            return Optional.of(arxivUrl(url));
        }
        if (url.regionMatches(true, 0, "www.", 0, 4)) {
            return Optional.of("https://" + url);
        }
        String firstSegment = url.split("[/?#]", 2)[0];
        return firstSegment.contains(":") || firstSegment.contains("&") ? Optional.empty() : Optional.of(url);
    }

    /**
     * The https link of a DOI; the characters the DOI Handbook says a DOI must have encoded in a URL (% " # ? and
     * space) are percent-encoded, and a {@code %} that already starts an escape is left alone.
     */
    public static String doiUrl(String doi) {
        StringBuilder out = new StringBuilder("https://doi.org/");
        for (int i = 0; i < doi.length(); i++) {
            char c = doi.charAt(i);
            boolean escapeAlready = c == '%' && PERCENT_ESCAPE.matcher(doi).region(i, doi.length()).lookingAt();
            out.append(escapeAlready || "%\"#? ".indexOf(c) < 0 ? String.valueOf(c) : percent(c));
        }
        return out.toString();
    }

    public static String arxivUrl(String id) {
        return "https://arxiv.org/abs/" + id;
    }

    /**
     * {@code url} with every code point that {@code keep} rejects written as %XX escapes of its UTF-8 bytes: the one
     * way a format puts characters its syntax reserves into a link without changing where the link goes.
     */
    public static String percentEncoded(String url, IntPredicate keep) {
        StringBuilder out = new StringBuilder(url.length());
        url.codePoints().forEach(c -> out.append(keep.test(c) ? Character.toString(c) : percent(c)));
        return out.toString();
    }

    private static String percent(int codePoint) {
        StringBuilder out = new StringBuilder();
        for (byte b : Character.toString(codePoint).getBytes(StandardCharsets.UTF_8)) {
            out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xFF));
        }
        return out.toString();
    }

    /** Tabs and line breaks dropped, control characters and spaces trimmed at the ends, as a URL parser does. */
    private static String asBrowserReadsIt(String target) {
        String dropped = target.replaceAll("[\\t\\n\\r]", "");
        int start = 0;
        int end = dropped.length();
        while (start < end && dropped.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && dropped.charAt(end - 1) <= ' ') {
            end--;
        }
        return dropped.substring(start, end);
    }
}
