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

    /** Reads {@code path}; {@code displayName} is how messages name it (the path as the user typed it). */
    public static Loaded read(Path path, String displayName) throws IOException, BibSyntaxException {
        byte[] bytes;
        try {
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
        return new Loaded(file, settings, map(file.items(), settings, macros), macros);
    }

    /**
     * The model of already parsed items, as {@link #read} builds it: {@code @string} definitions are applied in
     * order, entries are mapped in order with BibTeX's crossref rule (the first entry of a key is the one found),
     * everything else is ignored. {@code macros} collects the definitions and the undefined macros used; give each
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
                    fields.putIfAbsent(field.normalizedName(), macros.resolve(field.value()));
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
