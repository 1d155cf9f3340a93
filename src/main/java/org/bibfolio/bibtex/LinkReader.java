package org.bibfolio.bibtex;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.bibfolio.model.Links;

/** Reads DOI, arXiv id, URL and al-folio's links ({@code pdf}, {@code code}, {@code slides}…) of an entry. */
final class LinkReader {

    private LinkReader() {
    }

    static Links read(Fields fields) {
        return new Links(
                fields.text("doi").map(Identifiers::doi),
                arxiv(fields),
                fields.text("url"),
                fields.text("pdf"),
                fields.text("code"),
                materials(fields));
    }

    private static Map<String, String> materials(Fields fields) {
        Map<String, String> materials = new LinkedHashMap<>();
        for (String name : Links.MATERIALS) {
            fields.text(name).ifPresent(link -> materials.put(name, link));
        }
        return materials;
    }

    /**
     * The arXiv id: biblatex's {@code eprint} with {@code eprinttype = arxiv}, BibTeX's {@code archiveprefix}, an
     * {@code arxiv} field, or an {@code eprint} that can only be an arXiv id.
     */
    static Optional<String> arxiv(Fields fields) {
        Optional<String> eprintType = fields.lowerText("eprinttype").or(() -> fields.lowerText("archiveprefix"));
        Optional<String> eprint = fields.text("eprint").map(Identifiers::arxiv);
        boolean isArxiv = eprintType.map("arxiv"::equals)
                .orElse(eprint.map(Identifiers::isArxiv).orElse(false));
        return (isArxiv ? eprint : Optional.<String>empty())
                .or(() -> fields.text("arxiv").map(Identifiers::arxiv));
    }
}
