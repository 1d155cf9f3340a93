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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import org.bibfolio.model.Library;
import org.bibfolio.model.Publication;
import org.bibfolio.model.WorkCount;

/** Reads a library file into its lossless {@link BibFile} and the model's {@link Library}. */
public final class LibraryReader {

    private LibraryReader() {
    }

    /**
     * A library as read: the file (for lossless writing and checks), its settings, its {@code @string}s, and the
     * model built from it. A library read for an edit ({@link #readForEdit}) maps its entries only when asked:
     * {@link #library()} maps them all, {@link #publication} one.
     */
    public static final class Loaded {
        private final BibFile file;
        private final LibrarySettings settings;
        private final MacroTable macros;
        private Library library;
        /** Found as the file is read when its entries are not kept ({@link #readModel}), else when first asked. */
        private List<RepeatedKeys.Repeat> repeatedKeys;

        private Loaded(BibFile file, LibrarySettings settings, MacroTable macros, Library library) {
            this.file = file;
            this.settings = settings;
            this.macros = macros;
            this.library = library;
        }

        public BibFile file() {
            return file;
        }

        public LibrarySettings settings() {
            return settings;
        }

        /** Every {@code @string} of the file, as they stand at its end. */
        public MacroTable macros() {
            return macros;
        }

        /**
         * The model of every entry, in file order.
         *
         * @throws ExpansionLimitException when an entry of a library read for an edit expands past the limit
         */
        public Library library() {
            if (library == null) {
                library = map(file.items(), settings, new MacroTable());
            }
            return library;
        }

        /**
         * One warning line ({@code file:line:column: warning: …}) for each entry whose key an earlier entry has:
         * BibTeX ignores such an entry, and so does every export ({@link org.bibfolio.model.Library} keeps it, in
         * file order, for the commands that show the file as it is).
         */
        public List<String> repeatedKeys() {
            if (repeatedKeys == null) {
                repeatedKeys = RepeatedKeys.of(file);
            }
            return repeatedKeys.stream().map(repeat -> repeat.message(file.source())).toList();
        }

        /** Whether {@link #library()} is at hand without mapping every entry. */
        public boolean mapped() {
            return library != null;
        }

        /**
         * The publication of the first entry with {@code key} (case-insensitive), as {@link #library()} has it; a
         * library read for an edit maps that entry alone.
         */
        public Optional<Publication> publication(String key) {
            List<BibItem.Entry> entries = file.entries().toList();
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i).key().equalsIgnoreCase(key)) {
                    return Optional.of(publications(Set.of(i)).get(i));
                }
            }
            return Optional.empty();
        }

        /**
         * The publications of the entries at {@code positions} (indexes among the file's entries), as {@link
         * #library()} maps them, at the cost of those entries (and their crossref parents) alone.
         */
        public Map<Integer, Publication> publications(Set<Integer> positions) {
            if (library != null) {
                Map<Integer, Publication> known = new HashMap<>();
                positions.forEach(i -> known.put(i, library.publications().get(i)));
                return known;
            }
            return LibraryMapping.some(file.items(), settings, positions::contains);
        }

        /** The DOI, arXiv id and year of the entries at {@code positions}, without mapping them. */
        public Map<Integer, EntryScreen> screens(Set<Integer> positions) {
            return LibraryMapping.screens(file.items(), settings, positions::contains);
        }

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

    /** Every field: what a publication is mapped from ({@link LibraryMapping}). */
    static final Predicate<String> ALL_FIELDS = name -> true;

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
        Decoded decoded = decode(bytes(path, displayName));
        return read(displayName, decoded.text(), decoded.charset());
    }

    private static byte[] bytes(Path path, String displayName) throws IOException {
        try {
            if (!Files.isRegularFile(path) && Files.exists(path)) {
                throw new NotALibraryFileException(displayName);
            }
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new LibraryNotFoundException(displayName);
        }
    }

    public static Loaded read(String source, String text, Charset charset) throws BibSyntaxException {
        BibFile file = BibParser.parse(source, text, charset);
        LibrarySettings settings = LibrarySettings.of(file);
        MacroTable macros = new MacroTable();
        try {
            return new Loaded(file, settings, macros, map(file.items(), settings, macros));
        } catch (ExpansionLimitException e) {
            throw located(file, e, 0);
        }
    }

    /**
     * Reads {@code path} for a change to a few entries: parsed and its {@code @string}s defined, as {@link #read}
     * does, but no entry mapped to the model until {@link Loaded#library()} or {@link Loaded#publication} asks.
     * An edit of a 50,000-entry library then costs the parse and the entries it touches.
     *
     * @throws BibSyntaxException when a {@code @string} expands past {@link MacroTable#LIMIT}
     */
    public static Loaded readForEdit(Path path, String displayName) throws IOException, BibSyntaxException {
        Decoded decoded = decode(bytes(path, displayName));
        BibFile file = BibParser.parse(displayName, decoded.text(), decoded.charset());
        return lazily(file);
    }

    /**
     * Reads {@code path} for a command that needs the model alone (an export to Markdown, LaTeX, text, JSON or
     * CSL-JSON): the same library as {@link #read}, but each entry's parse is dropped as soon as its fields are
     * resolved, so a 50,000-entry library never holds its whole parse at once. The file keeps its
     * {@code @string}, {@code @preamble}, {@code @comment} and broken items (for the settings, the preamble and the
     * messages), not its entries nor its text: what needs an entry's own text reads with {@link #read}.
     */
    public static Loaded readModel(Path path, String displayName) throws IOException, BibSyntaxException {
        Decoded decoded = decode(bytes(path, displayName));
        MacroTable macros = new MacroTable();
        LibraryMapping mapping = new LibraryMapping(macros);
        List<BibItem> kept = new ArrayList<>();
        RepeatedKeys repeats = new RepeatedKeys();
        try {
            BibParser.stream(displayName, decoded.text(), item -> {
                mapping.add(item);
                if (item instanceof BibItem.Entry entry) {
                    repeats.add(entry);
                } else {
                    kept.add(item);
                }
            });
        } catch (ExpansionLimitException e) {
            throw located(new BibFile(displayName, decoded.text(), decoded.charset(), List.of()), e, 0);
        }
        // the text goes before the entries are mapped: the other items hold what they say, their errors included
        List<RepeatedKeys.Repeat> repeated = repeats.found(decoded.text());
        BibFile file = new BibFile(displayName, "", decoded.charset(), kept);
        decoded = null;
        LibrarySettings settings = LibrarySettings.of(file);
        Loaded loaded = new Loaded(file, settings, macros, mapping.library(settings));
        loaded.repeatedKeys = repeated;
        return loaded;
    }

    /** A library of already parsed text, mapped only when asked, as {@link #readForEdit} gives it. */
    public static Loaded lazily(BibFile file) throws BibSyntaxException {
        MacroTable macros = new MacroTable();
        try {
            file.items().stream().filter(BibItem.StringDefinition.class::isInstance)
                    .forEach(item -> macros.define((BibItem.StringDefinition) item));
        } catch (ExpansionLimitException e) {
            throw located(file, e, 0);
        }
        return new Loaded(file, LibrarySettings.of(file), macros, null);
    }

    /** An expansion past the limit as a located syntax error; {@code fallback} is where, if it does not say. */
    public static BibSyntaxException located(BibFile file, ExpansionLimitException e, int fallback) {
        int[] at = file.lineAndColumn(e.offset().orElse(fallback));
        return new BibSyntaxException(file.source(), at[0], at[1], e.getMessage());
    }

    /**
     * The library after an edit that changed only the entries {@code changed} (lower-case keys; new ones appended),
     * as {@link #read} would give it. When {@code before} was mapped, only those entries are mapped again (the
     * others keep their publications, in order); otherwise the result maps what it is asked for, like {@code
     * before}. A check before each write of a 100,000-entry library costs the entries it touches.
     */
    public static Loaded reread(Loaded before, BibFile after, Set<String> changed) throws BibSyntaxException {
        Loaded result = lazily(after);
        if (!before.mapped()) {
            return result;
        }
        List<Publication> kept = new ArrayList<>();
        List<BibItem.Entry> beforeEntries = before.file().entries().toList();
        for (int i = 0; i < beforeEntries.size(); i++) {
            if (!changed.contains(beforeEntries.get(i).key().toLowerCase(Locale.ROOT))) {
                kept.add(before.library().publications().get(i));
            }
        }
        List<BibItem.Entry> afterEntries = after.entries().toList();
        Set<Integer> touched = new HashSet<>();
        for (int i = 0; i < afterEntries.size(); i++) {
            if (changed.contains(afterEntries.get(i).key().toLowerCase(Locale.ROOT))) {
                touched.add(i);
            }
        }
        Map<Integer, Publication> mapped;
        try {
            mapped = result.publications(touched);
        } catch (ExpansionLimitException e) {
            throw located(after, e, 0);
        }
        List<Publication> publications = new ArrayList<>(afterEntries.size());
        int next = 0;
        for (int i = 0; i < afterEntries.size(); i++) {
            publications.add(touched.contains(i) ? mapped.get(i) : kept.get(next++));
        }
        result.library = new Library(publications, result.settings().owner(), result.settings().tags());
        return result;
    }

    /**
     * The model of already parsed items, as {@link #read} builds it ({@link LibraryMapping}). {@code macros}
     * collects the definitions and the undefined macros used; give each call its own table.
     */
    public static Library map(List<? extends BibItem> items, LibrarySettings settings, MacroTable macros) {
        LibraryMapping mapping = new LibraryMapping(macros);
        items.forEach(mapping::add);
        return mapping.library(settings);
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
