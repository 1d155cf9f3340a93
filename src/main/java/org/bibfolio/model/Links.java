package org.bibfolio.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a reader can find the work. Each is absent when the library does not know it.
 *
 * @param materials further links by the name of the field that holds them, among {@link #MATERIALS}: slides, a
 *                  video, a poster… (al-folio's fields), in that order
 */
public record Links(Optional<String> doi, Optional<String> arxiv, Optional<String> url,
                    Optional<String> pdf, Optional<String> code, Map<String, String> materials) {

    /** "10.1016/j.acha.2021.12.009": the directory indicator 10, a registrant code (maybe subdivided), a suffix. */
    public static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}(\\.\\d+)*/\\S+");
    /** New-style (2501.08811, 0706.0001) and old-style (math.PR/0601001, hep-th/9901001) arXiv ids, maybe versioned. */
    public static final Pattern ARXIV_ID = Pattern.compile(
            "(\\d{4}\\.\\d{4,5}|[a-z]+(-[a-z]+)?(\\.[A-Z]{2})?/\\d{7})(v\\d+)?");

    /** The fields of the further links a researcher's page shows, in the order it shows them. */
    public static final List<String> MATERIALS = List.of("slides", "video", "poster", "supp", "blog", "website");

    public static final Links NONE = new Links(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Map.of());

    public Links {
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String name : MATERIALS) {
            if (materials.containsKey(name)) {
                ordered.put(name, materials.get(name));
            }
        }
        materials = Collections.unmodifiableMap(ordered);
    }

    public Optional<String> doiUrl() {
        return doi.map(SafeLink::doiUrl);
    }

    public Optional<String> arxivUrl() {
        return arxiv.map(SafeLink::arxivUrl);
    }

    /** The best single link to the paper itself: its URL, else its DOI, else arXiv, else the PDF. */
    public Optional<String> paper() {
        return url.or(this::doiUrl).or(this::arxivUrl).or(() -> pdf);
    }

    /** The names {@link #byName} knows, for templates' {@code link=NAME}. */
    public static final List<String> NAMES = Stream.concat(Stream.of("paper", "doi", "arxiv", "url", "pdf", "code"),
            MATERIALS.stream()).toList();

    /** A link by the name a style uses: paper, doi, arxiv, url, pdf, code or one of {@link #MATERIALS}. */
    public Optional<String> byName(String name) {
        return switch (name) {
            case "paper" -> paper();
            case "doi" -> doiUrl();
            case "arxiv" -> arxivUrl();
            case "url" -> url;
            case "pdf" -> pdf;
            case "code" -> code;
            default -> Optional.ofNullable(materials.get(name));
        };
    }
}
