package org.bibfolio.bibtex;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bibfolio.model.Library;
import org.bibfolio.model.Publication;

/** Reads a library file into its lossless {@link BibFile} and the model's {@link Library}. */
public final class LibraryReader {

    private LibraryReader() {
    }

    /** A library as read: the file (for lossless writing and checks) and the model built from it. */
    public record Loaded(BibFile file, LibrarySettings settings, Library library, MacroTable macros) {

        /**
         * The library's {@code @preamble} values, resolved and joined in file order: what BibTeX writes at the top
         * of the bibliography, and what a stand-alone LaTeX export puts in its preamble. Empty when there is none.
         */
        public String preamble() {
            StringBuilder text = new StringBuilder();
            file.items().stream().filter(BibItem.Preamble.class::isInstance).map(BibItem.Preamble.class::cast)
                    .forEach(p -> text.append(macros.resolve(p.value()).strip()).append('\n'));
            return text.toString();
        }
    }

    public static Loaded read(Path path) throws IOException, BibSyntaxException {
        return read(path, path.toString());
    }

    /**
     * Reads {@code path}; {@code displayName} is how messages name it (the path as the user typed it). Broken items
     * are kept in the file and left out of the library ({@link BibFile#broken()} lists them); the caller decides
     * whether a read that skipped some stands.
     *
     * @throws BibSyntaxException when a macro expands past {@link MacroTable#LIMIT}
     * @throws NotALibraryFileException when the path is a FIFO, a device or a folder: reading would block or fail
     */
    public static Loaded read(Path path, String displayName) throws IOException, BibSyntaxException {
        byte[] bytes;
        try {
            if (!Files.isRegularFile(path) && Files.exists(path)) {
                throw new NotALibraryFileException(displayName);
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new LibraryNotFoundException(displayName);
        }
        Decoded decoded = decode(bytes);
        return read(displayName, decoded.text(), decoded.charset());
    }

    public static Loaded read(String source, String text, Charset charset) throws BibSyntaxException {
        BibFile file = BibParser.parse(source, text, charset);
        LibrarySettings settings = LibrarySettings.of(file);
        MacroTable macros = new MacroTable();
        try {
            return new Loaded(file, settings, map(file.items(), settings, macros), macros);
        } catch (ExpansionLimitException e) {
            int[] at = file.lineAndColumn(e.offset().orElse(0));
            throw new BibSyntaxException(source, at[0], at[1], e.getMessage());
        }
    }

    /**
     * The library after an edit that changed only the entries {@code changed} (lower-case keys; new ones appended),
     * as {@link #read} would give it, mapping only those entries again: the others keep their publications from
     * {@code before}, in order. A check before each write of a 100,000-entry library costs the entries it touches.
     */
    public static Loaded reread(Loaded before, BibFile after, Set<String> changed) throws BibSyntaxException {
        LibrarySettings settings = LibrarySettings.of(after);
        List<Publication> kept = new ArrayList<>();
        List<BibItem.Entry> beforeEntries = before.file().entries().toList();
        for (int i = 0; i < beforeEntries.size(); i++) {
            if (!changed.contains(beforeEntries.get(i).key().toLowerCase(Locale.ROOT))) {
                kept.add(before.library().publications().get(i));
            }
        }
        List<BibItem> definitions = new ArrayList<>();
        Map<String, BibItem.Entry> firstByKey = new HashMap<>();
        List<BibItem.Entry> touched = new ArrayList<>();
        for (BibItem item : after.items()) {
            if (item instanceof BibItem.StringDefinition) {
                definitions.add(item);
            } else if (item instanceof BibItem.Entry entry) {
                firstByKey.putIfAbsent(entry.key().toLowerCase(Locale.ROOT), entry);
                if (changed.contains(entry.key().toLowerCase(Locale.ROOT))) {
                    touched.add(entry);
                }
            }
        }
        List<Publication> publications = new ArrayList<>();
        MacroTable macros = new MacroTable();
        int next = 0;
        int fresh = 0;
        List<Publication> mapped = new ArrayList<>();
        for (BibItem.Entry entry : touched) {
            List<BibItem> items = new ArrayList<>(definitions);
            entry.field("crossref").map(f -> firstByKey.get(f.valueSpan().of(after.text()).replaceAll("[{}\"\\s]", "")
                    .toLowerCase(Locale.ROOT))).filter(parent -> parent != entry).ifPresent(items::add);
            items.add(entry);
            try {
                List<Publication> one = map(items, settings, new MacroTable()).publications();
                mapped.add(one.get(one.size() - 1));
            } catch (ExpansionLimitException e) {
                int[] at = after.lineAndColumn(e.offset().orElse(entry.span().start()));
                throw new BibSyntaxException(after.source(), at[0], at[1], e.getMessage());
            }
        }
        for (BibItem.Entry entry : after.entries().toList()) {
            publications.add(changed.contains(entry.key().toLowerCase(Locale.ROOT)) ? mapped.get(fresh++)
                    : kept.get(next++));
        }
        definitions.forEach(d -> macros.define((BibItem.StringDefinition) d));
        return new Loaded(after, settings, new Library(publications, settings.owner(), settings.tags()), macros);
    }

    /**
     * The model of already parsed items, as {@link #read} builds it: {@code @string} definitions are applied in
     * order, entries are mapped in order with BibTeX's crossref rule (the first entry of a key is the one found),
     * everything else (broken items too) is ignored. {@code macros} collects the definitions and the undefined macros used; give each
     * call its own table.
     */
    public static Library map(List<? extends BibItem> items, LibrarySettings settings, MacroTable macros) {
        Map<String, Map<String, String>> fieldsByKey = new HashMap<>();
        List<BibItem.Entry> entries = new ArrayList<>();
        StringBuilder preamble = new StringBuilder();
        for (BibItem item : items) {
            if (item instanceof BibItem.StringDefinition definition) {
                macros.define(definition);
            } else if (item instanceof BibItem.Preamble definitions) {
                preamble.append(macros.resolve(definitions.value())).append('\n');
            } else if (item instanceof BibItem.Entry entry) {
                Map<String, String> fields = new LinkedHashMap<>();
                for (BibField field : entry.fields()) {
                    try {
                        fields.putIfAbsent(field.normalizedName(), macros.resolve(field.value()));
                    } catch (ExpansionLimitException e) {
                        throw e.at(field.valueSpan().start());
                    }
                }
                fieldsByKey.putIfAbsent(entry.key().toLowerCase(Locale.ROOT), fields);
                entries.add(entry);
            }
        }
        // BibTeX writes every @preamble before the entries, wherever it stands in the file
        PublicationMapper mapper = new PublicationMapper(settings.tags(), PreambleMacros.parse(preamble.toString()));
        List<Publication> publications = new ArrayList<>(entries.size());
        for (BibItem.Entry entry : entries) {
            Map<String, String> fields = withCrossref(fieldsByKey.get(entry.key().toLowerCase(Locale.ROOT)),
                    fieldsByKey);
            publications.add(mapper.map(entry.key(), entry.type(), fields));
        }
        return new Library(publications, settings.owner(), settings.tags());
    }

    /**
     * Whether an item gives the entries their meaning: an {@code @string}, an {@code @preamble} (its macros are
     * expanded in every field, wherever it stands) or the settings block. An entry read apart from the rest of its
     * file (the search index does) means what it means in the file when {@link #map} is given it with these items,
     * in file order, and its crossref parent.
     */
    public static boolean shapesEntries(BibItem item) {
        return item instanceof BibItem.StringDefinition || item instanceof BibItem.Preamble
                || item instanceof BibItem.Comment comment && LibrarySettings.isSettings(comment);
    }

    /** BibTeX's crossref rule: a field the entry lacks is taken from the entry it cross-references. */
    private static Map<String, String> withCrossref(Map<String, String> fields,
                                                    Map<String, Map<String, String>> fieldsByKey) {
        String parentKey = fields.get("crossref");
        Map<String, String> parent = parentKey == null ? null
                : fieldsByKey.get(parentKey.strip().toLowerCase(Locale.ROOT));
        if (parent == null) {
            return fields;
        }
        Map<String, String> merged = new LinkedHashMap<>(fields);
        parent.forEach(merged::putIfAbsent);
        if (!merged.containsKey("booktitle") && parent.containsKey("title")) {
            merged.put("booktitle", parent.get("title"));
        }
        return merged;
    }

    /** A library file's text and the charset it was decoded with. */
    public record Decoded(String text, Charset charset) { }

    /**
     * The bytes decoded with the charset {@link #detectCharset} picks, decoding only once when they are UTF-8:
     * lenient decoding replaces every malformed sequence with U+FFFD, so a result without one was valid UTF-8
     * (and one with a U+FFFD is checked strictly, as the file may contain that character itself).
     */
    public static Decoded decode(byte[] bytes) {
        String utf8 = new String(bytes, StandardCharsets.UTF_8);
        if (utf8.indexOf('\uFFFD') < 0 || detectCharset(bytes).equals(StandardCharsets.UTF_8)) {
            return new Decoded(utf8, StandardCharsets.UTF_8);
        }
        return new Decoded(new String(bytes, StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1);
    }

    /** UTF-8 when the bytes are valid UTF-8; otherwise Latin-1, which maps every byte and so round-trips. */
    public static Charset detectCharset(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return StandardCharsets.ISO_8859_1;
        }
    }
}
