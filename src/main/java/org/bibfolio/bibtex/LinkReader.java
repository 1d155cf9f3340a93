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
                link(fields, "url"),
                link(fields, "pdf"),
                link(fields, "code"),
                materials(fields));
    }

    private static Map<String, String> materials(Fields fields) {
        Map<String, String> materials = new LinkedHashMap<>();
        for (String name : Links.MATERIALS) {
            link(fields, name).ifPresent(link -> materials.put(name, link));
        }
        return materials;
    }

    private static Optional<String> link(Fields fields, String name) {
        return fields.text(name).map(LinkReader::oneLink);
    }

    /**
     * A link field as one URL, on one line: Beebe's TeX Live files list several, one a line ({@code
     * "ftp://…/gutenberg/;\n    http://www.loc.gov/…"}): the first is the link. Another line break is a URL an
     * editor wrapped, and goes with the spaces around it; a space within a line is the link's own
     * ({@code papers/nowak 2022.pdf}) and stays, for the formats to encode.
     */
    private static String oneLink(String value) {
        String[] parts = value.strip().split("\\s*[\\r\\n]\\s*");
        StringBuilder url = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            if (url.toString().matches(".*[;,]") || parts[i].matches("(?i)([a-z][a-z0-9+.-]*://|www\\.).*")) {
                break;
            }
            url.append(parts[i]);
        }
        return url.toString().replaceAll("[;,]$", "");
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
