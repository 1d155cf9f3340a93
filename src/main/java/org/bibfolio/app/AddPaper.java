package org.bibfolio.app;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bibfolio.bibtex.BibEditor;
import org.bibfolio.bibtex.BibField;
import org.bibfolio.bibtex.BibFile;
import org.bibfolio.bibtex.BibItem;
import org.bibfolio.bibtex.BibParser;
import org.bibfolio.bibtex.BibSyntaxException;
import org.bibfolio.bibtex.EntryFormatter;
import org.bibfolio.bibtex.EntryFormatter.FieldText;
import org.bibfolio.bibtex.FileStyle;
import org.bibfolio.bibtex.KeyGenerator;
import org.bibfolio.bibtex.LibraryReader;
import org.bibfolio.bibtex.MacroTable;
import org.bibfolio.bibtex.RequiredFields;
import org.bibfolio.bibtex.ValuePart;
import org.bibfolio.model.Publication;

/**
 * {@code bibfolio add}: new entries, from options or from a BibTeX snippet (with options overriding its fields),
 * written in the library's style at its end. Refuses entries that lack required fields, reuse a key, or repeat a
 * paper the library has (same DOI, arXiv id, or title and year) unless forced.
 */
public final class AddPaper {

    /** The settings key of the citation-key pattern in {@code @comment{bibfolio: …}}. */
    public static final String KEY_PATTERN_SETTING = "key-pattern";

    private static final String KEY_CHARACTERS = "[^\\s,{}()\"#%'=\\\\~]+";

    /** One entry to add: its fields as BibTeX values (delimited) and as resolved text (for checks and keys). */
    private record NewEntry(String type, Optional<String> key, List<FieldText> values, Map<String, String> texts) { }

    private final List<NewEntry> entries;
    private final boolean force;

    private AddPaper(List<NewEntry> entries, boolean force) {
        this.entries = List.copyOf(entries);
        this.force = force;
    }

    /** An entry from options alone. */
    public static LibraryUpdate.Change fromDraft(PaperDraft draft, boolean force) throws EntryRejectedException {
        String type = draft.type().orElseThrow(() -> new EntryRejectedException("missing the entry type",
                Optional.of("give it with --type, e.g. --type inproceedings or --type article")));
        Map<String, String> texts = draft.fields(type);
        return new AddPaper(List.of(new NewEntry(type, draft.key(), List.of(), texts)), force)::apply;
    }

    /** The entries of a pasted snippet; options given alongside override its type, key and fields. */
    public static LibraryUpdate.Change fromSnippet(String snippet, PaperDraft overrides, boolean force)
            throws EntryRejectedException {
        BibFile parsed;
        try {
            parsed = BibParser.parse("<input>", snippet, StandardCharsets.UTF_8);
        } catch (BibSyntaxException e) {
            throw new EntryRejectedException("the BibTeX to add is not valid: " + e.getMessage());
        }
        List<BibItem.Entry> found = parsed.entries().toList();
        if (found.isEmpty()) {
            throw new EntryRejectedException("no BibTeX entry found in the input",
                    Optional.of("paste an entry such as @article{key, title = {…}, …}"));
        }
        if (found.size() > 1 && (overrides.key().isPresent() || !overrides.describesNothing())) {
            throw new EntryRejectedException("options such as --key apply to one entry, but the input has "
                    + found.size());
        }
        MacroTable macros = new MacroTable();
        parsed.items().stream().filter(BibItem.StringDefinition.class::isInstance)
                .forEach(item -> macros.define((BibItem.StringDefinition) item));
        List<NewEntry> entries = new ArrayList<>();
        for (BibItem.Entry entry : found) {
            String type = overrides.type().orElse(entry.type());
            List<FieldText> values = new ArrayList<>();
            Map<String, String> texts = new LinkedHashMap<>();
            for (BibField field : entry.fields()) {
                String resolved = macros.resolve(field.value());
                values.add(new FieldText(field.name(), onlyMonthMacros(field) ? field.valueSpan().of(snippet)
                        : EntryFormatter.delimited(resolved, false)));
                texts.put(field.normalizedName(), resolved);
            }
            Map<String, String> overriding = overrides.fields(type);
            values.removeIf(v -> overriding.containsKey(v.name()));
            texts.putAll(overriding);
            entries.add(new NewEntry(type, overrides.key().or(() -> Optional.of(entry.key())), values, texts));
        }
        return new AddPaper(entries, force)::apply;
    }

    /** A snippet's @strings are not the library's, so only BibTeX's built-in month macros may stay macros. */
    private static boolean onlyMonthMacros(BibField field) {
        return field.value().stream().allMatch(part -> !(part instanceof ValuePart.Macro macro)
                || MacroTable.monthNumber(macro.name()).isPresent() && macro.name().length() == 3);
    }

    private LibraryUpdate.Edit apply(LibraryReader.Loaded library) throws EntryRejectedException {
        BibEditor editor = new BibEditor(library.file());
        FileStyle style = FileStyle.of(library.file());
        EntryFormatter formatter = new EntryFormatter(style);
        List<EntryDiff> diffs = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (NewEntry entry : entries) {
            String key = key(entry, editor.file(), library);
            List<String> missing = RequiredFields.missing(entry.type(), entry.texts());
            if (!missing.isEmpty()) {
                throw new EntryRejectedException("cannot add " + key + ": @" + entry.type() + " needs "
                        + String.join(", ", missing), Optional.of("give them as options (--title, --author, "
                        + "--year, --venue) or with --field NAME=VALUE"));
            }
            String text = formatter.entry(entry.type().toLowerCase(Locale.ROOT), key, values(entry, formatter));
            editor.append(text);
            duplicateOf(editor.file(), key).ifPresent(reason -> warnings.add(reason));
            if (!force && !warnings.isEmpty()) {
                throw new EntryRejectedException(warnings.get(0), Optional.of("use --force to add it anyway"));
            }
            diffs.add(EntryDiff.of(key, Optional.empty(), Optional.of(text)));
        }
        return new LibraryUpdate.Edit(editor.text(), diffs, warnings);
    }

    private static List<FieldText> values(NewEntry entry, EntryFormatter formatter) throws EntryRejectedException {
        List<FieldText> values = new ArrayList<>(entry.values());
        Set<String> given = values.stream().map(FieldText::name).collect(Collectors.toSet());
        for (Map.Entry<String, String> field : entry.texts().entrySet()) {
            if (given.contains(field.getKey())) {
                continue;
            }
            EntryFormatter.FieldText text;
            try {
                EntryEdits.requireFieldName(field.getKey());
                text = new FieldText(field.getKey(), formatter.value(field.getKey(), field.getValue()));
            } catch (IllegalArgumentException e) {
                throw new EntryRejectedException("cannot add field " + field.getKey() + ": " + e.getMessage());
            }
            values.add(text);
        }
        return values;
    }

    private static String key(NewEntry entry, BibFile file, LibraryReader.Loaded library)
            throws EntryRejectedException {
        Set<String> taken = file.entries().map(BibItem.Entry::key).collect(Collectors.toSet());
        if (entry.key().isPresent()) {
            String key = entry.key().get();
            if (!key.matches(KEY_CHARACTERS)) {
                throw new EntryRejectedException("'" + key + "' cannot be a BibTeX key",
                        Optional.of("keys may not hold spaces or any of , { } ( ) \" # % ' = \\ ~"));
            }
            Optional<BibItem.Entry> holder = file.entries().filter(e -> e.key().equalsIgnoreCase(key)).findFirst();
            if (holder.isPresent()) {
                throw new EntryRejectedException("the key " + key + " is already used by the entry at "
                        + where(file, holder.get()), Optional.of("choose another with --key, or leave --key out "
                        + "to have one generated"));
            }
            return key;
        }
        String pattern = library.settings().value(KEY_PATTERN_SETTING).orElse(KeyGenerator.DEFAULT_PATTERN);
        try {
            return new KeyGenerator(pattern).generate(entry.type(), entry.texts(), taken);
        } catch (IllegalArgumentException e) {
            throw new EntryRejectedException(e.getMessage(), Optional.of("fix '" + KEY_PATTERN_SETTING
                    + " = …' in the @comment{bibfolio: …} block, or give the key with --key"));
        }
    }

    /** Why the entry just added repeats another, naming that entry and where it stands. */
    private static Optional<String> duplicateOf(BibFile file, String key) {
        LibraryReader.Loaded loaded;
        try {
            loaded = LibraryReader.read(file.source(), file.text(), file.charset());
        } catch (BibSyntaxException e) {
            throw new IllegalStateException("the editor produced invalid BibTeX", e);
        }
        List<Publication> publications = loaded.library().publications();
        Publication added = publications.stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow();
        for (Publication other : publications) {
            Optional<String> reason = other == added ? Optional.empty() : DuplicatePapers.reason(added, other);
            if (reason.isPresent()) {
                BibItem.Entry entry = file.entries().filter(e -> e.key().equals(other.key())).findFirst()
                        .orElseThrow();
                return Optional.of(key + " repeats " + other.key() + " (" + where(file, entry) + "): "
                        + reason.get());
            }
        }
        return Optional.empty();
    }

    static String where(BibFile file, BibItem.Entry entry) {
        int[] position = file.lineAndColumn(entry.span().start());
        return file.source() + ":" + position[0];
    }
}
