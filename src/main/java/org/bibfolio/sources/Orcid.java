package org.bibfolio.sources;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * ORCID's public API, v3.0: {@code GET {base}/{orcid}/works} (JSON) answers {@code {"group": [...]}}, one group per
 * work, each with the identifiers the group shares and one or more summaries (title, type, date, journal) from the
 * sources that added it. Summaries carry no authors.
 */
public final class Orcid implements AuthorSource {

    private final HttpGet http;
    private final URI base;
    private final HttpGet.Service service;

    Orcid(HttpGet http, URI base, RequestInterval interval) {
        this.http = http;
        this.base = base;
        this.service = new HttpGet.Service("ORCID", ServiceSettings.ORCID_URL, interval);
    }

    @Override
    public String name() {
        return "ORCID";
    }

    @Override
    public List<Work> worksOf(String orcid) throws SourceException {
        HttpGet.Answer answer = http.get(service, URI.create(base + "/" + orcid + "/works"), "application/json");
        if (answer.status() == 404 || answer.status() == 400 || answer.status() == 410) {
            throw new SourceException.UnknownWork("ORCID has no public record " + orcid,
                    Optional.of("check the iD on https://orcid.org, and that its works are public"));
        }
        if (answer.status() != 200) {
            throw new SourceException.UnreadableAnswer("ORCID answered HTTP " + answer.status() + " for " + orcid,
                    null);
        }
        JsonNode groups = Crossref.parse(answer.body(), "ORCID").path("group");
        if (!groups.isArray()) {
            throw new SourceException.UnreadableAnswer("ORCID's answer for " + orcid + " has no list of works",
                    null);
        }
        List<Work> works = new ArrayList<>();
        for (JsonNode group : groups) {
            JsonNode summary = group.path("work-summary").path(0);
            Optional<String> title = Crossref.text(summary.path("title").path("title").path("value"));
            if (title.isEmpty()) {
                continue;
            }
            JsonNode date = summary.path("publication-date");
            works.add(new Work(kind(summary.path("type").asText("")), Markup.toLatex(title.get()), List.of(),
                    Crossref.text(summary.path("journal-title").path("value")).map(Markup::toLatex),
                    Optional.empty(), number(date.path("year")), number(date.path("month")),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    externalId(group, summary, "doi").flatMap(Identifiers::doi),
                    externalId(group, summary, "arxiv").flatMap(Identifiers::arxiv),
                    Optional.empty(), Optional.empty()));
        }
        return works;
    }

    /** A {@code self} identifier of the group (or, failing that, of the summary): a part-of DOI is the journal's. */
    private static Optional<String> externalId(JsonNode group, JsonNode summary, String type) {
        for (JsonNode holder : List.of(group, summary)) {
            for (JsonNode id : holder.path("external-ids").path("external-id")) {
                boolean self = id.path("external-id-relationship").asText("self").equalsIgnoreCase("self");
                if (self && id.path("external-id-type").asText("").equalsIgnoreCase(type)) {
                    Optional<String> value = Crossref.text(id.path("external-id-normalized").path("value"))
                            .or(() -> Crossref.text(id.path("external-id-value")));
                    if (value.isPresent()) {
                        return value;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> number(JsonNode part) {
        return Crossref.text(part.path("value")).filter(v -> v.matches("\\d{1,4}")).map(Integer::parseInt);
    }

    private static Work.Kind kind(String type) {
        return switch (type.toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "journal-article" -> Work.Kind.JOURNAL_ARTICLE;
            case "conference-paper" -> Work.Kind.PROCEEDINGS_ARTICLE;
            case "book-chapter" -> Work.Kind.BOOK_CHAPTER;
            case "book", "edited-book" -> Work.Kind.BOOK;
            case "dissertation-thesis", "dissertation" -> Work.Kind.THESIS;
            case "report", "working-paper" -> Work.Kind.REPORT;
            case "preprint" -> Work.Kind.PREPRINT;
            default -> Work.Kind.OTHER;
        };
    }
}
