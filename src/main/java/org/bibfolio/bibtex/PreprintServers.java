package org.bibfolio.bibtex;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bibfolio.model.Links;

/**
 * The preprint servers an entry can name or link to: arXiv, bioRxiv, medRxiv, SSRN, Research Square, ChemRxiv and
 * the OSF family. A work there is a preprint however it is typed; its venue is the server ("bioRxiv"), which says
 * where to read it but is no journal.
 */
public final class PreprintServers {

    /** A venue named after a server: "bioRxiv", "arXiv preprint arXiv:2403.05678", "SSRN Electronic Journal". */
    private static final Pattern NAME = Pattern.compile("(?i)^(arxiv|corr|biorxiv|medrxiv|ssrn|research square"
            + "|chemrxiv|techrxiv|psyarxiv|socarxiv|eartharxiv|engrxiv|osf preprints|preprints\\.org)\\b.*");
    /**
     * DOIs the servers register: bioRxiv and medRxiv (10.1101/ with a dated or six-digit suffix; Cold Spring Harbor's
     * journals have letters there), arXiv's DataCite DOIs, SSRN, Research Square, ChemRxiv, TechRxiv, OSF, Preprints.org.
     */
    private static final Pattern DOI = Pattern.compile("(?i)^(10\\.1101/(\\d{4}\\.\\d{2}\\.\\d{2}\\.)?\\d{6,}"
            + "|10\\.48550/arxiv\\.|10\\.2139/ssrn\\.|10\\.21203/rs\\.|10\\.26434/chemrxiv|10\\.36227/techrxiv"
            + "|10\\.312(19|34|35)/osf\\.io|10\\.20944/preprints).*");
    private static final Pattern HOST = Pattern.compile("(?i)^https?://(www\\.)?(arxiv\\.org|biorxiv\\.org"
            + "|medrxiv\\.org|(papers\\.)?ssrn\\.com|researchsquare\\.com|chemrxiv\\.org|preprints\\.org)/.*");

    /** What identifies a server in its host, DOI prefix or name, and the name it goes by; the first match wins. */
    private static final Map<String, String> USUAL_NAMES = usualNames();

    private PreprintServers() {
    }

    private static Map<String, String> usualNames() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("medrxiv", "medRxiv");
        names.put("biorxiv", "bioRxiv");
        names.put("10.1101/", "bioRxiv");
        names.put("chemrxiv", "ChemRxiv");
        names.put("10.26434/", "ChemRxiv");
        names.put("techrxiv", "TechRxiv");
        names.put("10.36227/", "TechRxiv");
        names.put("ssrn", "SSRN");
        names.put("researchsquare", "Research Square");
        names.put("research square", "Research Square");
        names.put("10.21203/", "Research Square");
        names.put("preprints", "Preprints.org");
        names.put("osf", "OSF Preprints");
        names.put("psyarxiv", "PsyArXiv");
        names.put("socarxiv", "SocArXiv");
        names.put("eartharxiv", "EarthArXiv");
        names.put("engrxiv", "engrXiv");
        names.put("arxiv", "arXiv");
        names.put("corr", "arXiv");
        return Collections.unmodifiableMap(names);
    }

    /** Whether a DOI (bare, or as a doi.org link) is one a preprint server registered. */
    public static boolean isServerDoi(String doi) {
        return DOI.matcher(doi.strip().replaceFirst("(?i)^https?://(dx\\.)?doi\\.org/", "")).matches();
    }

    /** Whether a URL points at a preprint server. */
    public static boolean isServerUrl(String url) {
        return HOST.matcher(url.strip()).matches();
    }

    /** Whether a venue name is a preprint server's. */
    public static boolean isServer(String venue) {
        return NAME.matcher(venue).matches();
    }

    /** Whether the entry says it is on a preprint server: an arXiv id, a server's DOI or URL, or its name. */
    static boolean isOnServer(Fields fields, Links links, String venue) {
        return links.arxiv().isPresent() || isServer(venue)
                || links.doi().filter(doi -> DOI.matcher(doi).matches()).isPresent()
                || links.url().filter(url -> HOST.matcher(url).matches()).isPresent()
                || named(fields).isPresent();
    }

    /**
     * The server the entry is on, by its usual name: from its URL's host, its DOI, or a field naming it
     * ({@code eprinttype = {arxiv}}, {@code publisher = {bioRxiv}}). A 10.1101 DOI without a medRxiv URL is bioRxiv's.
     */
    static Optional<String> server(Fields fields, Links links) {
        Optional<String> where = links.url().filter(url -> HOST.matcher(url).matches())
                .or(() -> links.doi().filter(doi -> DOI.matcher(doi).matches()))
                .or(() -> named(fields))
                .or(() -> links.arxiv().map(id -> "arxiv"));
        return where.map(text -> text.toLowerCase(Locale.ROOT)).flatMap(text -> USUAL_NAMES.entrySet().stream()
                .filter(name -> text.contains(name.getKey())).map(Map.Entry::getValue).findFirst());
    }

    /** A server named in the fields that name no venue of their own: publisher, organization, eprint type. */
    private static Optional<String> named(Fields fields) {
        for (String field : new String[] {"publisher", "organization", "eprinttype", "archiveprefix"}) {
            Optional<String> value = fields.text(field).filter(PreprintServers::isServer);
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }
}
