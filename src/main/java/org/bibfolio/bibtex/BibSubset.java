package org.bibfolio.bibtex;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Some entries of a library as a {@code .bib} file that stands alone: each item's original text unchanged, the
 * {@code @string} definitions and {@code @preamble}s first, then the entries, then the entries they cross-reference.
 * Parents go last because BibTeX only inherits from a cross-referenced entry that comes after the one citing it.
 */
public final class BibSubset {

    private final BibFile file;
    private final Map<String, BibItem.Entry> byKey = new HashMap<>();
    /** To read a {@code crossref} written with a macro, as rare as that is. */
    private final MacroTable macros = new MacroTable();
    /** The {@code @preamble}s and {@code @string}s of the file, in file order: all a subset may need of the rest. */
    private final List<BibItem> preamblesAndStrings = new ArrayList<>();

    private BibSubset(BibFile file) {
        this.file = file;
        for (BibItem item : file.items()) {
            if (item instanceof BibItem.StringDefinition || item instanceof BibItem.Preamble) {
                preamblesAndStrings.add(item);
            }
            if (item instanceof BibItem.StringDefinition definition) {
                macros.define(definition);
            } else if (item instanceof BibItem.Entry entry) {
                // the first entry of a key is the one BibTeX and bibfolio read
                byKey.putIfAbsent(entry.key().toLowerCase(Locale.ROOT), entry);
            }
        }
    }

    /**
     * The entries with the given keys, in that order, plus what they need; a key not in the file is an error.
     *
     * @throws IllegalArgumentException for a key the file does not hold
     */
    public static String of(BibFile file, List<String> keys) {
        return new BibSubset(file).text(keys);
    }

    /** The file indexed once, for many subsets of it (one per entry of a page). */
    public static BibSubset over(BibFile file) {
        return new BibSubset(file);
    }

    /**
     * The entries with the given keys, in that order, plus what they need.
     *
     * @throws IllegalArgumentException for a key the file does not hold
     */
    public String text(List<String> keys) {
        List<BibItem.Entry> chosen = new ArrayList<>();
        for (String key : keys) {
            chosen.add(entry(key).orElseThrow(() -> new IllegalArgumentException("no entry '" + key + "'")));
        }
        List<BibItem.Entry> needed = childrenFirst(chosen);
        Set<BibItem.Entry> parents = new HashSet<>();
        needed.forEach(e -> parent(e).ifPresent(parents::add));
        List<BibItem.Entry> entries = new ArrayList<>(needed.stream().filter(e -> !parents.contains(e)).toList());
        entries.addAll(needed.stream().filter(parents::contains).toList());
        StringBuilder text = new StringBuilder();
        for (BibItem definition : definitions(entries)) {
            text.append(file.textOf(definition)).append('\n');
        }
        for (BibItem.Entry entry : entries) {
            text.append(text.isEmpty() ? "" : "\n").append(file.textOf(entry)).append('\n');
        }
        return text.toString();
    }

    private Optional<BibItem.Entry> entry(String key) {
        return Optional.ofNullable(byKey.get(key.strip().toLowerCase(Locale.ROOT)));
    }

    private Optional<BibItem.Entry> parent(BibItem.Entry entry) {
        return entry.field("crossref").flatMap(field -> entry(macros.resolve(field.value())));
    }

    /**
     * The chosen entries and every entry they cross-reference, directly or through a parent, each before the
     * entry it cross-references (a depth-first search's reverse post-order); chosen entries keep their order.
     */
    private List<BibItem.Entry> childrenFirst(List<BibItem.Entry> chosen) {
        Deque<BibItem.Entry> order = new ArrayDeque<>();
        Set<BibItem.Entry> visited = new HashSet<>();
        for (int i = chosen.size() - 1; i >= 0; i--) {
            visit(chosen.get(i), visited, order);
        }
        return List.copyOf(order);
    }

    private void visit(BibItem.Entry entry, Set<BibItem.Entry> visited, Deque<BibItem.Entry> order) {
        // an entry seen before is not visited again: a crossref cycle ends here
        if (visited.add(entry)) {
            parent(entry).ifPresent(p -> visit(p, visited, order));
            order.addFirst(entry);
        }
    }

    /**
     * The {@code @string}s the entries use, directly or through another {@code @string}, and every
     * {@code @preamble} (it may define commands the entries use) with the strings it uses, all in file order.
     */
    private List<BibItem> definitions(List<BibItem.Entry> entries) {
        Set<String> used = new HashSet<>();
        entries.forEach(e -> e.fields().forEach(f -> addMacros(f.value(), used)));
        List<BibItem> items = preamblesAndStrings;
        for (BibItem item : items) {
            if (item instanceof BibItem.Preamble preamble) {
                addMacros(preamble.value(), used);
            }
        }
        // a @string can only use strings defined above it, so one pass from the bottom up finds them all
        for (int i = items.size() - 1; i >= 0; i--) {
            if (items.get(i) instanceof BibItem.StringDefinition definition && used.contains(nameOf(definition))) {
                addMacros(definition.value(), used);
            }
        }
        return items.stream().filter(item -> item instanceof BibItem.Preamble
                || item instanceof BibItem.StringDefinition definition && used.contains(nameOf(definition))).toList();
    }

    private static String nameOf(BibItem.StringDefinition definition) {
        return definition.name().toLowerCase(Locale.ROOT);
    }

    private static void addMacros(List<ValuePart> value, Set<String> used) {
        for (ValuePart part : value) {
            if (part instanceof ValuePart.Macro macro) {
                used.add(macro.name().toLowerCase(Locale.ROOT));
            }
        }
    }
}
