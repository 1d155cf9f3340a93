package org.bibfolio.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bibfolio.bibtex.BibSyntaxException;
import org.bibfolio.bibtex.LibraryReader;
import org.bibfolio.model.Publication;
import org.bibfolio.model.ReviewStatus;
import org.bibfolio.sources.SourceException;
import org.bibfolio.sources.Work;
import org.bibfolio.sources.WorkSource;

/**
 * {@code bibfolio update [KEY…]}: for each preprint (an arXiv id, and status preprint, submitted or accepted), asks
 * arXiv whether a published version is recorded ({@code arxiv:doi}) and Crossref what that DOI is, and proposes one
 * change per entry: the type, venue, volume, pages, DOI and date of the published paper, status published; the
 * arXiv id stays, so both links do. The network is asked before the library is locked; the chosen changes are then
 * applied to the library as it is under the lock.
 */
public final class PreprintUpdates {

    /** One proposed change: the published work an entry becomes, and the lines it changes. */
    public record Proposal(String key, Work published, EntryDiff diff) { }

    /** Everything {@link #plan} found: the proposals, notes about entries left alone, and how many were. */
    public record Plan(List<Proposal> proposals, List<String> notes, int unchanged) { }

    private PreprintUpdates() {
    }

    public static Plan plan(LibraryReader.Loaded library, List<String> keys, WorkSource arxiv, WorkSource crossref)
            throws SourceException, UnknownKeyException, EntryRejectedException {
        List<String> notes = new ArrayList<>();
        Map<String, Publication> preprints = new LinkedHashMap<>();
        for (Publication publication : candidates(library, keys)) {
            if (isPreprint(publication)) {
                preprints.put(publication.key(), publication);
            } else {
                notes.add(publication.key() + " is not a preprint with an arXiv id; left alone");
            }
        }
        Map<String, Work> onArxiv = arxiv.works(preprints.values().stream()
                .map(p -> p.links().arxiv().orElseThrow()).distinct().toList());
        List<Proposal> proposals = new ArrayList<>();
        int unchanged = 0;
        for (Publication preprint : preprints.values()) {
            String id = preprint.links().arxiv().orElseThrow();
            Optional<Work> paper = Optional.ofNullable(onArxiv.get(id));
            Optional<String> doi = paper.flatMap(Work::publishedDoi);
            if (paper.isEmpty()) {
                notes.add(preprint.key() + ": arXiv has no paper " + id);
            } else if (doi.isEmpty()) {
                paper.get().journalRef().ifPresent(ref -> notes.add(preprint.key() + ": arXiv records '" + ref
                        + "' but no DOI; once you know the venue: bibfolio status " + preprint.key()
                        + " published --venue …"));
            }
            Optional<Work> published = Optional.empty();
            if (doi.isPresent()) {
                try {
                    published = Optional.of(crossref.work(doi.get())).filter(w -> isPublication(w.kind()));
                } catch (SourceException.UnknownWork e) {
                    notes.add(preprint.key() + ": arXiv links it to DOI " + doi.get() + ", which Crossref does not "
                            + "know");
                }
            }
            if (published.isEmpty()) {
                unchanged++;
                continue;
            }
            LibraryUpdate.Edit edit = publish(library, preprint.key(), published.get());
            proposals.add(new Proposal(preprint.key(), published.get(), edit.diffs().get(0)));
        }
        return new Plan(proposals, notes, unchanged);
    }

    /** The change that applies the chosen proposals to the library as it is when written. */
    public static LibraryUpdate.Change apply(List<Proposal> chosen) {
        return library -> {
            LibraryReader.Loaded current = library;
            List<EntryDiff> diffs = new ArrayList<>();
            for (Proposal proposal : chosen) {
                LibraryUpdate.Edit edit = publish(current, proposal.key(), proposal.published());
                diffs.addAll(edit.diffs());
                current = reread(current, edit.text());
            }
            return new LibraryUpdate.Edit(current.file().text(), diffs, List.of());
        };
    }

    /** The entry rewritten as the published paper. */
    static LibraryUpdate.Edit publish(LibraryReader.Loaded library, String key, Work published)
            throws UnknownKeyException, EntryRejectedException {
        EntryUpdate update = EntryUpdate.of(library, key);
        String type = WorkDraft.entryType(published.kind());
        if (!update.type().equals(type)) {
            update.retype(type);
        }
        String venueField = type.equals("article") ? (update.has("journaltitle") ? "journaltitle" : "journal")
                : PaperDraft.venueField(type);
        String shortField = venueField.startsWith("journal") ? "shortjournal" : "shortbooktitle";
        for (String stale : List.of("journal", "journaltitle", "booktitle", "shortjournal", "shortbooktitle")) {
            if (!stale.equals(venueField) && !stale.equals(shortField) && update.has(stale)) {
                update.unset(stale);
            }
        }
        update.value("howpublished").filter(h -> h.toLowerCase(Locale.ROOT).contains("arxiv"))
                .ifPresent(h -> update.unset("howpublished"));
        // the venue as the library already writes it stays ("Inventiones Mathematicae", not Crossref's casing)
        published.venue().filter(venue -> !PublishedType.sameVenue(update.value(venueField), venue))
                .ifPresent(venue -> update.set(venueField, venue));
        if (published.venueShort().isPresent()) {
            published.venueShort().filter(venue -> !PublishedType.sameVenue(update.value(shortField), venue))
                    .ifPresent(venue -> update.set(shortField, venue));
        } else if (update.has(shortField) && published.venue().isPresent()) {
            update.unset(shortField);
        }
        if (update.has("date") && !update.has("year")) {
            // biblatex's date, where the entry keeps it, rather than a year beside it
            published.year().ifPresent(year -> update.set("date", published.month()
                    .map(month -> "%d-%02d".formatted(year, month)).orElse(String.valueOf(year))));
        } else {
            published.year().ifPresent(year -> update.set("year", String.valueOf(year)));
            published.month().ifPresent(month -> update.set("month", String.valueOf(month)));
        }
        published.volume().ifPresent(volume -> update.set("volume", volume));
        published.number().ifPresent(number -> update.set("number", number));
        published.pages().ifPresent(pages -> update.set("pages", pages));
        if (type.equals("inproceedings")) {
            published.publisher().ifPresent(publisher -> update.set("publisher", publisher));
        }
        published.doi().ifPresent(doi -> update.set("doi", doi));
        update.unset("pubstate");
        return update.finish();
    }

    private static List<Publication> candidates(LibraryReader.Loaded library, List<String> keys)
            throws UnknownKeyException {
        List<Publication> all = library.library().publications();
        if (keys.isEmpty()) {
            return all.stream().filter(PreprintUpdates::isPreprint).toList();
        }
        List<Publication> chosen = new ArrayList<>();
        for (String key : keys) {
            chosen.add(all.stream().filter(p -> p.key().equalsIgnoreCase(key)).findFirst()
                    .orElseThrow(() -> new UnknownKeyException(key, EntryUpdate.similarKeys(library, key))));
        }
        return chosen;
    }

    static boolean isPreprint(Publication publication) {
        ReviewStatus status = publication.status();
        return publication.links().arxiv().isPresent() && (status instanceof ReviewStatus.Preprint
                || status instanceof ReviewStatus.Submitted || status instanceof ReviewStatus.Accepted);
    }

    private static boolean isPublication(Work.Kind kind) {
        return kind != Work.Kind.PREPRINT && kind != Work.Kind.OTHER;
    }

    private static LibraryReader.Loaded reread(LibraryReader.Loaded library, String text) {
        try {
            return LibraryReader.read(library.file().source(), text, library.file().charset());
        } catch (BibSyntaxException e) {
            throw new IllegalStateException("an update produced invalid BibTeX", e);
        }
    }
}
