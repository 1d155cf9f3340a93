package org.bibfolio.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bibfolio.bibtex.BibField;
import org.bibfolio.bibtex.BibFile;
import org.bibfolio.bibtex.BibItem;
import org.bibfolio.bibtex.BibSyntaxException;
import org.bibfolio.bibtex.LibraryReader;
import org.bibfolio.bibtex.MacroTable;
import org.bibfolio.bibtex.NameParser;
import org.bibfolio.bibtex.RequiredFields;
import org.bibfolio.bibtex.TextPosition;
import org.bibfolio.bibtex.ValuePart;
import org.bibfolio.model.Publication;

/**
 * {@code bibfolio check}: what is wrong with a library, each finding with its {@code file:line:col}, in file order,
 * one finding per cause (an undefined {@code @string} is reported once, where it is first used; a value resting on
 * it is not also a bad month). Broken entries are reported and the check goes on with the rest. The rules about an
 * entry's own fields are {@link EntryRules}, which {@code add} and {@code edit} run too ({@link WriteCheck}).
 */
public final class LibraryCheck {

    /** One finding before it has a line and column; a syntax error brings its own. */
    private record Found(int offset, CheckRule rule, Optional<String> key, String message,
                         Optional<BibSyntaxException> error) { }

    /** An undefined macro as first written, where it is first used, and how often. */
    private static final class Undefined {
        final String name;
        final int firstUse;
        int uses;

        Undefined(String name, int firstUse) {
            this.name = name;
            this.firstUse = firstUse;
        }
    }

    private static final Pattern CONTROL_WORD_ENDED = Pattern.compile("(\\\\[A-Za-z]+)[{}]+(?=\\p{L})");

    private final List<Found> found = new ArrayList<>();
    /** The @strings defined so far, as BibTeX sees them while reading top to bottom. */
    private final MacroTable macroValues = new MacroTable();
    private final Set<String> defined = new HashSet<>(MacroTable.MONTH_MACROS);
    private final Map<String, Undefined> undefined = new LinkedHashMap<>();
    private final Map<String, Integer> definedAt = new HashMap<>();
    private BibFile file;
    private TextPosition positions;
    /** The lower-case keys whose own fields are checked; null for every entry. */
    private Set<String> focus;
    private Optional<UnlistedEntries> unlisted = Optional.empty();

    private LibraryCheck() {
    }

    /** Every finding of the library at {@code path}, in file order. */
    public static List<Finding> run(Path path, String displayName) throws IOException {
        try {
            return findings(LibraryReader.read(path, displayName), null, CvStyle.of(path).map(UnlistedEntries::of));
        } catch (BibSyntaxException e) {
            return List.of(new Finding(e.source(), e.line(), e.column(), CheckRule.SYNTAX, Optional.empty(),
                    e.problem()));
        }
    }

    /** Every finding of a library already read, in file order. */
    static List<Finding> findings(LibraryReader.Loaded library) {
        return findings(library, null, Optional.empty());
    }

    /**
     * The findings about the entries {@code focus} (lower-case keys; null for all): the rules about an entry's own
     * fields run on those only, what needs the whole library (duplicates, macros) still reads it all.
     */
    static List<Finding> findings(LibraryReader.Loaded library, Set<String> focus) {
        return findings(library, focus, Optional.empty());
    }

    /** @param unlisted which entries the default CV style shows in no list (issue 8; app.UnlistedEntries) */
    private static List<Finding> findings(LibraryReader.Loaded library, Set<String> focus,
                                          Optional<UnlistedEntries> unlisted) {
        LibraryCheck check = new LibraryCheck();
        check.focus = focus;
        check.unlisted = unlisted;
        check.check(library);
        return check.found.stream().sorted(Comparator.comparingInt(Found::offset)).map(f -> {
            int[] at = f.error().map(e -> new int[] {e.line(), e.column()})
                    .orElseGet(() -> check.positions().of(f.offset()));
            return new Finding(library.file().source(), at[0], at[1], f.rule(), f.key(), f.message());
        }).toList();
    }

    private void check(LibraryReader.Loaded library) {
        file = library.file();
        List<BibItem.Entry> entries = file.entries().toList();
        Map<Integer, Publication> publications = publications(library, entries);
        Map<String, BibItem.Entry> byKey = new HashMap<>();
        DuplicatePapers papers = new DuplicatePapers();
        OwnerNameCheck owner = new OwnerNameCheck(library.settings().owner(), library.settings().value("not-owner")
                .map(names -> NameParser.parse(names).names()).orElse(List.of()));
        EntryRules rules = new EntryRules(this::text, this::usesUndefined, owner, field -> field.valueSpan()
                .of(file.text()));
        Set<String> keys = entries.stream().map(e -> e.key().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        file.broken().forEach(b -> b.key().ifPresent(k -> keys.add(k.toLowerCase(Locale.ROOT))));
        file.items().stream().filter(BibItem.StringDefinition.class::isInstance).map(BibItem.StringDefinition.class::cast)
                .forEach(d -> definedAt.putIfAbsent(d.name().toLowerCase(Locale.ROOT), d.span().start()));
        boolean biblatex = RequiredFields.isBiblatex(entries.stream());
        int index = 0;
        LatexCommandCheck latexCommands = new LatexCommandCheck(library);
        for (BibItem item : file.items()) {
            if (item instanceof BibItem.Broken broken) {
                found.add(new Found(broken.span().start(), CheckRule.SYNTAX, broken.key(), broken.error().problem(),
                        Optional.of(broken.error())));
            } else if (item instanceof BibItem.StringDefinition definition) {
                uses(definition.value(), definition.span().start());
                defined.add(definition.name().toLowerCase(Locale.ROOT));
                macroValues.define(definition);
            } else if (item instanceof BibItem.Entry entry) {
                Publication publication = publications.get(index++);
                Optional<String> key = Optional.of(entry.key());
                BibItem.Entry first = byKey.putIfAbsent(entry.key().toLowerCase(Locale.ROOT), entry);
                if (first != null) {
                    if (focused(entry)) {
                        add(entry.span().start(), CheckRule.DUPLICATE_KEY, key, "duplicate key '" + entry.key()
                                + "' (first used at line " + line(first) + "); BibTeX ignores this entry");
                    }
                    continue;
                }
                if (publication != null) {
                    papers.add(publication, ownFields(entry)).ifPresent(match -> add(entry.span().start(),
                            CheckRule.DUPLICATE_PAPER, key, entry.key() + " repeats " + match.earlier().key()
                                    + " (line " + line(byKey.get(match.earlier().key().toLowerCase(Locale.ROOT)))
                                    + "): " + match.reason()));
                }
                if (!focused(entry)) {
                    continue;
                }
                entry.fields().forEach(field -> uses(field.value(), field.valueSpan().start()));
                entry.field("crossref").filter(c -> !keys.contains(text(c).toLowerCase(Locale.ROOT))).ifPresent(c ->
                        add(c.valueSpan().start(), CheckRule.CROSSREF, key, entry.key() + " cross-references '"
                                + text(c) + "', which is not in the library"));
                EntryRules.Sink sink = (offset, rule, message) -> add(offset, rule, key, message);
                rules.check(entry, publication, biblatex, sink);
                latexCommands.check(entry);
                unlisted.flatMap(u -> u.warning(publication)).ifPresent(message ->
                        add(entry.span().start(), CheckRule.UNLISTED, key, message));
            }
        }
        undefined.values().forEach(use -> add(use.firstUse, CheckRule.UNDEFINED_STRING, Optional.empty(),
                undefinedMessage(use)));
        latexCommands.report((offset, key, message) -> add(offset, CheckRule.LATEX_COMMAND, Optional.of(key),
                message));
    }

    /** The file's line index, made when a finding first needs a line: a check of a few entries mostly finds none. */
    private TextPosition positions() {
        if (positions == null) {
            positions = file.positions();
        }
        return positions;
    }

    /** Whether the rules about an entry's own fields, and what it alone is about, run on it. */
    private boolean focused(BibItem.Entry entry) {
        return focus == null || focus.contains(entry.key().toLowerCase(Locale.ROOT));
    }

    /**
     * The publications the check needs, by position among the entries: all of them, or with a focus, the entries
     * in focus and those that may be the same paper as one of them ({@link DuplicatePapers#mayRepeat}, judged on
     * their DOI, arXiv id and year alone). What another entry repeats is not about the focus: a write is checked at
     * the cost of the entries it touches and a screen of the rest.
     */
    private Map<Integer, Publication> publications(LibraryReader.Loaded library, List<BibItem.Entry> entries) {
        Map<Integer, Publication> all = new HashMap<>();
        if (focus == null) {
            List<Publication> mapped = library.library().publications();
            for (int i = 0; i < mapped.size(); i++) {
                all.put(i, mapped.get(i));
            }
            return all;
        }
        Set<Integer> inFocus = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            if (focused(entries.get(i))) {
                inFocus.add(i);
            }
        }
        all.putAll(library.publications(inFocus));
        Set<String> identities = new HashSet<>();
        all.forEach((i, publication) -> identities.addAll(DuplicatePapers.identities(publication,
                ownFields(entries.get(i)))));
        if (identities.isEmpty()) {
            return all;
        }
        Set<Integer> others = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            if (!inFocus.contains(i)) {
                others.add(i);
            }
        }
        Set<Integer> candidates = new HashSet<>();
        library.screens(others).forEach((i, screened) -> {
            if (DuplicatePapers.mayRepeat(screened, ownFields(entries.get(i)), identities)) {
                candidates.add(i);
            }
        });
        all.putAll(library.publications(candidates));
        return all;
    }

    private static Set<String> ownFields(BibItem.Entry entry) {
        return entry.fields().stream().map(BibField::normalizedName).collect(Collectors.toSet());
    }

    private String undefinedMessage(Undefined use) {
        String name = use.name;
        Integer later = definedAt.get(name.toLowerCase(Locale.ROOT));
        String more = use.uses > 1 ? " (used " + use.uses + " times)" : "";
        return later != null
                ? "@string '" + name + "' is used before it is defined (at line " + positions().of(later)[0]
                        + "), so BibTeX reads it as empty here" + more + "; move the @string up"
                : "@string '" + name + "' is used but never defined, so BibTeX reads it as empty" + more;
    }

    /** Records the undefined macros a value uses, each once with its first use. */
    private void uses(List<ValuePart> value, int offset) {
        for (ValuePart part : value) {
            if (part instanceof ValuePart.Macro macro && !defined.contains(macro.name().toLowerCase(Locale.ROOT))) {
                undefined.computeIfAbsent(macro.name().toLowerCase(Locale.ROOT), n -> new Undefined(macro.name(), offset))
                        .uses++;
            }
        }
    }

    private boolean usesUndefined(BibField field) {
        return field.value().stream().anyMatch(part -> part instanceof ValuePart.Macro macro
                && !defined.contains(macro.name().toLowerCase(Locale.ROOT)));
    }

    /**
     * The value as BibTeX reads it at the entry, braces dropped; a control word that braces end ({@code \slash{}})
     * stays apart from the letters after it, as TeX reads it ({@code jul # "\slash{}" # aug} is not "\slashAugust").
     */
    private String text(BibField field) {
        String resolved = macroValues.resolve(field.value());
        return CONTROL_WORD_ENDED.matcher(resolved).replaceAll("$1 ").replace("{", "").replace("}", "").strip();
    }

    private int line(BibItem.Entry entry) {
        return positions().of(entry.span().start())[0];
    }

    private void add(int offset, CheckRule rule, Optional<String> key, String message) {
        found.add(new Found(offset, rule, key, message, Optional.empty()));
    }
}
