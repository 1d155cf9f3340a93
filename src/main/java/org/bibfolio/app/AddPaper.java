package org.bibfolio.app;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
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
public final class AddPaper implements LibraryUpdate.Append {

    /** The settings key of the citation-key pattern in {@code @comment{bibfolio: …}}. */
    public static final String KEY_PATTERN_SETTING = "key-pattern";

    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^a-z0-9]");

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
        return new AddPaper(List.of(new NewEntry(type, draft.key(), List.of(), texts, false)), force);
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
        return new AddPaper(entries, force);
    }

    /** A snippet's @strings are not the library's, so only BibTeX's built-in month macros may stay macros. */
    private static boolean onlyMonthMacros(BibField field) {
        return field.value().stream().allMatch(part -> !(part instanceof ValuePart.Macro macro)
                || MacroTable.monthNumber(macro.name()).isPresent() && macro.name().length() == 3);
    }

    @Override
    public LibraryUpdate.Edit apply(LibraryReader.Loaded library) throws EntryRejectedException {
        BibFile file = library.file();
        return apply(library, LibrarySkim.layoutSample(file), file.entries().map(BibItem.Entry::key).toList(),
                key -> file.entries().filter(e -> e.key().equalsIgnoreCase(key)).findFirst().map(e -> e.span().start()));
    }

    @Override
    public LibraryUpdate.Edit apply(LibrarySkim skim) throws EntryRejectedException {
        return apply(skim.library(), skim.layout(), skim.keys(),
                key -> Optional.ofNullable(skim.firstAt().get(key.toLowerCase(Locale.ROOT))));
    }

    /**
     * The entries that the new ones may concern: those that may be the same paper (the same DOI or arXiv id, or a
     * year of theirs: a title is compared within a year), judged on the values as written, a value with a macro
     * always kept. A new entry with a crossref needs the whole library.
     */
    @Override
    public Optional<Predicate<BibItem.Entry>> needs() {
        if (entries.stream().anyMatch(entry -> entry.texts().containsKey("crossref"))) {
            return Optional.empty();
        }
        Set<String> years = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (NewEntry entry : entries) {
            for (String field : List.of("year", "date")) {
                Optional.ofNullable(entry.texts().get(field)).ifPresent(text -> FOUR_DIGITS.matcher(text).results()
                        .forEach(year -> years.add(year.group())));
            }
            for (String field : List.of("doi", "eprint", "arxiv")) {
                Optional.ofNullable(entry.texts().get(field)).map(AddPaper::idLetters).filter(id -> !id.isEmpty())
                        .ifPresent(ids::add);
            }
        }
        return Optional.of(entry -> mayConcern(entry, List.of("year", "date"), years, Function.identity())
                || mayConcern(entry, List.of("doi", "eprint", "arxiv"), ids, AddPaper::idLetters));
    }

    /** Whether one of the entry's {@code fields} holds a macro, or one of {@code wanted} once {@code folded}. */
    private static boolean mayConcern(BibItem.Entry entry, List<String> fields, Set<String> wanted,
                                      Function<String, String> folded) {
        if (wanted.isEmpty()) {
            return false;
        }
        for (BibField field : entry.fields()) {
            if (fields.contains(field.normalizedName())) {
                Optional<String> written = LibrarySkim.literal(field).map(folded);
                if (written.isEmpty() || wanted.stream().anyMatch(written.get()::contains)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * An identifier's letters and digits in lower case, without a {@code doi.org} or {@code arXiv:} prefix nor an
     * arXiv version: what any spelling of it written in another entry contains.
     */
    private static String idLetters(String id) {
        String lower = id.strip().toLowerCase(Locale.ROOT);
        int doi = lower.indexOf("10.");
        String core = doi >= 0 ? lower.substring(doi) : lower.replaceFirst("^arxiv:", "").replaceFirst("v\\d+$", "");
        return NOT_LETTER_OR_DIGIT.matcher(core).replaceAll("");
    }

    private LibraryUpdate.Edit apply(LibraryReader.Loaded library, BibFile layout, Collection<String> existing,
                                     Function<String, Optional<Integer>> firstAt) throws EntryRejectedException {
        BibEditor editor = new BibEditor(library.file());
        int end = library.file().text().length();
        FileStyle style = FileStyle.of(layout);
        EntryFormatter formatter = new EntryFormatter(style);
        List<EntryDiff> diffs = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        Set<String> taken = new HashSet<>(existing);
        for (NewEntry entry : entries) {
            // a key taken by the library, or by an entry this add wrote before
            Function<String, Optional<Integer>> holder = key -> firstAt.apply(key).or(() -> editor.file().entries()
                    .filter(e -> e.span().start() >= end && e.key().equalsIgnoreCase(key)).findFirst()
                    .map(e -> e.span().start()));
            String key = key(entry, library, taken, holder);
            taken.add(key);
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

    private static String key(NewEntry entry, LibraryReader.Loaded library, Set<String> taken,
                              Function<String, Optional<Integer>> holder) throws EntryRejectedException {
        BibFile file = library.file();
        if (entry.key().isPresent()) {
            String key = entry.key().get();
            if (!key.matches(KEY_CHARACTERS)) {
                throw new EntryRejectedException("'" + key + "' cannot be a BibTeX key",
                        Optional.of("keys may not hold spaces or any of , { } ( ) \" # % ' = \\ ~"));
            }
            Optional<Integer> held = holder.apply(key);
            if (held.isPresent()) {
                throw new EntryRejectedException("the key " + key + " is already used by the entry at "
                        + file.source() + ":" + file.lineAndColumn(held.get())[0], Optional.of("choose another "
                        + "with --key, or leave --key out to have one generated"));
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
}
