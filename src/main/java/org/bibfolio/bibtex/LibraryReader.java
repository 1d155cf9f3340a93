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
    public record Loaded(BibFile file, LibrarySettings settings, Library library, MacroTable macros) { }

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
        Charset charset = detectCharset(bytes);
        return read(displayName, new String(bytes, charset), charset);
    }

    public static Loaded read(String source, String text, Charset charset) throws BibSyntaxException {
        BibFile file = BibParser.parse(source, text, charset);
        LibrarySettings settings = LibrarySettings.of(file);
        MacroTable macros = new MacroTable();
        Map<String, Map<String, String>> fieldsByKey = new HashMap<>();
        List<BibItem.Entry> entries = new ArrayList<>();
        for (BibItem item : file.items()) {
            if (item instanceof BibItem.StringDefinition definition) {
                macros.define(definition);
            } else if (item instanceof BibItem.Entry entry) {
                Map<String, String> fields = new LinkedHashMap<>();
                for (BibField field : entry.fields()) {
                    fields.putIfAbsent(field.normalizedName(), macros.resolve(field.value()));
                }
                fieldsByKey.putIfAbsent(entry.key().toLowerCase(Locale.ROOT), fields);
                entries.add(entry);
            }
        }
        PublicationMapper mapper = new PublicationMapper(settings.tags());
        List<Publication> publications = new ArrayList<>();
        for (BibItem.Entry entry : entries) {
            Map<String, String> fields = withCrossref(fieldsByKey.get(entry.key().toLowerCase(Locale.ROOT)),
                    fieldsByKey);
            publications.add(mapper.map(entry.key(), entry.type(), fields));
        }
        return new Loaded(file, settings, new Library(publications, settings.owner(), settings.tags()), macros);
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
