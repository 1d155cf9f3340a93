package org.bibfolio.style;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bibfolio.model.AuthorRole;
import org.bibfolio.model.LatexSpan;
import org.bibfolio.model.Owner;
import org.bibfolio.model.PartialDate;
import org.bibfolio.model.PersonList;
import org.bibfolio.model.Publication;
import org.bibfolio.model.ReviewStatus;
import org.bibfolio.model.VenueTag;
import org.bibfolio.style.template.Template;

/** The variables a house-style template can use, taken from one publication. Listed in styles/README.md. */
public final class EntryValues implements Template.Values {

    /** The variables of {@link #variable} and {@link #text} by name; a style file naming another is refused. */
    static final Set<String> VARIABLES = Set.of("authors", "editors", "translators", "title", "year", "month", "venue",
            "venue.short", "venue.abbr", "venue.submitted", "tags", "status", "genre", "key", "arxiv", "doi", "url", "pages");

    /**
     * BibTeX and biblatex fields a template may name without {@code field.}: the standard ones, so that
     * {@code {volume}} works and a slip such as {@code {titel}} is an error rather than an empty field.
     */
    private static final Set<String> BARE_FIELDS = Set.of("abstract", "address", "addendum", "annote", "booktitle",
            "chapter", "date", "day", "edition", "editor", "eprint", "eprintclass", "eprinttype", "eventtitle",
            "howpublished", "institution", "isbn", "issn", "issue", "journal", "journaltitle", "keywords",
            "language", "location", "note", "number", "organization", "pdf", "code", "publisher", "pubstate",
            "school", "series", "shortbooktitle", "shortjournal", "subtitle", "titleaddon", "type", "urldate",
            "version", "volume");

    /**
     * biblatex's localisation keys for the {@code type} field (english.lbx, as biblatex prints them at the start of
     * a sentence), and the BibTeX entry-type names people write there too; any other value as written.
     */
    private static final Map<String, String> TYPE_KEYS = Map.ofEntries(
            Map.entry("phdthesis", "PhD thesis"),
            Map.entry("mathesis", "Master\u2019s thesis"),
            Map.entry("mastersthesis", "Master\u2019s thesis"),
            Map.entry("masterthesis", "Master\u2019s thesis"),
            Map.entry("bathesis", "Bachelor\u2019s thesis"),
            Map.entry("candthesis", "Candidate thesis"),
            Map.entry("techreport", "Technical report"),
            Map.entry("resreport", "Research report"),
            Map.entry("software", "Computer software"),
            Map.entry("datacd", "CD-ROM"),
            Map.entry("audiocd", "Audio CD"),
            Map.entry("patent", "Patent"));

    /** True for a name a template may use: a variable, a standard field, or {@code field.NAME}. */
    static boolean isVariable(String name) {
        return VARIABLES.contains(name) || BARE_FIELDS.contains(name)
                || name.startsWith("field.") && name.length() > "field.".length();
    }

    /** Every name {@link #isVariable} accepts except the open-ended {@code field.NAME}, for "did you mean". */
    static Set<String> knownNames() {
        Set<String> names = new java.util.TreeSet<>(VARIABLES);
        names.addAll(BARE_FIELDS);
        return names;
    }

    private final Publication publication;
    private final NameRenderer names;
    /** The author marks the rendered author list carries, for the legend under the list. */
    private final Set<AuthorRole> marked = EnumSet.noneOf(AuthorRole.class);

    EntryValues(Publication publication, NameRenderer names) {
        this.publication = publication;
        this.names = names;
    }

    /** The values of one publication with names written as {@code style} says, for templates outside a CV list. */
    public static EntryValues of(Publication publication, HouseStyle style, Owner owner) {
        return new EntryValues(publication, new NameRenderer(style.names(), owner));
    }

    @Override
    public List<Inline> variable(String name) {
        return switch (name) {
            case "authors" -> authors();
            // annotations (author+an) speak of authors only; names standing in for the authors are not repeated
            case "editors" -> standsIn(publication.editors()) ? List.of()
                    : names.render(publication.editors(), position -> Set.of());
            case "translators" -> standsIn(publication.translators()) ? List.of()
                    : names.render(publication.translators(), position -> Set.of());
            default -> text(name).filter(value -> !value.isEmpty())
                    .map(value -> Inline.of(value, latexSpans(value))).orElse(List.of());
        };
    }

    /**
     * The authors; for a work without any, its editors or else its translators with their label ("(Eds.)"), as CSL's
     * {@code <substitute>} does, so an edited volume or a translation names its makers, the owner in bold.
     */
    private List<Inline> authors() {
        if (!publication.authors().isEmpty()) {
            marked.addAll(names.shownRoles(publication.authors(), publication::rolesOf));
            return names.render(publication.authors(), publication::rolesOf);
        }
        PersonList standIn = standsIn(publication.editors()) ? publication.editors() : publication.translators();
        if (standIn.isEmpty()) {
            return List.of();
        }
        int count = standIn.size();
        List<Inline> out = new ArrayList<>(names.render(standIn, position -> Set.of()));
        out.add(new Inline.Text(" " + (standIn == publication.editors() ? names.roles().editors(count)
                : names.roles().translators(count))));
        return out;
    }

    /** Whether these names stand in for absent authors: the editors, or without editors the translators. */
    private boolean standsIn(PersonList people) {
        if (people.isEmpty() || !publication.authors().isEmpty()) {
            return false;
        }
        return people == publication.editors() || publication.editors().isEmpty();
    }

    /**
     * The math and LaTeX-only commands of a value taken from a field (the title, the venue…): those of the field that
     * holds exactly this text, none for a value made by the style.
     */
    private List<LatexSpan> latexSpans(String value) {
        return publication.latex().entrySet().stream()
                .filter(field -> publication.field(field.getKey()).filter(value::equals).isPresent())
                .map(Map.Entry::getValue).findFirst().orElse(List.of());
    }

    /** The roles whose marks the {@code authors} variable has written so far. */
    Set<AuthorRole> marked() {
        return Set.copyOf(marked);
    }

    private Optional<String> text(String name) {
        return switch (name) {
            case "title" -> Optional.of(publication.title());
            case "year" -> publication.year().map(String::valueOf);
            case "month" -> publication.date().flatMap(PartialDate::monthName);
            case "venue" -> Optional.of(publication.venue().name());
            case "venue.short" -> Optional.of(publication.venue().shortName());
            case "venue.submitted" -> publication.status() instanceof ReviewStatus.Submitted submitted
                    ? submitted.to() : Optional.empty();
            case "venue.abbr" -> publication.venue().abbreviation();
            case "tags" -> Optional.of(publication.tags().stream().map(VenueTag::label)
                    .collect(Collectors.joining(", ")));
            case "status" -> Optional.of(statusText(publication.status()));
            case "genre" -> genre(publication);
            case "key" -> Optional.of(publication.key());
            case "arxiv" -> publication.links().arxiv();

            case "doi" -> publication.links().doi();
            case "url" -> publication.links().url();
            case "pages" -> publication.field("pages").map(p -> p.replaceAll("\\s*[-–]+\\s*", "–"));
            default -> publication.field(name.startsWith("field.") ? name.substring("field.".length()) : name);
        };
    }

    /**
     * What kind of thesis or report the work is: the entry's {@code type} field ("Habilitation thesis", "Working
     * paper"; biblatex's keys such as {@code phdthesis} or {@code techreport} in biblatex's English words), else "PhD
     * thesis" or "Master’s thesis" by entry type; the same words CSL styles get as {@code genre}.
     */
    public static Optional<String> genre(Publication publication) {
        Optional<String> type = publication.field("type").map(EntryValues::typeWords);
        return switch (publication.type()) {
            case "phdthesis" -> type.or(() -> Optional.of("PhD thesis"));
            case "mastersthesis" -> type.or(() -> Optional.of(typeWords("mathesis")));
            default -> type;
        };
    }

    private static String typeWords(String type) {
        return TYPE_KEYS.getOrDefault(type.strip().toLowerCase(Locale.ROOT), type);
    }

    private static String statusText(ReviewStatus status) {
        if (status instanceof ReviewStatus.Accepted) {
            return "To appear";
        }
        if (status instanceof ReviewStatus.Submitted) {
            return "Submitted";
        }
        if (status instanceof ReviewStatus.InPreparation) {
            return "In preparation";
        }
        if (status instanceof ReviewStatus.Preprint) {
            return "Preprint";
        }
        return "";
    }

    @Override
    public Optional<String> link(String name) {
        return publication.links().byName(name);
    }
}
