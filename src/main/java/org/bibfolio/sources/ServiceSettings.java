package org.bibfolio.sources;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the metadata services are and how to ask them: base URLs (a mirror, or a test's loopback server), the
 * contact address Crossref asks clients to send, and the time-outs.
 */
public record ServiceSettings(URI crossref, URI arxiv, URI orcid, Optional<String> mailto, String version,
                              Duration connectTimeout, Duration requestTimeout, Duration longestRetryWait) {

    public static final String CROSSREF_URL = "BIBFOLIO_CROSSREF_URL";
    public static final String ARXIV_URL = "BIBFOLIO_ARXIV_URL";
    public static final String ORCID_URL = "BIBFOLIO_ORCID_URL";
    public static final String MAILTO = "BIBFOLIO_MAILTO";
    public static final String TIMEOUT = "BIBFOLIO_HTTP_TIMEOUT";

    /** The settings key of the contact address in {@code @comment{bibfolio: …}}. */
    public static final String MAILTO_SETTING = "mailto";

    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
    /** A Retry-After longer than this is not waited for: the command fails and says when to try again. */
    private static final Duration LONGEST_RETRY_WAIT = Duration.ofSeconds(30);

    /**
     * The settings from the environment ({@code env} gives a variable's value), falling back on the real services.
     *
     * @throws IllegalArgumentException when a variable holds something that is not an http(s) URL or a time-out
     */
    public static ServiceSettings of(Function<String, Optional<String>> env, Optional<String> settingsMailto,
                                     String version) {
        Duration timeout = env.apply(TIMEOUT).map(ServiceSettings::seconds).orElse(DEFAULT_TIMEOUT);
        return new ServiceSettings(
                base(env, CROSSREF_URL, "https://api.crossref.org"),
                base(env, ARXIV_URL, "https://export.arxiv.org/api"),
                base(env, ORCID_URL, "https://pub.orcid.org/v3.0"),
                env.apply(MAILTO).or(() -> settingsMailto).map(String::strip).filter(m -> !m.isEmpty()),
                version, timeout, timeout, LONGEST_RETRY_WAIT);
    }

    /** What Crossref's etiquette asks for: the tool, its version and a contact address. */
    public String userAgent() {
        return "bibfolio/" + version + mailto.map(m -> " (mailto:" + m + ")").orElse("");
    }

    private static URI base(Function<String, Optional<String>> env, String variable, String fallback) {
        String value = env.apply(variable).orElse(fallback).strip();
        URI uri;
        try {
            uri = URI.create(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(variable + " is not a URL: " + value);
        }
        String scheme = Optional.ofNullable(uri.getScheme()).orElse("").toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException(variable + " must be an http or https URL, such as " + fallback
                    + ", but is '" + value + "'");
        }
        return uri;
    }

    private static Duration seconds(String value) {
        try {
            double seconds = Double.parseDouble(value.strip());
            if (seconds > 0 && seconds <= 3600) {
                return Duration.ofMillis(Math.round(seconds * 1000));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(TIMEOUT + " must be a number of seconds between 0 and 3600, but is '"
                + value + "'");
    }
}
