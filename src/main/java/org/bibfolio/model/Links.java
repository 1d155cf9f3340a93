package org.bibfolio.model;

import java.util.Optional;

/** Where a reader can find the work. Each is absent when the library does not know it. */
public record Links(Optional<String> doi, Optional<String> arxiv, Optional<String> url,
                    Optional<String> pdf, Optional<String> code) {

    public static final Links NONE =
            new Links(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

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

    /** A link by the name a style uses: paper, doi, arxiv, url, pdf or code. */
    public Optional<String> byName(String name) {
        return switch (name) {
            case "paper" -> paper();
            case "doi" -> doiUrl();
            case "arxiv" -> arxivUrl();
            case "url" -> url;
            case "pdf" -> pdf;
            case "code" -> code;
            default -> Optional.empty();
        };
    }
}
