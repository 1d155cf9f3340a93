package org.bibfolio.bibtex;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.bibfolio.model.Category;
import org.bibfolio.model.ReviewStatus;
import org.bibfolio.model.Venue;

/**
 * Decides an entry's venue, review status and CV category from its type and fields. The rules follow biblatex:
 * {@code pubstate} says where a work stands; the entry type says what kind of work it is; a {@code category}
 * field overrides the derived category for the odd entry that the rules get wrong.
 */
final class Classifier {

    private static final Set<String> CONFERENCE_TYPES = Set.of("inproceedings", "conference");
    private static final Set<String> PREPRINT_TYPES = Set.of("online", "misc", "unpublished", "electronic", "www");
    private static final Pattern PREPRINT_SERVER = Pattern.compile("(?i)^(arxiv|corr|biorxiv|medrxiv|ssrn)\\b.*");

    private Classifier() {
    }

    static Venue venue(String type, Fields fields) {
        Optional<String> name = switch (type) {
            case "article", "periodical" -> fields.firstText("journaltitle", "journal");
            case "phdthesis", "mastersthesis", "thesis" -> fields.firstText("school", "institution");
            case "techreport", "report" -> fields.firstText("institution");
            case "book", "booklet" -> fields.firstText("publisher");
            case "online", "misc", "unpublished" -> fields.firstText("journaltitle", "journal", "booktitle",
                    "eventtitle", "howpublished");
            default -> fields.firstText("booktitle", "eventtitle", "journaltitle", "journal");
        };
        Optional<String> abbreviation = fields.firstText("shortjournal", "shortbooktitle", "abbr");
        Optional<String> venueName = name.filter(n -> !PREPRINT_SERVER.matcher(n).matches());
        if (venueName.isEmpty() && abbreviation.isEmpty()) {
            return Venue.NONE;
        }
        return new Venue(venueName.orElse(abbreviation.orElse("")), abbreviation);
    }

    static ReviewStatus status(String type, Fields fields, Venue venue, boolean hasArxiv) {
        String pubstate = fields.lowerText("pubstate").orElse("");
        return switch (pubstate) {
            case "submitted" -> new ReviewStatus.Submitted(Optional.of(venue.name()).filter(n -> !n.isEmpty()));
            case "accepted", "forthcoming", "inpress", "to appear" -> new ReviewStatus.Accepted();
            case "inpreparation", "in preparation" -> new ReviewStatus.InPreparation();
            case "prepublished", "preprint" -> new ReviewStatus.Preprint();
            case "published" -> new ReviewStatus.Published();
            default -> isBarePreprint(type, venue, hasArxiv)
                    ? new ReviewStatus.Preprint() : new ReviewStatus.Published();
        };
    }

    static Category category(String type, Fields fields, ReviewStatus status, Venue venue) {
        Optional<Category> override = fields.text("category").flatMap(Category::fromId);
        if (override.isPresent()) {
            return override.get();
        }
        if (status instanceof ReviewStatus.Submitted || status instanceof ReviewStatus.InPreparation
                || status instanceof ReviewStatus.Preprint) {
            return Category.PREPRINT;
        }
        if (CONFERENCE_TYPES.contains(type)) {
            return Category.CONFERENCE;
        }
        if (PREPRINT_TYPES.contains(type)) {
            return venueKind(fields);
        }
        return switch (type) {
            case "article", "periodical" -> venue.isEmpty() ? Category.PREPRINT : Category.JOURNAL;
            case "book", "mvbook", "collection", "proceedings", "booklet" -> Category.BOOK;
            case "incollection", "inbook", "bookinbook" -> Category.CHAPTER;
            case "phdthesis", "mastersthesis", "thesis" -> Category.THESIS;
            case "techreport", "report" -> Category.REPORT;
            default -> Category.OTHER;
        };
    }

    /**
     * A {@code @misc}, {@code @online} or {@code @unpublished} that is accepted or published goes where its venue
     * says: a journal (kept as {@code @misc} after its preprint days, or accepted with the journal named) is a journal
     * paper, proceedings a conference paper; anything else (a talk, software) is other.
     */
    private static Category venueKind(Fields fields) {
        if (fields.firstText("journaltitle", "journal").filter(n -> !PREPRINT_SERVER.matcher(n).matches())
                .isPresent()) {
            return Category.JOURNAL;
        }
        return fields.firstText("booktitle", "eventtitle").isPresent() ? Category.CONFERENCE : Category.OTHER;
    }

    private static boolean isBarePreprint(String type, Venue venue, boolean hasArxiv) {
        return venue.isEmpty() && (hasArxiv || type.equals("article") || PREPRINT_TYPES.contains(type))
                && !type.endsWith("thesis") && !type.equals("book");
    }
}
