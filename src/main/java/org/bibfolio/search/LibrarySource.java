package org.bibfolio.search;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.bibfolio.bibtex.BibFile;
import org.bibfolio.bibtex.BibItem;
import org.bibfolio.bibtex.BibParser;
import org.bibfolio.bibtex.BibSyntaxException;
import org.bibfolio.bibtex.LibraryReader;
import org.bibfolio.bibtex.LibrarySettings;
import org.bibfolio.bibtex.MacroTable;
import org.bibfolio.model.Library;
import org.bibfolio.model.Owner;

/**
 * library.bib as the index sees it: each entry's original text and a hash of it, and the "context" every entry's
 * meaning depends on (the {@code @string} macros and the {@code @comment{bibfolio: …}} settings). Entries are
 * turned into the model a batch at a time by reading {@code context + entries} with {@link LibraryReader}, so an
 * incremental update maps only the entries that changed, and nothing holds the whole library in memory twice.
 */
final class LibrarySource {

    /**
     * One entry: a unique id (the lower-case key, {@code #2}… for duplicates), its parsed item and its crossref
     * parent's, and the file's text. Texts and hashes are made when asked for (by the indexing threads), so the
     * reading thread does not copy or hash every entry and the build holds the file's text once.
     */
    record Entry(String id, String key, BibItem.Entry item, Optional<BibItem.Entry> parentItem, String fileText) {

        /** The entry as written in library.bib. */
        String text() {
            return item.span().of(fileText);
        }

        /** Its crossref parent as written in library.bib, when it has one there. */
        Optional<String> parentText() {
            return parentItem.map(parent -> parent.span().of(fileText));
        }

        /** The hash of the entry's text and its parent's: when it changes, the entry is indexed again. */
        String hash() {
            return hash(text(), parentText());
        }

        /** {@link #hash()} from the UTF-8 of {@link #text()} and {@link #parentText()}. */
        static String hash(byte[] text, Optional<byte[]> parentText) {
            Checksum checksum = new Checksum();
            checksum.update(text);
            parentText.ifPresent(checksum::update);
            return checksum.hex();
        }

        private static String hash(String text, Optional<String> parentText) {
            return hash(text.getBytes(StandardCharsets.UTF_8),
                    parentText.map(p -> p.getBytes(StandardCharsets.UTF_8)));
        }
    }

    /**
     * A content checksum: CRC-32 and CRC-32C (together a 64-bit CRC, which catches every change within 64
     * consecutive bits and misses a random one with odds of 2^-64) and the length. It only tells an edited file or
     * entry from the one indexed, so it need not be cryptographic, and both CRCs are CPU instructions even under
     * C1, where SHA-256 ran as plain Java: 1.4 s of CPU for a 100k-entry build.
     */
    private static final class Checksum {

        private final CRC32 crc32 = new CRC32();
        private final CRC32C crc32c = new CRC32C();
        private long length;

        void update(byte[] bytes) {
            crc32.update(bytes);
            crc32c.update(bytes);
            length += bytes.length;
        }

        String hex() {
            HexFormat hex = HexFormat.of();
            return hex.toHexDigits((int) crc32.getValue()) + hex.toHexDigits((int) crc32c.getValue())
                    + hex.toHexDigits(length);
        }
    }

    private final Charset charset;
    private final String context;
    private final List<BibItem.StringDefinition> definitions;
    private final LibrarySettings settings;
    private final List<Entry> entries;

    private LibrarySource(Charset charset, String context,
                          List<BibItem.StringDefinition> definitions, LibrarySettings settings, List<Entry> entries) {
        this.charset = charset;
        this.context = context;
        this.definitions = List.copyOf(definitions);
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
     * Entries handed out while the file is still being parsed, with the macros and settings they are mapped with
     * ({@link #map(List, List, LibrarySettings)}).
     */
    record Batch(List<Entry> entries, List<BibItem.StringDefinition> definitions, LibrarySettings settings) { }

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

    /** Collects the context and the entries as the parser reads them. */
    private static final class Builder {

        private final Consumer<Batch> sink;
        private final int batchSize;
        private final boolean keep;
        private final String text;
        private final Charset charset;
        private final StringBuilder context = new StringBuilder();
        private final List<BibItem.StringDefinition> definitions = new ArrayList<>();
        /** The first entry of each key, kept only when the file may have crossrefs. */
        private final Map<String, BibItem.Entry> firstByKey;
        private final Map<String, Integer> seen = new HashMap<>();
        /** Every entry in file order (when kept); null where a crossref is resolved at the end. */
        private final List<Entry> entries = new ArrayList<>();
        private final List<BibItem.Entry> unresolved = new ArrayList<>();
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
            return new LibrarySource(charset, context.toString(), definitions, fileSettings, entries);
        }

        void accept(BibItem item) {
            if (item instanceof BibItem.StringDefinition || item instanceof BibItem.Comment comment
                    && comment.content().strip().startsWith("bibfolio:")) {
                context.append(item.span().of(text)).append('\n');
                if (item instanceof BibItem.StringDefinition definition) {
                    definitions.add(definition);
                    valid &= !dispatched;
                } else if (settings == null) {
                    settings = LibrarySettings.of(new BibFile(displayName, text, charset, List.of(item)));
                    valid &= !dispatched;
                }
            } else if (item instanceof BibItem.Entry entry) {
                count++;
                String lowerKey = entry.key().toLowerCase(Locale.ROOT);
                if (firstByKey != null) {
                    firstByKey.putIfAbsent(lowerKey, entry);
                }
                int occurrence = seen.merge(lowerKey, 1, Integer::sum);
                String id = occurrence == 1 ? lowerKey : lowerKey + "#" + occurrence;
                if (entry.field("crossref").isPresent() && parent(entry).isEmpty()) {
                    // the parent may come further down (BibTeX wants it there): resolved once all is read
                    unresolved.add(entry);
                    unresolvedIds.add(id);
                    unresolvedSlots.add(entries.size());
                    if (keep) {
                        entries.add(null);
                    }
                    return;
                }
                Entry built = entry(id, entry);
                if (keep) {
                    entries.add(built);
                }
                pending.add(built);
                if (pending.size() >= batchSize) {
                    sink.accept(new Batch(pending, List.copyOf(definitions),
                            settings == null ? LibrarySettings.DEFAULT : settings));
                    pending = new ArrayList<>();
                    dispatched = true;
                }
            }
        }

        private Optional<BibItem.Entry> parent(BibItem.Entry entry) {
            if (firstByKey == null) {
                return Optional.empty();
            }
            return entry.field("crossref")
                    .map(field -> field.valueSpan().of(text).replaceAll("[{}\"\\s]", "").toLowerCase(Locale.ROOT))
                    .map(firstByKey::get);
        }

        private Entry entry(String id, BibItem.Entry entry) {
            return new Entry(id, entry.key(), entry, parent(entry).filter(p -> p != entry), text);
        }
    }

    List<Entry> entries() {
        return entries;
    }

    String context() {
        return context;
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
        return hash(context.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The model of the given entries, as reading the whole library would give it: exactly what
     * {@link #map(String, Charset, String, List)} gives for their texts (the context's macros, then the parents,
     * then the entries), from the items parsed once by {@link #parse}.
     */
    Library map(List<Entry> batch) {
        return map(batch, definitions, settings);
    }

    /** {@link #map(List)} with the given macros and settings. */
    static Library map(List<Entry> batch, List<BibItem.StringDefinition> definitions, LibrarySettings settings) {
        List<BibItem> items = new ArrayList<>(definitions.size() + 2 * batch.size());
        items.addAll(definitions);
        batch.forEach(entry -> entry.parentItem().ifPresent(items::add));
        int parents = items.size() - definitions.size();
        batch.forEach(entry -> items.add(entry.item()));
        Library library = LibraryReader.map(items, settings, new MacroTable());
        return new Library(library.publications().subList(parents, library.publications().size()), library.owner(),
                library.knownTags());
    }

    /** An entry's own text and its parent's: all that {@link #map(String, Charset, String, List)} needs. */
    record Text(String text, Optional<String> parentText) { }

    static Library map(String displayName, Charset charset, String context, List<Text> batch)
            throws BibSyntaxException {
        StringBuilder text = new StringBuilder(context);
        batch.forEach(entry -> entry.parentText().ifPresent(p -> text.append('\n').append(p)));
        long parents = batch.stream().filter(entry -> entry.parentText().isPresent()).count();
        batch.forEach(entry -> text.append('\n').append(entry.text()));
        Library library = LibraryReader.read(displayName, text.toString(), charset).library();
        int from = (int) parents;
        return new Library(library.publications().subList(from, library.publications().size()), library.owner(),
                library.knownTags());
    }

    static String hash(byte[] bytes) {
        Checksum checksum = new Checksum();
        checksum.update(bytes);
        return checksum.hex();
    }
}
