package org.bibfolio.app;

import java.util.ArrayList;
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
import org.bibfolio.bibtex.BibItem;
import org.bibfolio.bibtex.BibSyntaxException;
import org.bibfolio.bibtex.ExpansionLimitException;
import org.bibfolio.bibtex.LibraryReader;
import org.bibfolio.bibtex.MacroTable;
import org.bibfolio.bibtex.PreambleMacros;
import org.bibfolio.bibtex.ValuePart;
import org.bibfolio.model.Publication;

/**
 * {@link LibraryCheck}'s work on one run of consecutive items, apart from the rest so that the parts of a big
 * library are checked on every core: the part replays the {@code @string}s above it (BibTeX reads a value with the
 * macros defined so far), maps its own entries, runs the rules about each entry's own fields, and hands back per
 * entry what the library-wide rules need of it (its paper's identities) with what it found; {@link LibraryCheck}
 * puts the parts together in file order. Only one part's publications are alive at a time on each thread.
 */
final class CheckPart {

    /** What every part reads, worked out once in file order before the parts run. */
    record Whole(LibraryReader.Loaded library, List<BibItem.Entry> entries, boolean[] firstOfKey, Set<String> keys,
                 boolean biblatex, Set<String> focus, Optional<Map<Integer, Publication>> mapped,
                 OwnerNameCheck owner, PreambleMacros preamble, Optional<UnlistedEntries> unlisted) {

        /** Whether the rules about an entry's own fields, and what it alone is about, run on it. */
        boolean focused(BibItem.Entry entry) {
            return focus == null || focus.contains(entry.key().toLowerCase(Locale.ROOT));
        }
    }

    /** An undefined macro as first written, where it is first used, and how often. */
    static final class Undefined {
        final String name;
        final int firstUse;
        int uses;

        Undefined(String name, int firstUse) {
            this.name = name;
            this.firstUse = firstUse;
        }
    }

    /**
     * One item as checked: the entry's position among the entries (-1 for another item), its paper when it was
     * mapped, and the findings about it in the order a check of the whole library makes them.
     */
    record Checked(int entry, Optional<DuplicatePapers.Paper> paper, List<LibraryCheck.Found> found) { }

    /** A part's results; {@code failure}: a value expanded past the limit, where the read would have stopped. */
    record Result(List<Checked> items, Map<String, Undefined> undefined, LatexCommandCheck latexCommands,
                  Optional<BibSyntaxException> failure) { }

    private static final Pattern CONTROL_WORD_ENDED = Pattern.compile("(\\\\[A-Za-z]+)[{}]+(?=\\p{L})");

    private final Whole whole;
    private final int fromItem;
    private final int toItem;
    private final int firstEntry;
    /** The @strings defined so far, as BibTeX sees them while reading top to bottom. */
    private final MacroTable macroValues = new MacroTable();
    private final Set<String> defined = new HashSet<>(MacroTable.MONTH_MACROS);
    private final Map<String, Undefined> undefined = new LinkedHashMap<>();

    /** The items {@code fromItem} (inclusive) to {@code toItem}, whose first entry is the {@code firstEntry}-th. */
    CheckPart(Whole whole, int fromItem, int toItem, int firstEntry) {
        this.whole = whole;
        this.fromItem = fromItem;
        this.toItem = toItem;
        this.firstEntry = firstEntry;
    }

    Result run() {
        List<BibItem> items = whole.library().file().items();
        MacroTable atEnd = new MacroTable();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof BibItem.StringDefinition definition) {
                atEnd.define(definition);
                if (i < fromItem) {
                    defined.add(definition.name().toLowerCase(Locale.ROOT));
                    macroValues.define(definition);
                }
            }
        }
        LatexCommandCheck latexCommands = new LatexCommandCheck(atEnd, whole.preamble());
        List<Checked> checked = new ArrayList<>();
        int[] at = {0};
        try {
            Map<Integer, Publication> publications = whole.mapped().orElseGet(this::publicationsHere);
            EntryRules rules = new EntryRules(this::text, this::usesUndefined, whole.owner(),
                    field -> field.valueSpan().of(whole.library().file().text()));
            int index = firstEntry;
            for (BibItem item : items.subList(fromItem, toItem)) {
                at[0] = item.span().start();
                if (item instanceof BibItem.Broken broken) {
                    checked.add(new Checked(-1, Optional.empty(), List.of(new LibraryCheck.Found(broken.span().start(),
                            CheckRule.SYNTAX, broken.key(), broken.error().problem(), Optional.of(broken.error())))));
                } else if (item instanceof BibItem.StringDefinition definition) {
                    uses(definition.value(), definition.span().start());
                    defined.add(definition.name().toLowerCase(Locale.ROOT));
                    macroValues.define(definition);
                } else if (item instanceof BibItem.Entry entry) {
                    checked.add(check(entry, index, publications.get(index), rules, latexCommands, at));
                    index++;
                }
            }
        } catch (ExpansionLimitException e) {
            if (whole.focus() != null) {
                throw e;
            }
            return new Result(List.of(), Map.of(), latexCommands,
                    Optional.of(LibraryReader.located(whole.library().file(), e, at[0])));
        }
        return new Result(checked, undefined, latexCommands, Optional.empty());
    }

    /**
     * This part's publications, mapped as a whole read maps them ({@link LibraryReader.Loaded#publications}): a
     * check holds one part's at a time on each thread, not the library's.
     */
    private Map<Integer, Publication> publicationsHere() {
        long entries = whole.library().file().items().subList(fromItem, toItem).stream()
                .filter(BibItem.Entry.class::isInstance).count();
        Set<Integer> positions = new HashSet<>();
        for (int i = firstEntry; i < firstEntry + entries; i++) {
            positions.add(i);
        }
        return whole.library().publications(positions);
    }

    /** {@code at[0]}: where a value that expands past the limit is reported. */
    private Checked check(BibItem.Entry entry, int index, Publication publication, EntryRules rules,
                          LatexCommandCheck latexCommands, int[] at) {
        if (!whole.firstOfKey()[index]) {
            if (whole.focus() == null) {
                // a whole read maps this entry too (BibTeX then ignores it): a value too big for it stops the read
                for (BibField field : entry.fields()) {
                    at[0] = field.valueSpan().start();
                    macroValues.resolve(field.value());
                }
            }
            return new Checked(index, Optional.empty(), List.of());
        }
        Optional<DuplicatePapers.Paper> paper = Optional.ofNullable(publication)
                .map(p -> DuplicatePapers.Paper.of(p, ownFields(entry)));
        if (!whole.focused(entry)) {
            return new Checked(index, paper, List.of());
        }
        List<LibraryCheck.Found> found = new ArrayList<>();
        Optional<String> key = Optional.of(entry.key());
        entry.fields().forEach(field -> uses(field.value(), field.valueSpan().start()));
        entry.field("crossref").filter(c -> !whole.keys().contains(text(c).toLowerCase(Locale.ROOT))).ifPresent(c ->
                found.add(found(c.valueSpan().start(), CheckRule.CROSSREF, key, entry.key() + " cross-references '"
                        + text(c) + "', which is not in the library")));
        rules.check(entry, publication, whole.biblatex(), (offset, rule, message) ->
                found.add(found(offset, rule, key, message)));
        latexCommands.check(entry);
        whole.unlisted().flatMap(u -> u.warning(publication)).ifPresent(message ->
                found.add(found(entry.span().start(), CheckRule.UNLISTED, key, message)));
        return new Checked(index, paper, found);
    }

    private static LibraryCheck.Found found(int offset, CheckRule rule, Optional<String> key, String message) {
        return new LibraryCheck.Found(offset, rule, key, message, Optional.empty());
    }

    static Set<String> ownFields(BibItem.Entry entry) {
        return entry.fields().stream().map(BibField::normalizedName).collect(Collectors.toSet());
    }

    /** Records the undefined macros a value uses, each once with its first use. */
    private void uses(List<ValuePart> value, int offset) {
        for (ValuePart part : value) {
            if (part instanceof ValuePart.Macro macro && !defined.contains(macro.name().toLowerCase(Locale.ROOT))) {
                undefined.computeIfAbsent(macro.name().toLowerCase(Locale.ROOT), n -> new Undefined(macro.name(),
                        offset)).uses++;
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
     * The pattern and the replacements run only on values that have what they look for: most have neither.
     */
    private String text(BibField field) {
        String resolved = macroValues.resolve(field.value());
        if (resolved.indexOf('\\') >= 0) {
            resolved = CONTROL_WORD_ENDED.matcher(resolved).replaceAll("$1 ");
        }
        if (resolved.indexOf('{') >= 0 || resolved.indexOf('}') >= 0) {
            resolved = resolved.replace("{", "").replace("}", "");
        }
        return resolved.strip();
    }
}
