package org.bibfolio.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.bibfolio.bibtex.BibField;
import org.bibfolio.bibtex.BibFile;
import org.bibfolio.bibtex.BibItem;
import org.bibfolio.bibtex.BibParser;
import org.bibfolio.bibtex.BibSyntaxException;
import org.bibfolio.bibtex.LibraryReader;
import org.bibfolio.bibtex.RequiredFields;
import org.bibfolio.bibtex.ValuePart;

/**
 * A library read for appending entries ({@code add}): parsed whole as a stream, keeping every {@code @string},
 * {@code @preamble}, {@code @comment} and broken item, every key, and of the entries only those the new ones can
 * concern: the entries a caller's filter keeps (those that may be the same paper), crossref parents and children,
 * the first entry that makes the library a biblatex one, an even sample for the file's layout, and the last item
 * (where the appended text is parsed from). A check of the new entries on it finds what a check on the whole
 * library finds, without the whole library's parse held in memory. Empty when that cannot be promised (a crossref
 * through a macro; a needed child whose parent was read, and let go, before it): then the caller reads the
 * library whole.
 *
 * @param library  the library with the kept items only; its text is the whole file's
 * @param keys     every entry's key as written
 * @param firstAt  where the first entry of each key (lower case) starts
 * @param layout   the file with its layout sample's entries only ({@link #layoutSample})
 */
record LibrarySkim(LibraryReader.Loaded library, Set<String> keys, Map<String, Integer> firstAt, BibFile layout) {

    /** How many entries of a big library its layout is learnt from ({@link #layoutSample}). */
    static final int LAYOUT_SAMPLE = 2_000;

    static Optional<LibrarySkim> of(String source, LibraryReader.Decoded decoded, Predicate<BibItem.Entry> needed)
            throws BibSyntaxException {
        String text = decoded.text();
        int every = layoutEvery(text);
        List<BibItem> kept = new ArrayList<>();
        List<BibItem> layout = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        Map<String, Integer> firstAt = new HashMap<>();
        Set<String> parents = new HashSet<>();
        Set<String> keptKeys = new HashSet<>();
        boolean[] complete = {true};
        boolean[] biblatex = {false};
        int[] entries = {0};
        BibItem[] last = {null};
        BibParser.stream(source, text, item -> {
            last[0] = item;
            if (!(item instanceof BibItem.Entry entry)) {
                kept.add(item);
                return;
            }
            keys.add(entry.key());
            if (entries[0]++ % every == 0) {
                layout.add(entry);
            }
            String key = entry.key().toLowerCase(Locale.ROOT);
            if (firstAt.putIfAbsent(key, entry.span().start()) != null) {
                return; // BibTeX ignores a repeated key, and so does every check of another entry
            }
            boolean wanted = needed.test(entry);
            boolean keep = wanted || parents.contains(key);
            Optional<BibField> crossref = entry.field("crossref");
            if (crossref.isPresent()) {
                Optional<String> parent = literal(crossref.get()).map(p -> p.strip().toLowerCase(Locale.ROOT));
                if (parent.isEmpty()) {
                    complete[0] = false;
                } else if (!firstAt.containsKey(parent.get())) {
                    parents.add(parent.get()); // read later, when it is known to be needed: kept with the child
                    keep = true;
                } else if (keptKeys.contains(parent.get())) {
                    keep = true;
                } else {
                    // the parent is gone; it was not needed, so neither is what the child inherits from it, but a
                    // child needed for its own fields is mapped with the parent's
                    complete[0] &= !wanted;
                }
            }
            if (!biblatex[0] && RequiredFields.isBiblatex(Stream.of(entry))) {
                biblatex[0] = true;
                keep = true;
            }
            if (keep) {
                kept.add(entry);
                keptKeys.add(key);
            }
        });
        if (!complete[0]) {
            return Optional.empty();
        }
        if (last[0] != null && (kept.isEmpty() || kept.get(kept.size() - 1) != last[0])) {
            kept.add(last[0]);
        }
        BibFile file = new BibFile(source, text, decoded.charset(), kept);
        return Optional.of(new LibrarySkim(LibraryReader.lazily(file), keys, firstAt,
                new BibFile(source, text, decoded.charset(), layout)));
    }

    /**
     * The file with the entries its layout is learnt from: every entry of a file of up to {@value #LAYOUT_SAMPLE}
     * items, else about that many spread evenly. The layout a new entry is written in is what most entries do (the
     * indent, alignment and field order), which a sample of a 50,000-entry library tells as well as all of it.
     */
    static BibFile layoutSample(BibFile file) {
        int every = layoutEvery(file.text());
        List<BibItem.Entry> entries = file.entries().toList();
        List<BibItem> sample = new ArrayList<>();
        for (int i = 0; i < entries.size(); i += every) {
            sample.add(entries.get(i));
        }
        return new BibFile(file.source(), file.text(), file.charset(), sample);
    }

    /** Every how many entries one is in the layout sample: about {@value #LAYOUT_SAMPLE} entries, spread evenly. */
    private static int layoutEvery(String text) {
        int items = text.startsWith("@") ? 1 : 0;
        for (int i = text.indexOf("\n@"); i >= 0; i = text.indexOf("\n@", i + 2)) {
            items++;
        }
        return Math.max(1, (items + LAYOUT_SAMPLE - 1) / LAYOUT_SAMPLE);
    }

    /** A value's text when it is written without macros (a key, a year as written). */
    static Optional<String> literal(BibField field) {
        StringBuilder text = new StringBuilder();
        for (ValuePart part : field.value()) {
            if (part instanceof ValuePart.Braced braced) {
                text.append(braced.text());
            } else if (part instanceof ValuePart.Quoted quoted) {
                text.append(quoted.text());
            } else if (part instanceof ValuePart.Number number) {
                text.append(number.digits());
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(text.toString());
    }
}
