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
import org.bibfolio.bibtex.ValuePart;

/**
 * {@code bibfolio add}: new entries, from options or from a BibTeX snippet (with options overriding its fields),
 * written in the library's layout at its end. A snippet keeps its fields in their order and the case of their names;
 * entries from options get the file's field order. Before anything is written, {@code check}'s rules run on the
 * result ({@link WriteCheck}): an unknown type, a missing required field, a malformed year, month, DOI or arXiv id,
 * or a paper the library has already (same DOI, arXiv id, or title and year) is refused unless forced.
 */
public final class AddPaper {

    /** The settings key of the citation-key pattern in {@code @comment{bibfolio: …}}. */
    public static final String KEY_PATTERN_SETTING = "key-pattern";

    /** How many entries of a big library its layout is learnt from ({@link #layoutSample}). */
    private static final int LAYOUT_SAMPLE = 2_000;

    private static final String KEY_CHARACTERS = "[^\\s,{}()\"#%'=\\\\~]+";

    /**
     * One entry to add: its fields as BibTeX values (delimited), as resolved text (for keys), and whether they are
     * a snippet's, to be written as given.
     */
    private record NewEntry(String type, Optional<String> key, List<FieldText> values, Map<String, String> texts,
                            boolean asWritten) { }

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
        return new AddPaper(List.of(new NewEntry(type, draft.key(), List.of(), texts, false)), force)::apply;
    }

    /** The entries of a pasted snippet; options given alongside override its type, key and fields. */
    public static LibraryUpdate.Change fromSnippet(String snippet, PaperDraft overrides, boolean force)
            throws EntryRejectedException {
        BibFile parsed;
        try {
            parsed = BibParser.parse("<input>", snippet, StandardCharsets.UTF_8).requireWellFormed();
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
            Map<String, String> overriding = overrides.fields(type);
            List<FieldText> values = new ArrayList<>();
            Map<String, String> texts = new LinkedHashMap<>();
            for (BibField field : entry.fields()) {
                String name = field.normalizedName();
                if (texts.containsKey(name)) {
                    continue; // BibTeX reads the first of a repeated field
                }
                String resolved = overriding.getOrDefault(name, macros.resolve(field.value()));
                String value = overriding.containsKey(name) ? EntryFormatter.delimited(resolved, false)
                        : onlyMonthMacros(field) ? field.valueSpan().of(snippet)
                        : EntryFormatter.delimited(resolved, false);
                values.add(new FieldText(field.name(), value));
                texts.put(name, resolved);
            }
            overriding.forEach(texts::putIfAbsent);
            entries.add(new NewEntry(type, overrides.key().or(() -> Optional.of(entry.key())), values, texts, true));
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
        FileStyle style = FileStyle.of(layoutSample(library.file()));
        EntryFormatter formatter = new EntryFormatter(style);
        List<EntryDiff> diffs = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (NewEntry entry : entries) {
            String key = key(entry, editor.file(), library);
            String type = entry.type().toLowerCase(Locale.ROOT);
            List<FieldText> values = values(entry, formatter);
            String text = entry.asWritten() ? formatter.entryAsWritten(type, key, values)
                    : formatter.entry(type, key, values);
            editor.append(text);
            keys.add(key);
            diffs.add(EntryDiff.of(key, Optional.empty(), Optional.of(text)));
        }
        List<String> warnings = WriteCheck.verify(library, editor.file(), keys, force);
        return new LibraryUpdate.Edit(editor.text(), diffs, warnings);
    }

    /**
     * The file with every entry when it has at most {@value #LAYOUT_SAMPLE}, else with that many spread evenly over
     * it: the layout a new entry is written in is what most entries do (their indent, alignment, field order), which
     * a sample of a 50,000-entry library tells as well as all of it, at a twentieth of the cost.
     */
    static BibFile layoutSample(BibFile file) {
        List<BibItem.Entry> entries = file.entries().toList();
        if (entries.size() <= LAYOUT_SAMPLE) {
            return file;
        }
        List<BibItem> sample = new ArrayList<>(LAYOUT_SAMPLE);
        for (int i = 0; i < LAYOUT_SAMPLE; i++) {
            sample.add(entries.get((int) ((long) i * entries.size() / LAYOUT_SAMPLE)));
        }
        return new BibFile(file.source(), file.text(), file.charset(), sample);
    }

    private static List<FieldText> values(NewEntry entry, EntryFormatter formatter) throws EntryRejectedException {
        List<FieldText> values = new ArrayList<>(entry.values());
        Set<String> given = values.stream().map(v -> v.name().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
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

    static String where(BibFile file, BibItem.Entry entry) {
        int[] position = file.lineAndColumn(entry.span().start());
        return file.source() + ":" + position[0];
    }
}
