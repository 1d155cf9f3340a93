package org.bibfolio.search;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
            MessageDigest digest = DIGEST.get();
            digest.update(text().getBytes(StandardCharsets.UTF_8));
            parentText().ifPresent(p -> digest.update(p.getBytes(StandardCharsets.UTF_8)));
            return hex(digest.digest());
        }
    }

    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(LibrarySource::sha256);

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
        Charset charset = decoded.charset();
        BibFile file = BibParser.parse(displayName, decoded.text(), charset);
        StringBuilder context = new StringBuilder();
        List<BibItem.StringDefinition> definitions = new ArrayList<>();
        Map<String, BibItem.Entry> firstByKey = new HashMap<>();
        for (BibItem item : file.items()) {
            if (item instanceof BibItem.StringDefinition || item instanceof BibItem.Comment comment
                    && comment.content().strip().startsWith("bibfolio:")) {
                context.append(file.textOf(item)).append('\n');
                if (item instanceof BibItem.StringDefinition definition) {
                    definitions.add(definition);
                }
            } else if (item instanceof BibItem.Entry entry) {
                firstByKey.putIfAbsent(entry.key().toLowerCase(Locale.ROOT), entry);
            }
        }
        Map<String, Integer> seen = new HashMap<>();
        List<Entry> entries = new ArrayList<>();
        for (BibItem.Entry entry : file.entries().toList()) {
            String lowerKey = entry.key().toLowerCase(Locale.ROOT);
            int occurrence = seen.merge(lowerKey, 1, Integer::sum);
            String id = occurrence == 1 ? lowerKey : lowerKey + "#" + occurrence;
            Optional<BibItem.Entry> parentItem = entry.field("crossref")
                    .map(field -> field.valueSpan().of(file.text()).replaceAll("[{}\"\\s]", "").toLowerCase(Locale.ROOT))
                    .map(firstByKey::get)
                    .filter(p -> p != entry);
            entries.add(new Entry(id, entry.key(), entry, parentItem, file.text()));
        }
        return new LibrarySource(charset, context.toString(), definitions, LibrarySettings.of(file),
                entries);
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
        return hex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest, 0, 16);
    }
}
