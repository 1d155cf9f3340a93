package org.bibfolio.bibtex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.bibfolio.model.Library;
import org.bibfolio.model.Publication;
import org.bibfolio.model.WorkCount;

/**
 * Parsed items to the model, as BibTeX reads them: {@code @string} definitions apply in order, so each entry's
 * fields are resolved where it stands; every {@code @preamble} counts for every entry, wherever it stands; entries
 * are mapped in file order with BibTeX's crossref rule (the first entry of a key is the one found). Broken items
 * and everything else are ignored. Items are handed over one by one ({@link #add}), so a reader may drop each
 * item's parse as soon as it is added: only the resolved fields are kept until {@link #library} maps them.
 */
final class LibraryMapping {

    /** Below this many entries, mapping on one thread is as fast as handing the work out. */
    private static final int PARALLEL_FROM = 2_000;

    /** One entry as added: its key and type, and its fields are those of the first entry of its key. */
    private record Added(String key, String type) { }

    private final MacroTable macros;
    /** Each field name once: a library has a few dozen names, written once per field of every entry. */
    private final Map<String, String> names = new HashMap<>();
    /** Concurrent: {@link #library} lets go of each entry's fields, from any thread, once nothing needs them. */
    private final Map<String, Map<String, String>> fieldsByKey = new ConcurrentHashMap<>();
    private final List<Added> entries = new ArrayList<>();
    private final StringBuilder preamble = new StringBuilder();

    /** {@code macros} collects the definitions and the undefined macros used. */
    LibraryMapping(MacroTable macros) {
        this.macros = macros;
    }

    void add(BibItem item) {
        if (item instanceof BibItem.StringDefinition definition) {
            macros.define(definition);
        } else if (item instanceof BibItem.Preamble definitions) {
            preamble.append(macros.resolve(definitions.value())).append('\n');
        } else if (item instanceof BibItem.Entry entry) {
            fieldsByKey.putIfAbsent(entry.key().toLowerCase(Locale.ROOT), resolved(entry, macros,
                    LibraryReader.ALL_FIELDS, name -> names.computeIfAbsent(name, n -> n)));
            entries.add(new Added(entry.key(), entry.type()));
        }
    }

    /**
     * The publications of every entry added, in order. Entries are independent once resolved, so a big library is
     * mapped on every core; each publication is the same whichever thread maps it.
     */
    Library library(LibrarySettings settings) {
        PublicationMapper mapper = mapper(settings, preamble);
        WorkCount.add(WorkCount.Kind.MAPPED, entries.size());
        // how many entries still need each key's fields: the entries of that key and the entries cross-referencing it
        Map<String, AtomicInteger> uses = new HashMap<>();
        for (Added entry : entries) {
            for (String key : users(entry)) {
                uses.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            }
        }
        IntStream positions = IntStream.range(0, entries.size());
        List<Publication> publications = (entries.size() >= PARALLEL_FROM ? positions.parallel() : positions)
                .mapToObj(i -> {
                    Added entry = entries.get(i);
                    Publication publication = map(mapper, entry.key(), entry.type(), fieldsByKey);
                    // a big library's resolved fields are let go as its publications are made, not all at the end
                    for (String key : users(entry)) {
                        if (uses.get(key).decrementAndGet() == 0) {
                            fieldsByKey.remove(key);
                        }
                    }
                    return publication;
                }).toList();
        return new Library(publications, settings.owner(), settings.tags());
    }

    /** The keys whose fields mapping {@code entry} reads: its own, and its crossref parent's if that is there. */
    private List<String> users(Added entry) {
        String key = entry.key().toLowerCase(Locale.ROOT);
        String parent = Optional.ofNullable(fieldsByKey.get(key)).map(fields -> fields.get("crossref"))
                .map(p -> p.strip().toLowerCase(Locale.ROOT)).orElse(key);
        return parent.equals(key) || !fieldsByKey.containsKey(parent) ? List.of(key) : List.of(key, parent);
    }

    /**
     * The publications of the entries at the positions {@code wanted} accepts: each is the one {@link #library}
     * gives, at the cost of the entries wanted and the
     * entries they cross-reference. Two passes replay the {@code @string}s, as their values depend on where an entry
     * stands: one finds the cross-referenced parents, the other resolves what is wanted.
     */
    static Map<Integer, Publication> some(List<? extends BibItem> items, LibrarySettings settings,
                                          IntPredicate wanted) {
        return some(items, settings, wanted, LibraryReader.ALL_FIELDS, WorkCount.Kind.MAPPED,
                (mapper, key, type, resolved) -> mapper.map(key, type, resolved));
    }

    /** {@link #some} screened ({@link PublicationMapper#screen}) rather than mapped. */
    static Map<Integer, EntryScreen> screens(List<? extends BibItem> items, LibrarySettings settings,
                                             IntPredicate wanted) {
        return some(items, settings, wanted, SCREEN_FIELDS::contains, WorkCount.Kind.SCREENED,
                (mapper, key, type, resolved) -> mapper.screen(resolved));
    }

    /** The fields {@link PublicationMapper#screen} reads. */
    private static final Set<String> SCREEN_FIELDS = Set.of("year", "month", "date", "doi", "eprint", "eprinttype",
            "archiveprefix", "arxiv");

    /** What {@link #some} makes of each wanted entry, from its fields with its crossref parent's. */
    @FunctionalInterface
    private interface Maker<T> {
        T make(PublicationMapper mapper, String key, String type, Map<String, String> fields);
    }

    private static <T> Map<Integer, T> some(List<? extends BibItem> items, LibrarySettings settings,
                                            IntPredicate wanted, Predicate<String> fields, WorkCount.Kind kind,
                                            Maker<T> maker) {
        Set<String> keys = new HashSet<>();
        int index = 0;
        for (BibItem item : items) {
            if (item instanceof BibItem.Entry entry && wanted.test(index++)) {
                keys.add(entry.key().toLowerCase(Locale.ROOT));
            }
        }
        Set<String> needed = new HashSet<>(keys);
        MacroTable macros = new MacroTable();
        Set<String> seen = new HashSet<>();
        for (BibItem item : items) {
            if (item instanceof BibItem.StringDefinition definition) {
                macros.define(definition);
            } else if (item instanceof BibItem.Entry entry && keys.contains(entry.key().toLowerCase(Locale.ROOT))
                    && seen.add(entry.key().toLowerCase(Locale.ROOT))) {
                Optional<BibField> crossref = entry.field("crossref");
                if (crossref.isPresent()) {
                    needed.add(resolve(crossref.get(), macros).strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        macros = new MacroTable();
        Map<String, Map<String, String>> fieldsByKey = new HashMap<>();
        List<BibItem.Entry> entries = new ArrayList<>();
        StringBuilder preamble = new StringBuilder();
        index = 0;
        for (BibItem item : items) {
            if (item instanceof BibItem.StringDefinition definition) {
                macros.define(definition);
            } else if (item instanceof BibItem.Preamble definitions) {
                preamble.append(macros.resolve(definitions.value())).append('\n');
            } else if (item instanceof BibItem.Entry entry) {
                String key = entry.key().toLowerCase(Locale.ROOT);
                if (needed.contains(key) && !fieldsByKey.containsKey(key)) {
                    fieldsByKey.put(key, resolved(entry, macros, fields));
                }
                entries.add(wanted.test(index++) ? entry : null);
            }
        }
        PublicationMapper mapper = mapper(settings, preamble);
        Map<Integer, T> made = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            BibItem.Entry entry = entries.get(i);
            if (entry != null) {
                WorkCount.add(kind, 1);
                made.put(i, maker.make(mapper, entry.key(), entry.type(),
                        withCrossref(fieldsByKey.get(entry.key().toLowerCase(Locale.ROOT)), fieldsByKey)));
            }
        }
        return made;
    }

    /** An entry's fields (the first of a repeated name), macros resolved; crossref is always among them. */
    private static Map<String, String> resolved(BibItem.Entry entry, MacroTable macros, Predicate<String> fields) {
        return resolved(entry, macros, fields, UnaryOperator.identity());
    }

    /** {@link #resolved}, each field name as {@code canonical} gives it. */
    private static Map<String, String> resolved(BibItem.Entry entry, MacroTable macros, Predicate<String> fields,
                                                UnaryOperator<String> canonical) {
        Map<String, String> values = new LinkedHashMap<>();
        for (BibField field : entry.fields()) {
            String name = canonical.apply(field.normalizedName());
            if (fields == LibraryReader.ALL_FIELDS || fields.test(name) || name.equals("crossref")) {
                values.putIfAbsent(name, resolve(field, macros));
            }
        }
        return values;
    }

    private static String resolve(BibField field, MacroTable macros) {
        try {
            return macros.resolve(field.value());
        } catch (ExpansionLimitException e) {
            throw e.at(field.valueSpan().start());
        }
    }

    /** BibTeX writes every @preamble before the entries, wherever it stands in the file. */
    private static PublicationMapper mapper(LibrarySettings settings, StringBuilder preamble) {
        return new PublicationMapper(settings.tags(), PreambleMacros.parse(preamble.toString()));
    }

    private static Publication map(PublicationMapper mapper, String key, String type,
                                   Map<String, Map<String, String>> fieldsByKey) {
        return mapper.map(key, type, withCrossref(fieldsByKey.get(key.toLowerCase(Locale.ROOT)), fieldsByKey));
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
}
