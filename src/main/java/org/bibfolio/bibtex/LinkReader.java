package org.bibfolio.bibtex;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bibfolio.model.Links;
import org.bibfolio.model.SafeLink;

/** Reads DOI, arXiv id, URL and al-folio's links ({@code pdf}, {@code code}, {@code slides}…) of an entry. */
final class LinkReader {

    private static final Pattern DOI_PREFIX = Pattern.compile("^(?i)(https?://(dx\\.)?doi\\.org/|doi:\\s*)");
    private static final Pattern ARXIV_PREFIX = Pattern.compile("^(?i)(arxiv:|https?://arxiv\\.org/abs/)");

    private LinkReader() {
    }

    static Links read(Fields fields) {
        return new Links(
                fields.text("doi").map(doi -> DOI_PREFIX.matcher(doi).replaceFirst("")),
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
        Optional<String> eprint = fields.text("eprint").map(id -> ARXIV_PREFIX.matcher(id).replaceFirst(""));
        boolean isArxiv = eprintType.map("arxiv"::equals)
                .orElse(eprint.map(id -> SafeLink.ARXIV_ID.matcher(id).matches()).orElse(false));
        return (isArxiv ? eprint : Optional.<String>empty())
                .or(() -> fields.text("arxiv").map(id -> ARXIV_PREFIX.matcher(id).replaceFirst("")));
    }
}
