package org.bibfolio.app;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bibfolio.bibtex.Identifiers;

/**
 * A paper as {@code bibfolio add} options describe it, and the fields it becomes. The mapping follows what the
 * reader reads back: the venue goes to {@code booktitle} or {@code journal} by type, tags and Selected to
 * {@code keywords}, the status to biblatex's {@code pubstate}, the arXiv id to {@code eprint} with
 * {@code eprinttype = arxiv}.
 */
public record PaperDraft(Optional<String> type, Optional<String> key, Optional<String> title, List<String> authors,
                         Optional<String> year, Optional<String> month, Optional<String> venue,
                         Optional<String> venueShort, List<String> tags, boolean selected, Optional<String> doi,
                         Optional<String> arxiv, Optional<String> url, Optional<CvMarks.Status> status,
                         Map<String, String> extraFields) {

    public PaperDraft {
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        extraFields = Collections.unmodifiableMap(new LinkedHashMap<>(extraFields));
    }

    /** True when no option describes the paper, so the paper must come from stdin or a prompt. */
    public boolean describesNothing() {
        return type.isEmpty() && title.isEmpty() && authors.isEmpty() && year.isEmpty() && venue.isEmpty()
                && doi.isEmpty() && arxiv.isEmpty() && url.isEmpty() && extraFields.isEmpty();
    }

    /** The field that names the venue for an entry type, as the reader looks for it. */
    public static String venueField(String type) {
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "article", "periodical", "online", "misc", "unpublished" -> "journal";
            case "phdthesis", "mastersthesis", "thesis" -> "school";
            case "techreport", "report" -> "institution";
            case "book", "booklet" -> "publisher";
            default -> "booktitle";
        };
    }

    /** The fields these options set, name → text, in no particular order (the formatter orders them). */
    public Map<String, String> fields(String entryType) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (!authors.isEmpty()) {
            fields.put("author", String.join(" and ", authors));
        }
        title.ifPresent(t -> fields.put("title", t));
        venue.ifPresent(v -> fields.put(venueField(entryType), v));
        venueShort.ifPresent(v -> fields.put(venueField(entryType).equals("journal") ? "shortjournal"
                : "shortbooktitle", v));
        year.ifPresent(y -> fields.put("year", y));
        month.ifPresent(m -> fields.put("month", m));
        doi.ifPresent(d -> fields.put("doi", Identifiers.doi(d)));
        arxiv.ifPresent(a -> {
            fields.put("eprint", Identifiers.arxiv(a));
            fields.put("eprinttype", "arxiv");
        });
        url.ifPresent(u -> fields.put("url", u));
        status.flatMap(CvMarks.Status::pubstate).ifPresent(p -> fields.put("pubstate", p));
        List<String> keywords = new ArrayList<>();
        if (selected) {
            keywords.add(CvMarks.SELECTED);
        }
        keywords.addAll(tags);
        if (!keywords.isEmpty()) {
            fields.put("keywords", String.join(", ", keywords));
        }
        extraFields.forEach((name, value) -> fields.put(name.toLowerCase(Locale.ROOT), value));
        return fields;
    }
}
