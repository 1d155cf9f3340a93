package org.bibfolio.bibtex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bibfolio.model.Category;
import org.bibfolio.model.LatexSpan;
import org.bibfolio.model.Links;
import org.bibfolio.model.PersonList;
import org.bibfolio.model.ProtectedSpan;
import org.bibfolio.model.Publication;
import org.bibfolio.model.ReviewStatus;
import org.bibfolio.model.Venue;
import org.bibfolio.model.VenueTag;

/** Turns one resolved entry into the model's {@link Publication}. Every field it reads is listed in README.md. */
final class PublicationMapper {

    private final List<VenueTag> knownTags;
    private final PreambleMacros preamble;

    /** A mapper for entries read without their library's {@code @preamble}. */
    PublicationMapper(List<VenueTag> knownTags) {
        this(knownTags, PreambleMacros.NONE);
    }

    PublicationMapper(List<VenueTag> knownTags, PreambleMacros preamble) {
        this.knownTags = List.copyOf(knownTags);
        this.preamble = preamble;
    }

    Publication map(String key, String entryType, Map<String, String> fieldValues) {
        String type = entryType.toLowerCase(Locale.ROOT);
        Map<String, String> rawFields = expanded(fieldValues);
        Map<String, List<LatexSpan>> latex = new LinkedHashMap<>();
        Map<String, String> decoded = decodedFields(rawFields, latex);
        Fields fields = new Fields(rawFields, decoded);
        Links links = LinkReader.read(fields);
        Venue venue = Classifier.venue(type, fields, links);
        ReviewStatus status = Classifier.status(type, fields, venue, links);
        Category category = Classifier.category(type, fields, status, venue);
        List<String> keywords = keywords(fields);
        String title = fields.text("title").orElse("");
        return new Publication(
                key,
                type,
                decoded,
                people(fields, "author"),
                people(fields, "editor"),
                people(fields, "translator"),
                title,
                DateReader.read(fields, links.arxiv()),
                venue,
                tags(keywords),
                status,
                category,
                keywords.contains("selected") || fields.lowerText("selected").map("true"::equals).orElse(false),
                links,
                caseProtected(fields),
                AuthorAnnotations.read(fields),
                latex);
    }

    /**
     * The DOI, arXiv id and date of one resolved entry, read as {@link #map} reads them (the same readers on the
     * same text) without decoding or mapping anything else: what tells, short of the title, whether two entries can
     * be the same paper.
     */
    EntryScreen screen(Map<String, String> fieldValues) {
        Fields fields = new Fields(expanded(fieldValues));
        Links links = LinkReader.read(fields);
        return new EntryScreen(links.doi(), links.arxiv(), DateReader.read(fields, links.arxiv()).map(d -> d.year()));
    }

    /** The values with the library's {@code @preamble} macros expanded (verbatim fields as they are). */
    private Map<String, String> expanded(Map<String, String> values) {
        if (preamble.isEmpty()) {
            return values;
        }
        Map<String, String> expanded = new LinkedHashMap<>();
        values.forEach((name, value) -> expanded.put(name,
                Fields.VERBATIM.contains(name) ? value : preamble.expand(value)));
        return expanded;
    }

    /** The title-like fields a style may change the case of: title, book and series titles. */
    private static Map<String, List<ProtectedSpan>> caseProtected(Fields fields) {
        Map<String, List<ProtectedSpan>> spans = new LinkedHashMap<>();
        for (String name : List.of("title", "booktitle", "series")) {
            fields.raw(name).ifPresent(raw -> spans.put(name,
                    TitleText.protectedSpans(raw, fields.text(name).orElse(""))));
        }
        return spans;
    }

    private static PersonList people(Fields fields, String name) {
        return fields.raw(name).map(NameParser::parse).orElse(PersonList.EMPTY);
    }

    private static List<String> keywords(Fields fields) {
        List<String> keywords = new ArrayList<>();
        for (String keyword : fields.text("keywords").orElse("").split("[,;]")) {
            if (!keyword.isBlank()) {
                keywords.add(keyword.strip().toLowerCase(Locale.ROOT));
            }
        }
        return keywords;
    }

    private List<VenueTag> tags(List<String> keywords) {
        List<VenueTag> tags = new ArrayList<>();
        for (String keyword : keywords) {
            Optional<VenueTag> tag = knownTags.stream().filter(known -> known.matches(keyword)).findFirst();
            tag.filter(t -> !tags.contains(t)).ifPresent(tags::add);
        }
        return tags;
    }

    /** Every field decoded; the math and LaTeX-only commands of each go to {@code latex}. */
    private static Map<String, String> decodedFields(Map<String, String> rawFields,
                                                     Map<String, List<LatexSpan>> latex) {
        Map<String, String> decoded = new LinkedHashMap<>();
        rawFields.forEach((name, value) -> {
            if (Fields.VERBATIM.contains(name)) {
                decoded.put(name, Fields.decode(name, value));
            } else {
                LatexDecoder.Decoded text = LatexDecoder.decodeWithSpans(value);
                decoded.put(name, text.text());
                if (!text.spans().isEmpty()) {
                    latex.put(name, text.spans());
                }
            }
        });
        return decoded;
    }
}
