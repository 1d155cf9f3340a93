package org.bibfolio.sources;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bibfolio.model.PersonName;

/**
 * Crossref's REST API: {@code GET {base}/works/{doi}} answers {@code {"status": "ok", "message": {…}}} with the
 * work's metadata (the shape of api.crossref.org's {@code work} message).
 */
public final class Crossref implements WorkSource {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpGet http;
    private final URI base;
    private final HttpGet.Service service;

    Crossref(HttpGet http, URI base, RequestInterval interval) {
        this.http = http;
        this.base = base;
        this.service = new HttpGet.Service("Crossref", ServiceSettings.CROSSREF_URL, interval);
    }

    @Override
    public String name() {
        return "Crossref";
    }

    @Override
    public Work work(String doi) throws SourceException {
        URI uri = URI.create(base + "/works/" + pathOf(doi));
        HttpGet.Answer answer = http.get(service, uri, "application/json");
        if (answer.status() == 404 || answer.status() == 400) {
            throw new SourceException.UnknownWork("Crossref has no work with DOI " + doi, Optional.of(
                    "check the DOI; DOIs of data and software (DataCite: Zenodo, figshare) are not in Crossref, "
                    + "so add those with --title, --author…"));
        }
        if (answer.status() != 200) {
            throw new SourceException.UnreadableAnswer("Crossref answered HTTP " + answer.status() + " for DOI "
                    + doi, null);
        }
        JsonNode message = parse(answer.body(), "Crossref").path("message");
        if (!message.isObject() || !message.path("DOI").isTextual()) {
            throw new SourceException.UnreadableAnswer("Crossref's answer for DOI " + doi + " has no work in it",
                    null);
        }
        return work(message);
    }

    /** The work in one {@code message}. */
    static Work work(JsonNode message) {
        Work.Kind kind = kind(message.path("type").asText(""));
        String title = first(message, "title").map(Markup::toLatex).orElse("");
        Optional<String> subtitle = first(message, "subtitle").map(Markup::toLatex);
        if (subtitle.isPresent() && !title.isEmpty() && !title.endsWith(subtitle.get())) {
            title = title + (title.matches(".*[:?!.]$") ? " " : ": ") + subtitle.get();
        }
        Optional<String> venue = switch (kind) {
            case THESIS, REPORT, PREPRINT -> institution(message).or(() -> first(message, "container-title"));
            case BOOK -> Optional.empty();
            default -> first(message, "container-title");
        };
        Optional<String> venueShort = first(message, "short-container-title")
                .or(() -> kind == Work.Kind.PROCEEDINGS_ARTICLE ? text(message.path("event").path("acronym"))
                        .map(acronym -> acronym.replaceFirst("\\s*['’]\\d{2}$", "")) : Optional.empty());
        List<Integer> date = dateParts(message);
        return new Work(kind, title, authors(message.path("author")),
                venue.map(Markup::toLatex), venueShort.map(Markup::toLatex),
                date.isEmpty() ? Optional.empty() : Optional.of(date.get(0)),
                date.size() < 2 ? Optional.empty() : Optional.of(date.get(1)),
                text(message.path("volume")), text(message.path("issue")),
                text(message.path("page")).or(() -> text(message.path("article-number")))
                        .map(pages -> pages.replaceAll("\\s*[-‐‑–—]+\\s*", "--")),
                text(message.path("publisher")).map(Markup::toLatex),
                text(message.path("DOI")), Optional.empty(), Optional.empty(), Optional.empty());
    }

    static JsonNode parse(String body, String service) throws SourceException.UnreadableAnswer {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new SourceException.UnreadableAnswer(service + "'s answer is not valid JSON (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")", e);
        }
    }

    private static Work.Kind kind(String type) {
        return switch (type) {
            case "journal-article" -> Work.Kind.JOURNAL_ARTICLE;
            case "proceedings-article" -> Work.Kind.PROCEEDINGS_ARTICLE;
            case "book-chapter", "book-section", "book-part", "reference-entry" -> Work.Kind.BOOK_CHAPTER;
            case "book", "monograph", "edited-book", "reference-book" -> Work.Kind.BOOK;
            case "dissertation" -> Work.Kind.THESIS;
            case "report", "report-component" -> Work.Kind.REPORT;
            case "posted-content" -> Work.Kind.PREPRINT;
            default -> Work.Kind.OTHER;
        };
    }

    private static List<PersonName> authors(JsonNode authors) {
        List<PersonName> names = new ArrayList<>();
        for (JsonNode author : authors) {
            Optional<String> family = text(author.path("family"));
            if (family.isPresent()) {
                names.add(new PersonName(text(author.path("given")).map(Markup::toText).orElse(""), "",
                        Markup.toText(family.get()), text(author.path("suffix")).map(Markup::toText).orElse("")));
            } else {
                text(author.path("name")).ifPresent(name -> names.add(new PersonName("", "", Markup.toText(name),
                        "")));
            }
        }
        return names;
    }

    /** The work's date: when it was issued, else printed, else put online. */
    private static List<Integer> dateParts(JsonNode message) {
        for (String field : List.of("issued", "published-print", "published-online", "published", "created")) {
            JsonNode parts = message.path(field).path("date-parts").path(0);
            List<Integer> date = new ArrayList<>();
            for (JsonNode part : parts) {
                if (part.canConvertToInt() && (date.size() != 1 || part.asInt() >= 1 && part.asInt() <= 12)) {
                    date.add(part.asInt());
                }
            }
            if (!date.isEmpty() && date.get(0) > 0) {
                return date;
            }
        }
        return List.of();
    }

    private static Optional<String> institution(JsonNode message) {
        JsonNode institution = message.path("institution");
        return text((institution.isArray() ? institution.path(0) : institution).path("name"))
                .or(() -> text(message.path("group-title")));
    }

    /** The first string of an array field (Crossref's titles are arrays), or the field itself if a string. */
    static Optional<String> first(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return text(value.isArray() ? value.path(0) : value);
    }

    static Optional<String> text(JsonNode node) {
        return node.isTextual() || node.isNumber() ? Optional.of(node.asText().strip()).filter(t -> !t.isEmpty())
                : Optional.empty();
    }

    /** The DOI as a URL path: its slashes kept, everything outside the unreserved set percent-encoded. */
    private static String pathOf(String doi) {
        List<String> parts = new ArrayList<>();
        for (String part : doi.split("/", -1)) {
            parts.add(URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return String.join("/", parts);
    }
}
