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
import java.util.stream.IntStream;
import org.bibfolio.bibtex.BibFile;
import org.bibfolio.bibtex.BibItem;
import org.bibfolio.bibtex.BibSyntaxException;
import org.bibfolio.bibtex.LibraryReader;
import org.bibfolio.bibtex.NameParser;
import org.bibfolio.bibtex.RequiredFields;
import org.bibfolio.bibtex.TextPosition;
import org.bibfolio.model.Publication;

/**
 * {@code bibfolio check}: what is wrong with a library, each finding with its {@code file:line:col}, in file order,
 * one finding per cause (an undefined {@code @string} is reported once, where it is first used; a value resting on
 * it is not also a bad month). Broken entries are reported and the check goes on with the rest. The rules about an
 * entry's own fields are {@link EntryRules}, which {@code add} and {@code edit} run too ({@link WriteCheck}).
 */
public final class LibraryCheck {

    /**
     * A big library is checked in this many parts ({@link CheckPart}), on every core: each part replays the items
     * above it, so more parts cost more, while fewer hold more publications at once.
     */
    private static final int PARTS = 8;
    /** Below this many entries, one part does the work as fast; parts have at least half as many. */
    private static final int PART = 2_000;

    /** One finding before it has a line and column; a syntax error brings its own. */
    record Found(int offset, CheckRule rule, Optional<String> key, String message,
                 Optional<BibSyntaxException> error) { }

    private final List<Found> found = new ArrayList<>();
    private final Map<String, Integer> definedAt = new HashMap<>();
    private final Map<String, BibItem.Entry> firstByKey = new HashMap<>();
    private BibFile file;
    private TextPosition positions;

    private LibraryCheck() {
    }

    /**
     * Every finding of the library at {@code path}, in file order. The library is parsed whole, then checked in
     * parts of {@value #PART} entries on every core, each part's publications let go once its rules have run.
     */
    public static List<Finding> run(Path path, String displayName) throws IOException {
        try {
            LibraryReader.Loaded library = LibraryReader.readForEdit(path, displayName);
            return findings(library, null, CvStyle.of(path).map(UnlistedEntries::of));
        } catch (BibSyntaxException e) {
            return List.of(new Finding(e.source(), e.line(), e.column(), CheckRule.SYNTAX, Optional.empty(),
                    e.problem()));
        }
    }

    /**
     * The findings about the entries {@code focus} (lower-case keys): the rules about an entry's own fields run on
     * those only, what needs the whole library (duplicates, macros) still reads it all.
     */
    static List<Finding> findings(LibraryReader.Loaded library, Set<String> focus) {
        try {
            return findings(library, focus, Optional.empty());
        } catch (BibSyntaxException e) {
            throw new IllegalStateException("a focused check stops at the value itself", e);
        }
    }

    /**
     * @param focus    null for every entry
     * @param unlisted which entries the default CV style shows in no list (issue 8; app.UnlistedEntries)
     * @throws BibSyntaxException when a value of a library checked whole expands past the limit, as its read would
     */
    private static List<Finding> findings(LibraryReader.Loaded library, Set<String> focus,
                                          Optional<UnlistedEntries> unlisted) throws BibSyntaxException {
        int entries = (int) library.file().entries().count();
        int partSize = focus != null || entries < PART ? Integer.MAX_VALUE
                : Math.max(PART / 2, (entries + PARTS - 1) / PARTS);
        return findings(library, focus, unlisted, partSize);
    }

    /** Every finding of a library, checked in parts of {@code partSize} entries: the same whatever the size. */
    static List<Finding> findings(LibraryReader.Loaded library, int partSize) throws BibSyntaxException {
        return findings(library, null, Optional.empty(), partSize);
    }

    private static List<Finding> findings(LibraryReader.Loaded library, Set<String> focus,
                                          Optional<UnlistedEntries> unlisted, int partSize)
            throws BibSyntaxException {
        LibraryCheck check = new LibraryCheck();
        check.check(library, focus, unlisted, partSize);
        return check.found.stream().sorted(Comparator.comparingInt(Found::offset)).map(f -> {
            int[] at = f.error().map(e -> new int[] {e.line(), e.column()})
                    .orElseGet(() -> check.positions().of(f.offset()));
            return new Finding(library.file().source(), at[0], at[1], f.rule(), f.key(), f.message());
        }).toList();
    }

    private void check(LibraryReader.Loaded library, Set<String> focus, Optional<UnlistedEntries> unlisted,
                       int partSize) throws BibSyntaxException {
        file = library.file();
        List<BibItem.Entry> entries = file.entries().toList();
        boolean[] firstOfKey = new boolean[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            firstOfKey[i] = firstByKey.putIfAbsent(entries.get(i).key().toLowerCase(Locale.ROOT), entries.get(i)) == null;
        }
        Set<String> keys = new HashSet<>(firstByKey.keySet());
        file.broken().forEach(b -> b.key().ifPresent(k -> keys.add(k.toLowerCase(Locale.ROOT))));
        file.items().stream().filter(BibItem.StringDefinition.class::isInstance).map(BibItem.StringDefinition.class::cast)
                .forEach(d -> definedAt.putIfAbsent(d.name().toLowerCase(Locale.ROOT), d.span().start()));
        OwnerNameCheck owner = new OwnerNameCheck(library.settings().owner(), library.settings().value("not-owner")
                .map(names -> NameParser.parse(names).names()).orElse(List.of()));
        CheckPart.Whole whole = new CheckPart.Whole(library, entries, firstOfKey, keys,
                RequiredFields.isBiblatex(entries.stream()), focus,
                focus == null ? Optional.empty() : Optional.of(focusedPublications(library, entries, focus)), owner,
                LatexCommandCheck.preamble(library), unlisted);
        List<CheckPart> parts = parts(whole, partSize);
        List<CheckPart.Result> results = (parts.size() > 1 ? IntStream.range(0, parts.size()).parallel()
                : IntStream.range(0, parts.size())).mapToObj(i -> parts.get(i).run()).toList();
        for (CheckPart.Result result : results) {
            if (result.failure().isPresent()) {
                throw result.failure().get();
            }
        }
        merge(whole, results);
    }

    /** The library in parts of {@code size} entries (the last may have fewer). */
    private static List<CheckPart> parts(CheckPart.Whole whole, int size) {
        List<BibItem> items = whole.library().file().items();
        List<CheckPart> parts = new ArrayList<>();
        int from = 0;
        int firstEntry = 0;
        int entries = 0;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof BibItem.Entry && ++entries == size) {
                parts.add(new CheckPart(whole, from, i + 1, firstEntry));
                from = i + 1;
                firstEntry += entries;
                entries = 0;
            }
        }
        if (from < items.size() || parts.isEmpty()) {
            parts.add(new CheckPart(whole, from, items.size(), firstEntry));
        }
        return parts;
    }

    /**
     * The parts' findings in file order, with what needs the entries before each one: repeated keys, repeated
     * papers, an unknown type reported once, each undefined macro and unknown LaTeX command at its first use.
     */
    private void merge(CheckPart.Whole whole, List<CheckPart.Result> results) {
        DuplicatePapers papers = new DuplicatePapers();
        Set<String> unknownTypes = new HashSet<>();
        Map<String, CheckPart.Undefined> undefined = new LinkedHashMap<>();
        LatexCommandCheck latexCommands = results.get(0).latexCommands();
        for (CheckPart.Result result : results) {
            for (CheckPart.Checked item : result.items()) {
                if (item.entry() < 0) {
                    found.addAll(item.found());
                    continue;
                }
                BibItem.Entry entry = whole.entries().get(item.entry());
                Optional<String> key = Optional.of(entry.key());
                if (!whole.firstOfKey()[item.entry()]) {
                    if (whole.focused(entry)) {
                        add(entry.span().start(), CheckRule.DUPLICATE_KEY, key, "duplicate key '" + entry.key()
                                + "' (first used at line " + line(firstByKey.get(entry.key().toLowerCase(Locale.ROOT)))
                                + "); BibTeX ignores this entry");
                    }
                    continue;
                }
                item.paper().flatMap(papers::add).ifPresent(match -> add(entry.span().start(),
                        CheckRule.DUPLICATE_PAPER, key, entry.key() + " repeats " + match.earlier() + " (line "
                                + line(firstByKey.get(match.earlier().toLowerCase(Locale.ROOT))) + "): "
                                + match.reason()));
                item.found().stream().filter(f -> f.rule() != CheckRule.ENTRY_TYPE
                        || unknownTypes.add(entry.normalizedType())).forEach(found::add);
            }
            result.undefined().forEach((name, use) -> undefined.merge(name, use, (first, later) -> {
                first.uses += later.uses;
                return first;
            }));
            if (result.latexCommands() != latexCommands) {
                latexCommands.addLater(result.latexCommands());
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

    /**
     * The publications a focused check needs, by position among the entries: the entries in focus and those that
     * may be the same paper as one of them ({@link DuplicatePapers#mayRepeat}, judged on their DOI, arXiv id and
     * year alone). What another entry repeats is not about the focus: a write is checked at the cost of the
     * entries it touches and a screen of the rest.
     */
    private static Map<Integer, Publication> focusedPublications(LibraryReader.Loaded library,
                                                                 List<BibItem.Entry> entries, Set<String> focus) {
        Set<Integer> inFocus = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            if (focus.contains(entries.get(i).key().toLowerCase(Locale.ROOT))) {
                inFocus.add(i);
            }
        }
        Map<Integer, Publication> all = new HashMap<>(library.publications(inFocus));
        Set<String> identities = new HashSet<>();
        all.forEach((i, publication) -> identities.addAll(DuplicatePapers.identities(publication,
                CheckPart.ownFields(entries.get(i)))));
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
            if (DuplicatePapers.mayRepeat(screened, CheckPart.ownFields(entries.get(i)), identities)) {
                candidates.add(i);
            }
        });
        all.putAll(library.publications(candidates));
        return all;
    }

    private String undefinedMessage(CheckPart.Undefined use) {
        String name = use.name;
        Integer later = definedAt.get(name.toLowerCase(Locale.ROOT));
        String more = use.uses > 1 ? " (used " + use.uses + " times)" : "";
        return later != null
                ? "@string '" + name + "' is used before it is defined (at line " + positions().of(later)[0]
                        + "), so BibTeX reads it as empty here" + more + "; move the @string up"
                : "@string '" + name + "' is used but never defined, so BibTeX reads it as empty" + more;
    }

    private int line(BibItem.Entry entry) {
        return positions().of(entry.span().start())[0];
    }

    private void add(int offset, CheckRule rule, Optional<String> key, String message) {
        found.add(new Found(offset, rule, key, message, Optional.empty()));
    }
}
