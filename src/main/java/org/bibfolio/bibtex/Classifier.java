package org.bibfolio.bibtex;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.bibfolio.model.Category;
import org.bibfolio.model.Links;
import org.bibfolio.model.ReviewStatus;
import org.bibfolio.model.Venue;

/**
 * Decides an entry's venue, review status and CV category from its type and fields. The rules follow biblatex:
 * {@code pubstate} says where a work stands; the entry type says what kind of work it is; a {@code category}
 * field overrides the derived category for the odd entry that the rules get wrong.
 */
final class Classifier {

    private static final Set<String> CONFERENCE_TYPES = Set.of("inproceedings", "conference");
    /** Types a preprint is kept as: without a venue they are preprints, with one they go where it says. */
    private static final Set<String> MANUSCRIPT_TYPES = Set.of("misc", "unpublished");
    /** Web resources (a blog post, a page, a data set online): a preprint only when on a preprint server. */
    private static final Set<String> ONLINE_TYPES = Set.of("online", "electronic", "www");

    /** DOIs of the repositories researchers deposit data in: Zenodo, figshare, Dryad. */
    private static final Pattern DATA_REPOSITORY =
            Pattern.compile("(?i)\\b10\\.(5281/zenodo|6084/m9\\.figshare|5061/dryad)\\.");

    private Classifier() {
    }

    /**
     * Where the work appeared: the journal, proceedings, school, publisher… the entry names for its type. A preprint
     * server ("bioRxiv") is a venue too: it says where to read the work, while {@link #status} still calls the work a
     * preprint. An abbreviation that only repeats the name ({@code shortjournal = {Nature}}) is none.
     */
    static Venue venue(String type, Fields fields, Links links) {
        Optional<String> name = switch (type) {
            case "article" -> fields.firstText("journaltitle", "journal");
            case "phdthesis", "mastersthesis", "thesis" -> fields.firstText("school", "institution");
            case "techreport", "report" -> fields.firstText("institution");
            case "book", "booklet", "collection", "mvbook", "mvcollection" -> fields.firstText("publisher");
            // proceedings without a publisher are known by their conference
            case "proceedings", "mvproceedings" -> fields.firstText("publisher", "eventtitle", "booktitle");
            // the periodical is the title itself
            case "periodical" -> Optional.empty();
            // a preprint kept as @misc by Zotero names its server's owner ("Cold Spring Harbor Laboratory") as
            // publisher: the server its DOI or URL shows ("bioRxiv") is where to read it
            case "online", "misc", "unpublished", "electronic", "www", "dataset", "software" -> fields.firstText(
                    "journaltitle", "journal", "booktitle", "eventtitle", "howpublished")
                    .or(() -> PreprintServers.server(fields, links))
                    .or(() -> fields.firstText("publisher", "organization"));
            default -> fields.firstText("booktitle", "eventtitle", "journaltitle", "journal");
        };
        Optional<String> abbreviation = fields.firstText("shortjournal", "shortbooktitle", "abbr")
                .filter(short_ -> name.map(n -> !n.equalsIgnoreCase(short_)).orElse(true));
        if (name.isEmpty() && abbreviation.isEmpty()) {
            return Venue.NONE;
        }
        return new Venue(name.orElse(abbreviation.orElse("")), abbreviation);
    }

    static ReviewStatus status(String type, Fields fields, Venue venue, Links links) {
        String pubstate = fields.lowerText("pubstate").orElse("");
        return switch (pubstate) {
            // a preprint's server (arXiv, bioRxiv) is where it is read, not where it is under review
            case "submitted" -> new ReviewStatus.Submitted(Optional.of(venue.name())
                    .filter(n -> !n.isEmpty() && !PreprintServers.isServer(n)));
            case "accepted", "forthcoming", "inpress", "to appear" -> new ReviewStatus.Accepted();
            case "inpreparation", "in preparation" -> new ReviewStatus.InPreparation();
            case "prepublished", "preprint" -> new ReviewStatus.Preprint();
            case "published" -> new ReviewStatus.Published();
            default -> isPreprint(type, fields, venue, links)
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
        if (MANUSCRIPT_TYPES.contains(type) || ONLINE_TYPES.contains(type)) {
            return venueKind(fields, venue);
        }
        return switch (type) {
            case "article" -> venue.isEmpty() ? Category.PREPRINT : Category.JOURNAL;
            // a periodical on a CV is the issue its owner edited
            case "book", "mvbook", "collection", "mvcollection", "proceedings", "mvproceedings", "booklet",
                 "periodical" -> Category.BOOK;
            case "incollection", "inbook", "bookinbook" -> Category.CHAPTER;
            case "phdthesis", "mastersthesis", "thesis" -> Category.THESIS;
            case "techreport", "report" -> Category.REPORT;
            case "software" -> Category.SOFTWARE;
            case "dataset" -> Category.DATASET;
            default -> Category.OTHER;
        };
    }

    /**
     * A {@code @misc}, {@code @online} or {@code @unpublished} that is accepted or published goes where its venue
     * says: a journal (kept as {@code @misc} after its preprint days, or accepted with the journal named) is a journal
     * paper, proceedings a conference paper, data and software their own, one whose only venue is its preprint
     * server (accepted, the journal not named) a preprint; anything else (a talk, a web page) is other.
     */
    private static Category venueKind(Fields fields, Venue venue) {
        if (fields.firstText("journaltitle", "journal").filter(n -> !PreprintServers.isServer(n)).isPresent()) {
            return Category.JOURNAL;
        }
        if (fields.firstText("booktitle", "eventtitle").isPresent()) {
            return Category.CONFERENCE;
        }
        return dataOrSoftware(fields).orElse(PreprintServers.isServer(venue.name()) ? Category.PREPRINT
                : Category.OTHER);
    }

    /**
     * Data or software kept as {@code @misc} or {@code @online} (Zotero exports a Zenodo record so): the keyword
     * {@code software} or {@code dataset} says which, else a DOI of Zenodo, figshare or Dryad makes it data.
     */
    private static Optional<Category> dataOrSoftware(Fields fields) {
        List<String> keywords = fields.lowerText("keywords").map(k -> List.of(k.split("\\s*[,;]\\s*")))
                .orElse(List.of());
        if (keywords.contains("software")) {
            return Optional.of(Category.SOFTWARE);
        }
        if (keywords.contains("dataset") || keywords.contains("data set")
                || fields.text("doi").filter(doi -> DATA_REPOSITORY.matcher(doi).find()).isPresent()) {
            return Optional.of(Category.DATASET);
        }
        return Optional.empty();
    }

    /**
     * A work with no venue but a preprint server, and the entry says no more: one on a server (an arXiv id, a
     * server's DOI, URL or name), or an article, {@code @misc} or {@code @unpublished} that names nothing else. A web
     * page, a data set, software, a book or a thesis without a venue is not a preprint.
     */
    private static boolean isPreprint(String type, Fields fields, Venue venue, Links links) {
        if (!venue.isEmpty() && !PreprintServers.isServer(venue.name()) || type.endsWith("thesis")
                || type.equals("book")) {
            return false;
        }
        return PreprintServers.isOnServer(fields, links, venue.name())
                || venue.isEmpty() && (type.equals("article") || MANUSCRIPT_TYPES.contains(type));
    }
}
