package org.bibfolio.search;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.bibfolio.bibtex.BibFile;
import org.bibfolio.bibtex.BibItem;
import org.bibfolio.bibtex.BibParser;
import org.bibfolio.bibtex.BibSyntaxException;
import org.bibfolio.bibtex.LibraryReader;
import org.bibfolio.bibtex.LibrarySettings;
import org.bibfolio.model.Library;
import org.bibfolio.model.Owner;

/**
 * library.bib as the index sees it: each entry's original text and a hash of it, and the "context" every entry's
 * meaning depends on (the {@code @string} and {@code @preamble} macros and the {@code @comment{bibfolio: …}}
 * settings: {@link LibraryReader#shapesEntries}). Entries are turned into the model a batch at a time, each with the
 * context that stands before it ({@link ContextMapping}), so an incremental update maps only the entries that
 * changed, and nothing holds the whole library in memory twice.
 */
final class LibrarySource {

    /**
     * One entry: a unique id (the lower-case key, {@code #2}… for duplicates), its parsed item and its crossref
     * parent's, how many context items stand before each in the file, and the file's text. Texts and hashes are
     * made when asked for (by the indexing threads), so the reading thread does not copy or hash every entry and the
     * build holds the file's text once.
     */
    record Entry(String id, String key, BibItem.Entry item, int contextBefore, Optional<BibItem.Entry> parentItem,
                 int parentContextBefore, String fileText) {

        /** The entry as written in library.bib. */
        String text() {
            return item.span().of(fileText);
        }

        /** Its crossref parent as written in library.bib, when it has one there. */
        Optional<String> parentText() {
            return parentItem.map(parent -> parent.span().of(fileText));
        }

        /**
         * The hash of what the entry means: its text, its parent's, and where both stand among the context items.
         * When it changes, the entry is indexed again.
         */
        String hash() {
            return hash(text().getBytes(StandardCharsets.UTF_8),
                    parentText().map(p -> p.getBytes(StandardCharsets.UTF_8)));
        }

        /** {@link #hash()} from the UTF-8 of {@link #text()} and {@link #parentText()}. */
        String hash(byte[] text, Optional<byte[]> parentText) {
            ContentHash hash = new ContentHash().update(text).update(contextBefore);
            parentText.ifPresent(parent -> hash.update(parent).update(parentContextBefore));
            return hash.hex();
        }

        /** The entry as the index stores it, for {@link ContextMapping#map(String, Charset, String, List)}. */
        ContextMapping.Text stored() {
            return new ContextMapping.Text(text(), contextBefore, parentText(), parentContextBefore);
        }
    }

    private final Charset charset;
    private final String context;
    /** The items that give the entries their meaning ({@link LibraryReader#shapesEntries}), in file order. */
    private final List<BibItem> contextItems;
    private final LibrarySettings settings;
    private final List<Entry> entries;
    /** The errors of the items that are not valid BibTeX, in file order: entries nobody can search. */
    private final List<BibSyntaxException> broken;

    private LibrarySource(Charset charset, String context, List<BibItem> contextItems, LibrarySettings settings,
                          List<Entry> entries, List<BibSyntaxException> broken) {
        this.charset = charset;
        this.context = context;
        this.broken = List.copyOf(broken);
        this.contextItems = List.copyOf(contextItems);
        this.settings = settings;
        this.entries = List.copyOf(entries);
    }

    static LibrarySource parse(String displayName, byte[] bytes) throws BibSyntaxException {
        LibraryReader.Decoded decoded = LibraryReader.decode(bytes);
        Builder builder = new Builder(displayName, decoded, null, Integer.MAX_VALUE, true);
        BibFile file = BibParser.parse(displayName, decoded.text(), decoded.charset());
        file.items().forEach(builder::accept);
        return builder.finish(LibrarySettings.of(file));
    }

    /**
     * Entries handed out while the file is still being parsed, with the context items and settings they are mapped
     * with ({@link ContextMapping#map(List, List, LibrarySettings)}).
     */
    record Batch(List<Entry> entries, List<BibItem> context, LibrarySettings settings) { }

    /**
     * What {@link #stream} read: the context (its {@code entries()} are empty), the entries not handed out in a
     * batch, how many entries the file has, and whether the batches handed out stand.
     */
    record Streamed(LibrarySource context, List<Entry> rest, int count, boolean valid) { }

    /**
     * Parses the file like {@link #parse(String, byte[])}, handing full batches of {@code batchSize} entries to
     * {@code sink} while the parse goes on, and keeping no entry itself, so the parsed items die young. A batch is
     * mapped with the macros and settings read so far and leaves out entries whose crossref parent has not been read
     * yet (they come back in {@code rest}). So the batches are right unless a {@code @string} or the settings block
     * comes after the first of them: then {@code valid} is false, and the caller starts over with {@link #parse}.
     */
    static Streamed stream(String displayName, byte[] bytes, Consumer<Batch> sink, int batchSize)
            throws BibSyntaxException {
        LibraryReader.Decoded decoded = LibraryReader.decode(bytes);
        Builder builder = new Builder(displayName, decoded, sink, batchSize, mentionsCrossref(bytes));
        BibParser.stream(displayName, decoded.text(), builder::accept);
        LibrarySource context = builder.finish(builder.settings == null ? LibrarySettings.DEFAULT : builder.settings);
        return new Streamed(context, builder.rest, builder.count, builder.valid);
    }

    /** Whether "crossref" appears anywhere in the file, in any case (a field name, but also any word). */
    private static boolean mentionsCrossref(byte[] bytes) {
        byte[] word = "crossref".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0, last = bytes.length - word.length; i <= last; i++) {
            if ((bytes[i] | 0x20) == 'c') {
                int j = 1;
                while (j < word.length && (bytes[i + j] | 0x20) == word[j]) {
                    j++;
                }
                if (j == word.length) {
                    return true;
                }
            }
        }
        return false;
    }

    /** An entry item and how many context items stand before it in the file. */
    private record Placed(BibItem.Entry item, int contextBefore) { }

    /** Collects the context and the entries as the parser reads them. */
    private static final class Builder {

        private final Consumer<Batch> sink;
        private final int batchSize;
        private final boolean keep;
        private final String text;
        private final Charset charset;
        private final StringBuilder context = new StringBuilder();
        private final List<BibItem> contextItems = new ArrayList<>();
        private final List<BibSyntaxException> broken = new ArrayList<>();
        /** The first entry of each key, kept only when the file may have crossrefs. */
        private final Map<String, Placed> firstByKey;
        private final Map<String, Integer> seen = new HashMap<>();
        /** Every entry in file order (when kept); null where a crossref is resolved at the end. */
        private final List<Entry> entries = new ArrayList<>();
        private final List<Placed> unresolved = new ArrayList<>();
        private final List<String> unresolvedIds = new ArrayList<>();
        private final List<Integer> unresolvedSlots = new ArrayList<>();
        private List<Entry> pending = new ArrayList<>();
        private final List<Entry> rest = new ArrayList<>();
        private LibrarySettings settings;
        private int count;
        private boolean dispatched;
        private boolean valid = true;

        Builder(String displayName, LibraryReader.Decoded decoded, Consumer<Batch> sink, int batchSize,
                boolean crossrefs) {
            this.sink = sink;
            this.batchSize = batchSize;
            this.keep = sink == null;
            this.text = decoded.text();
            this.charset = decoded.charset();
            this.firstByKey = crossrefs ? new HashMap<>() : null;
            this.displayName = displayName;
        }

        private final String displayName;

        LibrarySource finish(LibrarySettings fileSettings) {
            for (int i = 0; i < unresolved.size(); i++) {
                Entry entry = entry(unresolvedIds.get(i), unresolved.get(i));
                if (keep) {
                    entries.set(unresolvedSlots.get(i), entry);
                }
                rest.add(entry);
            }
            rest.addAll(pending);
            return new LibrarySource(charset, context.toString(), contextItems, fileSettings, entries, broken);
        }

        void accept(BibItem item) {
            if (LibraryReader.shapesEntries(item)) {
                context.append(item.span().of(text)).append('\n');
                contextItems.add(item);
                valid &= !dispatched;
                if (item instanceof BibItem.Comment && settings == null) {
                    settings = LibrarySettings.of(new BibFile(displayName, text, charset, List.of(item)));
                }
            } else if (item instanceof BibItem.Broken unreadable) {
                broken.add(unreadable.error());
            } else if (item instanceof BibItem.Entry entry) {
                count++;
                String lowerKey = entry.key().toLowerCase(Locale.ROOT);
                if (firstByKey != null) {
                    firstByKey.putIfAbsent(lowerKey, new Placed(entry, contextItems.size()));
                }
                int occurrence = seen.merge(lowerKey, 1, Integer::sum);
                String id = occurrence == 1 ? lowerKey : lowerKey + "#" + occurrence;
                if (entry.field("crossref").isPresent() && parent(entry).isEmpty()) {
                    // the parent may come further down (BibTeX wants it there): resolved once all is read
                    unresolved.add(new Placed(entry, contextItems.size()));
                    unresolvedIds.add(id);
                    unresolvedSlots.add(entries.size());
                    if (keep) {
                        entries.add(null);
                    }
                    return;
                }
                Entry built = entry(id, new Placed(entry, contextItems.size()));
                if (keep) {
                    entries.add(built);
                }
                pending.add(built);
                if (pending.size() >= batchSize) {
                    sink.accept(new Batch(pending, List.copyOf(contextItems),
                            settings == null ? LibrarySettings.DEFAULT : settings));
                    pending = new ArrayList<>();
                    dispatched = true;
                }
            }
        }

        private Optional<Placed> parent(BibItem.Entry entry) {
            if (firstByKey == null) {
                return Optional.empty();
            }
            return entry.field("crossref")
                    .map(field -> field.valueSpan().of(text).replaceAll("[{}\"\\s]", "").toLowerCase(Locale.ROOT))
                    .map(firstByKey::get);
        }

        private Entry entry(String id, Placed entry) {
            Optional<Placed> parent = parent(entry.item()).filter(p -> p.item() != entry.item());
            return new Entry(id, entry.item().key(), entry.item(), entry.contextBefore(),
                    parent.map(Placed::item), parent.map(Placed::contextBefore).orElse(0), text);
        }
    }

    List<Entry> entries() {
        return entries;
    }

    /** The context items' texts, each followed by a newline: what the index stamp keeps. */
    String context() {
        return context;
    }

    /** What is wrong with each item that is not valid BibTeX, in file order (its entry is not indexed). */
    List<BibSyntaxException> broken() {
        return broken;
    }

    /** The library's owner, as its settings name them. */
    Owner owner() {
        return settings.owner();
    }

    Charset charset() {
        return charset;
    }

    /** The hash of the context: when it changes, every entry may mean something else. */
    String contextHash() {
        return ContentHash.of(context.getBytes(StandardCharsets.UTF_8));
    }

    /** The model of the given entries, as reading the whole library would give it ({@link ContextMapping}). */
    Library map(List<Entry> batch) {
        return ContextMapping.map(batch, contextItems, settings);
    }
}
