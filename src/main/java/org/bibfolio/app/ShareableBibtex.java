package org.bibfolio.app;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.bibfolio.bibtex.BibItem;
import org.bibfolio.bibtex.BibSubset;
import org.bibfolio.bibtex.BibSyntaxException;
import org.bibfolio.bibtex.LibraryReader;
import org.bibfolio.model.VenueTag;

/**
 * The BibTeX a reader copies from the page (al-folio #3188 is the complaint when tools leak their own fields): the
 * entry's own text as the library has it, with the {@code @string}s and cross-referenced entries it needs so that it
 * compiles where it is pasted, minus what only bibfolio reads. Removed are the {@code selected} field and keyword,
 * the venue-tag keywords and {@code category}, and what a reference manager keeps for its user alone ({@link
 * #isPrivate}: Zotero's {@code file = {/home/…/storage/….pdf}}, JabRef's groups, BibDesk's file links); the edits are
 * the lossless ones of {@code unselect} and {@code tag --remove}, so nothing else of the text changes.
 */
public final class ShareableBibtex {

    static final List<String> OWN_FIELDS = List.of(CvMarks.SELECTED, "category");

    /**
     * Reference managers' bookkeeping: where the PDF lies on the user's disk (Zotero, JabRef, Mendeley: {@code file};
     * BibDesk: {@code bdsk-file-1}, {@code bdsk-url-1}, {@code local-url}), when it was added or read, the user's
     * groups, ranks and private comments. Nothing a reader of the page can use, and some a user would not publish.
     */
    private static final Set<String> PRIVATE_FIELDS = Set.of("file", "local-url", "owner", "timestamp", "groups",
            "ranking", "readstatus", "priority", "qualityassured", "printed", "relevance", "comment", "__markedentry",
            "mendeley-tags", "mendeley-groups", "date-added", "date-modified", "annote");
    private static final Pattern BIBDESK_LINK = Pattern.compile("bdsk-(file|url)-\\d+");

    private final LibraryReader.Loaded library;
    private final BibSubset subsets;

    public ShareableBibtex(LibraryReader.Loaded library) {
        this.library = library;
        this.subsets = BibSubset.over(library.file());
    }

    /** The shareable text of the entry with this key (and of the entries it needs). */
    public String of(String key) {
        String text = subsets.text(List.of(key));
        List<String> keys = parse(text).file().entries().map(BibItem.Entry::key).toList();
        for (String entry : keys) {
            text = withoutOwnData(parse(text), entry);
        }
        return text;
    }

    private String withoutOwnData(LibraryReader.Loaded alone, String key) {
        try {
            EntryUpdate update = EntryUpdate.of(alone, key);
            OWN_FIELDS.forEach(update::unset);
            update.fieldNames().stream().filter(ShareableBibtex::isPrivate).toList().forEach(update::unset);
            CvMarks.removeKeywords(update, keyword -> keyword.toLowerCase(Locale.ROOT).equals(CvMarks.SELECTED)
                    || library.settings().tags().stream().anyMatch((VenueTag tag) -> tag.matches(keyword)));
            return update.text();
        } catch (UnknownKeyException e) {
            throw new IllegalStateException("the subset lost entry " + key, e);
        }
    }

    static boolean isPrivate(String field) {
        String name = field.toLowerCase(Locale.ROOT);
        return PRIVATE_FIELDS.contains(name) || BIBDESK_LINK.matcher(name).matches();
    }

    /** Text the library's own parser produced a moment ago parses again; anything else is a bug. */
    private LibraryReader.Loaded parse(String text) {
        try {
            return LibraryReader.read(library.file().source(), text, library.file().charset());
        } catch (BibSyntaxException e) {
            throw new IllegalStateException("a subset of the library does not parse: " + e.getMessage(), e);
        }
    }
}
