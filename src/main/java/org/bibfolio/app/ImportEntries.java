package org.bibfolio.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bibfolio.bibtex.BibEditor;
import org.bibfolio.bibtex.BibField;
import org.bibfolio.bibtex.BibFile;
import org.bibfolio.bibtex.BibItem;
import org.bibfolio.bibtex.EntryFormatter;
import org.bibfolio.bibtex.EntryFormatter.FieldText;
import org.bibfolio.bibtex.FileStyle;
import org.bibfolio.bibtex.KeyGenerator;
import org.bibfolio.bibtex.LibraryReader;
import org.bibfolio.bibtex.MacroTable;
import org.bibfolio.bibtex.NameParser;
import org.bibfolio.bibtex.ValuePart;
import org.bibfolio.model.PersonList;
import org.bibfolio.model.PersonName;
import org.bibfolio.model.Publication;

/**
 * {@code bibfolio import FILE.bib…}: a coauthor's file or a Google Scholar, DBLP or Zotero export merged into the
 * library. New entries are added in the library's style (their {@code @string}s resolved, since the library lacks
 * them), with a fresh key where theirs is taken and names in the library's spelling; entries the library has already
 * (same DOI, arXiv id, or title and year, as {@code add} decides) are skipped, naming the library's key, or with
 * {@code --update} lend it the bibliographic fields it lacks. All of it is one write, so thousands of entries cost one
 * parse of the result rather than one per entry.
 */
public final class ImportEntries implements LibraryUpdate.Change {

    /** Fields an existing entry may take from a duplicate: facts about the paper, never tags, files or notes. */
    static final List<String> MERGED_FIELDS = List.of("doi", "volume", "number", "pages", "month", "publisher",
            "eprint", "eprinttype", "eprintclass", "url", "isbn", "issn", "editor", "series", "address", "location",
            "edition");

    /** Told how far the import is, entry by entry, so a long one can show a progress bar. */
    @FunctionalInterface
    public interface Progress {
        void done(int entries, int total);
    }

    /** A file to import, read and parsed. */
    public record Source(String name, LibraryReader.Loaded loaded) { }

    /** What happened to each entry, in order, and the counts the command ends with. */
    public record Report(List<String> lines, int added, int merged, int skipped) { }

    /** An entry about to be added: its text as written, and the report line it has until a check refuses it. */
    private record Added(String key, String text, String reported, int line) { }

    private final List<Source> sources;
    private final boolean update;
    private final boolean force;
    private final Progress progress;
    private Report report = new Report(List.of(), 0, 0, 0);

    /** {@code force}: entries that check's rules would refuse are added anyway, with a warning each. */
    public ImportEntries(List<Source> sources, boolean update, boolean force, Progress progress) {
        this.sources = List.copyOf(sources);
        this.update = update;
        this.force = force;
        this.progress = progress;
    }

    /** The report of the last {@link #apply}. */
    public Report report() {
        return report;
    }

    @Override
    public LibraryUpdate.Edit apply(LibraryReader.Loaded library) throws EntryRejectedException {
        Map<String, String> keyByIdentity = new HashMap<>();
        Set<String> taken = new HashSet<>();
        List<BibItem.Entry> own = library.file().entries().toList();
        List<Publication> known = library.library().publications();
        for (int i = 0; i < known.size(); i++) {
            String key = known.get(i).key();
            identities(own.get(i), known.get(i)).forEach(id -> keyByIdentity.putIfAbsent(id, key));
            taken.add(key.toLowerCase(Locale.ROOT));
        }
        LibraryNames names = LibraryNames.of(library.library());
        FileStyle style = FileStyle.of(library.file());
        EntryFormatter formatter = new EntryFormatter(style);
        KeyGenerator keys = new KeyGenerator(library.settings().value(AddPaper.KEY_PATTERN_SETTING)
                .orElse(KeyGenerator.DEFAULT_PATTERN));
        Map<String, Map<String, String>> merges = new java.util.LinkedHashMap<>();
        List<Added> added = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        Set<Source> contributors = new java.util.LinkedHashSet<>();
        int skipped = 0;
        int total = sources.stream().mapToInt(s -> s.loaded().library().publications().size()).sum();
        int done = 0;
        for (Source source : sources) {
            BibFile file = source.loaded().file();
            List<BibItem.Entry> entries = file.entries().toList();
            List<Publication> publications = source.loaded().library().publications();
            for (int i = 0; i < entries.size(); i++) {
                BibItem.Entry entry = entries.get(i);
                Publication publication = publications.get(i);
                String where = source.name() + ":" + file.lineAndColumn(entry.span().start())[0];
                List<String> identities = identities(entry, publication);
                Optional<String> duplicate = identities.stream().filter(keyByIdentity::containsKey).findFirst();
                if (duplicate.isPresent()) {
                    String existing = keyByIdentity.get(duplicate.get());
                    String reason = duplicate.get().endsWith(":") ? "same title, no year"
                            : DuplicatePapers.describe(duplicate.get(), publication);
                    List<String> lent = update ? lend(library, existing, source, entry, merges) : List.of();
                    if (lent.isEmpty()) {
                        skipped++;
                        lines.add("skipped " + entry.key() + " (" + where + "): " + reason + " as " + existing);
                    } else {
                        lines.add("merged " + entry.key() + " (" + where + ") into " + existing + ": "
                                + String.join(", ", lent));
                    }
                } else {
                    if (publication.title().isBlank()) {
                        // without one, the next import could not tell it is here already
                        skipped++;
                        lines.add("skipped " + entry.key() + " (" + where + "): @" + entry.normalizedType()
                                + " needs title");
                    } else {
                        String key = taken.contains(entry.key().toLowerCase(Locale.ROOT))
                                ? keys.generate(entry.type(), raw(source, entry), taken) : entry.key();
                        added.add(new Added(key, formatter.entry(entry.normalizedType(), key, values(source, entry,
                                names, style.quoted())), entry.key() + " (" + where + ")", lines.size()));
                        taken.add(key.toLowerCase(Locale.ROOT));
                        identities.forEach(id -> keyByIdentity.putIfAbsent(id, key));
                        contributors.add(source);
                        lines.add("added " + key + (key.equals(entry.key()) ? "" : " (" + entry.key() + " of "
                                + where + ": that key is taken)"));
                    }
                }
                progress.done(++done, total);
            }
        }
        List<String> preambles = preamblesNeeded(library, contributors);
        List<String> warnings = new ArrayList<>();
        List<String> texts = new ArrayList<>(preambles);
        String separator = style.newline() + style.newline();
        int refused = refuseBroken(library, texts, separator, added, lines, warnings);
        BibEditor editor = editor(library, texts, separator, added);
        merges.forEach((key, fields) -> fields.forEach((name, text) -> editor.set(key, name,
                new EntryFormatter(editor.styleOf(key)).value(name, text))));
        report = new Report(lines, added.size(), merges.size(), skipped + refused);
        return new LibraryUpdate.Edit(editor.text(), List.of(), warnings);
    }

    /** The library with the entries appended after the preambles they need, in one edit. */
    private static BibEditor editor(LibraryReader.Loaded library, List<String> preambles, String separator,
                                    List<Added> added) {
        BibEditor editor = new BibEditor(library.file());
        List<String> texts = new ArrayList<>(preambles);
        added.forEach(entry -> texts.add(entry.text()));
        if (!added.isEmpty()) {
            editor.append(String.join(separator, texts));
        }
        return editor;
    }

    /**
     * Check's own rules on the library as it would be written ({@link WriteCheck}), in one pass for every entry
     * imported: an entry that newly breaks a rule guarding writes is taken out, its report line saying why
     * ("skipped KEY (file:line): …"), unless forced, when it only warns. Taking one out can leave another
     * cross-referencing nothing, so the check runs again only then. Returns how many were taken out.
     */
    private int refuseBroken(LibraryReader.Loaded library, List<String> preambles, String separator,
                             List<Added> added, List<String> lines, List<String> warnings)
            throws EntryRejectedException {
        int refused = 0;
        Set<String> judged = new HashSet<>();
        while (!added.isEmpty()) {
            BibFile after = editor(library, preambles, separator, added).file();
            Map<String, String> refusals = new HashMap<>();
            for (WriteCheck.Problem problem : WriteCheck.judge(library, after, added.stream().map(Added::key)
                    .toList())) {
                String message = problem.message().startsWith(problem.key() + ": ")
                        ? problem.message().substring(problem.key().length() + 2) : problem.message();
                if (problem.refuses() && !force) {
                    refusals.putIfAbsent(problem.key().toLowerCase(Locale.ROOT), message);
                } else if (judged.add(problem.key() + "\n" + message)) {
                    warnings.add(problem.key() + ": " + message);
                }
            }
            if (refusals.isEmpty()) {
                return refused;
            }
            for (Added entry : List.copyOf(added)) {
                String reason = refusals.get(entry.key().toLowerCase(Locale.ROOT));
                if (reason != null) {
                    lines.set(entry.line(), "skipped " + entry.reported() + ": " + reason);
                    added.remove(entry);
                    refused++;
                }
            }
            if (added.stream().noneMatch(entry -> refusals.keySet().stream().anyMatch(key ->
                    entry.text().toLowerCase(Locale.ROOT).contains(key)))) {
                return refused;
            }
        }
        return refused;
    }

    /**
     * The {@code @preamble}s of the files that entries came from, where the library lacks them: they define the
     * macros those entries use ({@code \MP} in TeX Live's texbook3.bib), without which the entries would print
     * differently, compile no longer, and not be recognised as duplicates on the next import.
     */
    private static List<String> preamblesNeeded(LibraryReader.Loaded library, Set<Source> contributors) {
        List<String> needed = new ArrayList<>();
        for (Source source : contributors) {
            String preamble = source.loaded().preamble().strip();
            if (!preamble.isEmpty() && !library.preamble().contains(preamble)) {
                needed.add("@preamble{" + EntryFormatter.delimited(preamble, false) + "}");
            }
        }
        return needed;
    }

    /**
     * What makes two entries one paper, as {@code add} decides, but from the entry's own identifiers: a DOI that a
     * chapter inherits through {@code crossref} is its book's. An entry with none of them (no DOI, arXiv id or year,
     * as in "19xx") is known by its title alone, so importing a file twice adds nothing the second time.
     */
    private static List<String> identities(BibItem.Entry entry, Publication publication) {
        List<String> identities = new ArrayList<>(DuplicatePapers.identities(publication));
        if (entry.field("crossref").isPresent()) {
            identities.removeIf(id -> id.startsWith("doi:") && entry.field("doi").isEmpty()
                    || id.startsWith("arxiv:") && entry.field("eprint").isEmpty());
        }
        String title = DuplicatePapers.comparable(publication.title());
        if (identities.isEmpty() && !title.isEmpty()) {
            identities.add("title:" + title + ":");
        }
        return identities;
    }

    /** The merged fields the library's entry lacks and the duplicate has, queued for writing; their names. */
    private static List<String> lend(LibraryReader.Loaded library, String existingKey, Source source,
                                     BibItem.Entry entry, Map<String, Map<String, String>> merges) {
        Optional<BibItem.Entry> existing = library.file().entries()
                .filter(e -> e.key().equals(existingKey)).findFirst();
        if (existing.isEmpty()) {
            return List.of(); // a duplicate within the import itself: nothing in the library to complete
        }
        Map<String, String> queued = merges.computeIfAbsent(existingKey, k -> new java.util.LinkedHashMap<>());
        List<String> lent = new ArrayList<>();
        Map<String, String> offered = raw(source, entry);
        for (String name : MERGED_FIELDS) {
            String value = offered.getOrDefault(name, "").strip();
            if (!value.isEmpty() && existing.get().field(name).isEmpty() && !queued.containsKey(name)) {
                queued.put(name, value);
                lent.add(name);
            }
        }
        if (queued.isEmpty()) {
            merges.remove(existingKey);
        }
        return lent;
    }

    /** The entry's fields as raw LaTeX, its file's {@code @string}s resolved. */
    private static Map<String, String> raw(Source source, BibItem.Entry entry) {
        MacroTable macros = source.loaded().macros();
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (BibField field : entry.fields()) {
            fields.putIfAbsent(field.normalizedName(), macros.resolve(field.value()));
        }
        return fields;
    }

    private static List<FieldText> values(Source source, BibItem.Entry entry, LibraryNames names, boolean quoted) {
        MacroTable macros = source.loaded().macros();
        List<FieldText> values = new ArrayList<>();
        for (BibField field : entry.fields()) {
            String resolved = macros.resolve(field.value());
            String name = field.normalizedName();
            if (name.equals("author") || name.equals("editor")) {
                resolved = spelled(resolved, names);
            }
            values.add(new FieldText(name, isMonthMacro(field) ? ((ValuePart.Macro) field.value().get(0)).name()
                    : EntryFormatter.delimited(resolved, quoted)));
        }
        return values;
    }

    /** A name list with every name the library knows written the library's way; untouched when none changes. */
    static String spelled(String rawNames, LibraryNames names) {
        PersonList parsed = NameParser.parse(rawNames);
        List<PersonName> spelled = parsed.names().stream().map(names::spell).toList();
        if (spelled.equals(parsed.names())) {
            return rawNames;
        }
        List<String> written = new ArrayList<>(spelled.stream().map(WorkDraft::written).toList());
        if (parsed.truncated()) {
            written.add("others");
        }
        return String.join(" and ", written);
    }

    private static boolean isMonthMacro(BibField field) {
        return field.value().size() == 1 && field.value().get(0) instanceof ValuePart.Macro macro
                && macro.name().length() == 3 && MacroTable.monthNumber(macro.name()).isPresent();
    }
}
