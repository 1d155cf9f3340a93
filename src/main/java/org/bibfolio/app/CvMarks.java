package org.bibfolio.app;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.bibfolio.bibtex.PreprintServers;
import org.bibfolio.model.VenueTag;

/**
 * The changes a CV needs most: venue tags and the Selected mark (both live in {@code keywords}, where the reader
 * looks for them) and the review status (biblatex's {@code pubstate}, with the venue it was submitted to).
 */
public final class CvMarks {

    static final String SELECTED = "selected";

    /** Where keyword lists are split when read (bibtex.PublicationMapper), so no tag may contain one. */
    private static final List<String> KEYWORD_SEPARATORS = List.of(",", ";");

    /** The statuses {@code bibfolio status} takes, and the {@code pubstate} each writes (none for published). */
    public enum Status {
        SUBMITTED("submitted"), ACCEPTED("accepted"), PUBLISHED(""), PREPRINT("prepublished"),
        INPREPARATION("inpreparation");

        private final String pubstate;

        Status(String pubstate) {
            this.pubstate = pubstate;
        }

        /** The {@code pubstate} value; none for published, which biblatex assumes when the field is absent. */
        public Optional<String> pubstate() {
            return Optional.of(pubstate).filter(p -> !p.isEmpty());
        }

        public static Optional<Status> of(String name) {
            return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(name.replace(" ", ""))).findFirst();
        }
    }

    private CvMarks() {
    }

    /** Adds (or with {@code remove}, removes) a venue tag such as "Spotlight". */
    public static LibraryUpdate.Change tag(String key, String label, boolean remove) {
        return library -> {
            requireOneTag(label);
            EntryUpdate update = EntryUpdate.of(library, key);
            Optional<VenueTag> known = library.settings().tags().stream().filter(t -> t.matches(label)).findFirst();
            if (known.isEmpty() && !remove) {
                update.warn("'" + label + "' is not a known venue tag, so CV lists will not show it; add it to "
                        + "'tags = …' in the @comment{bibfolio: …} block");
            }
            String written = known.map(VenueTag::label).orElse(label.strip());
            return remove ? removeKeyword(update, written).finish() : addKeyword(update, written, false).finish();
        };
    }

    /**
     * Refuses a tag that {@code keywords} cannot hold as one: BibTeX tools (and bibfolio) split keywords at commas
     * and semicolons, so "a, b" would be written as two tags that no later {@code tag --remove 'a, b'} finds.
     */
    public static void requireOneTag(String label) throws EntryRejectedException {
        Optional<String> separator = KEYWORD_SEPARATORS.stream().filter(label::contains).findFirst();
        if (separator.isPresent()) {
            List<String> parts = Arrays.stream(label.split("[,;]")).map(String::strip).filter(p -> !p.isEmpty())
                    .toList();
            throw new EntryRejectedException("a tag cannot contain '" + separator.get() + "': keywords are "
                    + "separated by commas and semicolons, so '" + label.strip() + "' would become "
                    + parts.size() + " tags", Optional.of("give each tag on its own: " + String.join(", ",
                    parts.stream().map(p -> "'" + p + "'").toList())));
        }
    }

    /** Puts an entry in the Selected list or takes it out. */
    public static LibraryUpdate.Change select(String key, boolean selected) {
        return library -> {
            EntryUpdate update = EntryUpdate.of(library, key);
            if (selected) {
                return addKeyword(update, SELECTED, true).finish();
            }
            boolean hadField = update.has(SELECTED);
            update.unset(SELECTED);
            boolean hasKeyword = keywords(update).stream().anyMatch(SELECTED::equalsIgnoreCase);
            return hadField && !hasKeyword ? update.finish() : removeKeyword(update, SELECTED).finish();
        };
    }

    /** What {@code bibfolio status} is asked to do: the new status, and where the paper went. */
    public record StatusChange(Status status, Optional<String> venue, Optional<String> venueShort,
                               Optional<String> type, boolean force) { }

    /**
     * Sets the review status; {@code venue} (the journal or conference) and its short form are optional. A preprint
     * ({@code @misc}, {@code @online}, {@code @unpublished}) published at a venue takes the type of its venue
     * ({@code type}, else inferred from the venue's name: a journal gives {@code @article} with {@code journal}, a
     * conference {@code @inproceedings} with {@code booktitle}), so it moves to the CV list it now belongs to;
     * {@code sections} names the lists (the house style's headings) for the note that says so.
     */
    public static LibraryUpdate.Change status(String key, StatusChange change, CvSections sections) {
        return library -> {
            EntryUpdate update = EntryUpdate.of(library, key);
            Optional<String> pubstate = change.status().pubstate();
            if (pubstate.isPresent()) {
                update.set("pubstate", pubstate.get());
            } else {
                update.unset("pubstate");
            }
            Optional<String> newType = newType(update, change);
            List<String> venueFields = List.of("journaltitle", "journal", "booktitle");
            String venueField = newType.map(PaperDraft::venueField).orElseGet(() -> venueFields.stream()
                    .filter(update::has).findFirst().orElse(PaperDraft.venueField(update.type())));
            String shortField = venueField.equals("booktitle") ? "shortbooktitle" : "shortjournal";
            // a preprint's type, or (Zotero's and Scholar's shape) an @article whose journal is the server
            boolean fromPreprint = newType.isPresent() && PublishedType.PREPRINT_TYPES.contains(update.type())
                    || venueFields.stream().map(update::value).flatMap(Optional::stream)
                            .anyMatch(name -> PreprintServers.isServer(name.strip()));
            if (fromPreprint && change.venue().isPresent()) {
                PreprintTraces.remove(update, change.venue().get());
            }
            if (newType.isPresent()) {
                update.retype(newType.get());
                for (String old : venueFields) {
                    boolean sameKind = old.startsWith("journal") == venueField.startsWith("journal");
                    if (!sameKind && update.has(old) && change.venue().isPresent()) {
                        update.unset(old).unset(old.equals("booktitle") ? "shortbooktitle" : "shortjournal");
                    }
                }
            }
            if (change.venue().isPresent() && !change.venue().equals(update.value(venueField))) {
                update.set(venueField, change.venue().get());
                if (change.venueShort().isEmpty() && update.has(shortField)) {
                    update.unset(shortField);
                }
            }
            change.venueShort().ifPresent(abbreviation -> update.set(shortField, abbreviation));
            sections.move(library, update.result(), update.key()).ifPresent(update::note);
            return update.finish(change.force());
        };
    }

    /** The type the entry takes: the one asked for, or for a published preprint the one its venue implies. */
    private static Optional<String> newType(EntryUpdate update, StatusChange change) throws EntryRejectedException {
        if (change.type().isPresent()) {
            String type = change.type().get().strip().toLowerCase(Locale.ROOT);
            if (!EntryRules.KNOWN_TYPES.contains(type)) {
                throw new EntryRejectedException("unknown entry type @" + type + EntryRules.closest(type)
                        .map(t -> " (did you mean @" + t + "?)").orElse(""), Optional.of("give --type article, "
                        + "--type inproceedings or another BibTeX type"));
            }
            return Optional.of(type).filter(t -> !t.equals(update.type()));
        }
        if (change.status() != Status.PUBLISHED || change.venue().isEmpty()
                || !PublishedType.PREPRINT_TYPES.contains(update.type())) {
            return Optional.empty();
        }
        return Optional.of(PublishedType.of(change.venue().get()).or(() -> venueTypeAsWritten(update, change.venue()
                .get())).orElseThrow(() -> new EntryRejectedException(
                "cannot tell whether '" + change.venue().get() + "' is a journal or a conference, so not which type "
                        + "@" + update.type() + " " + update.key() + " should become",
                Optional.of("say it with --type article (a journal) or --type inproceedings (a conference)"))));
    }

    /** A preprint that already names the venue ({@code journal = {Cell Systems}}) says by that field what it is. */
    private static Optional<String> venueTypeAsWritten(EntryUpdate update, String venue) {
        if (Stream.of("journal", "journaltitle").anyMatch(f -> PublishedType.sameVenue(update.value(f), venue))) {
            return Optional.of("article");
        }
        return PublishedType.sameVenue(update.value("booktitle"), venue) ? Optional.of("inproceedings")
                : Optional.empty();
    }

    private static EntryUpdate addKeyword(EntryUpdate update, String keyword, boolean first) {
        List<String> keywords = keywords(update);
        if (keywords.stream().anyMatch(k -> k.equalsIgnoreCase(keyword))) {
            return update.warn(update.key() + " already has '" + keyword + "'");
        }
        keywords.add(first ? 0 : keywords.size(), keyword);
        return update.set("keywords", String.join(separator(update), keywords));
    }

    private static EntryUpdate removeKeyword(EntryUpdate update, String keyword) {
        return removeKeywords(update, k -> k.equalsIgnoreCase(keyword)) ? update
                : update.warn(update.key() + " does not have '" + keyword + "'");
    }

    /** Removes every keyword {@code which} accepts, and the field when none is left; false when none was removed. */
    static boolean removeKeywords(EntryUpdate update, Predicate<String> which) {
        List<String> keywords = keywords(update);
        if (!keywords.removeIf(which)) {
            return false;
        }
        if (keywords.isEmpty()) {
            update.unset("keywords");
        } else {
            update.set("keywords", String.join(separator(update), keywords));
        }
        return true;
    }

    private static List<String> keywords(EntryUpdate update) {
        List<String> keywords = new ArrayList<>();
        for (String keyword : update.value("keywords").orElse("").split("[,;]")) {
            if (!keyword.isBlank()) {
                keywords.add(keyword.strip());
            }
        }
        return keywords;
    }

    /** The separator the entry already uses: "; " when it has semicolons and no commas, else ", ". */
    private static String separator(EntryUpdate update) {
        String value = update.value("keywords").orElse("");
        return value.contains(";") && !value.contains(",") ? "; " : ", ";
    }
}
