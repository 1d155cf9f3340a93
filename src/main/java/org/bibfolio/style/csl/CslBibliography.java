package org.bibfolio.style.csl;

import de.undercouch.citeproc.AbbreviationProvider;
import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.DefaultAbbreviationProvider;
import de.undercouch.citeproc.DefaultLocaleProvider;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.internal.SSort;
import de.undercouch.citeproc.output.Bibliography;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bibfolio.model.Progress;

/**
 * One citeproc-java run over all entries of an export: one processor, the items registered once, one bibliography.
 *
 * <p>Sorting is done here rather than by registering the items sorted, for speed. citeproc-java 3.5.2 inserts each
 * registered item by binary search, rendering the sort keys of both items at every comparison (no key is kept), and
 * then rebuilds every item after the insertion point to renumber it: for 10,000 APA entries that was most of the
 * run. We sort with the same comparator ({@link SSort.SortComparator}, from citeproc-java's internal package, as
 * {@link MarkerFormat} is) over items already nearly in order ({@link RegistrationOrder}), where a merge sort needs
 * about one comparison per item, and register the result as it stands. The order is the style's either way.
 */
final class CslBibliography {

    private CslBibliography() {
    }

    /**
     * A citeproc-java processor for one style, waiting for the items it will render. Making one parses the style and
     * its locale, a quarter of an APA export's time: {@link CslStyles#style} makes it on a thread of its own while
     * the library is still being read and its items converted, and {@link #warmedUp} then also runs the rendering
     * and sorting code once there, so that its first run (class initialisation, a dozen regular expressions and
     * their string concatenations linked per entry) is not paid on the main thread afterwards.
     */
    static final class Engine {
        private final CSL processor;
        private final MarkerFormat format = new MarkerFormat();
        private final AbbreviationProvider abbreviations = new DefaultAbbreviationProvider();
        private final Items items = new Items();

        private Engine(CslStyle csl) {
            try {
                processor = new CSL(items, new DefaultLocaleProvider(), abbreviations, csl.xml(), csl.locale());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load CSL style " + csl.id(), e);
            }
            processor.setOutputFormat(format);
            // after setOutputFormat, which hands the processor's own setting (off by default) to the format
            processor.setConvertLinks(true);
        }

        /** A processor made now, on this thread. */
        static Engine of(CslStyle csl) {
            return new Engine(csl);
        }

        /**
         * A processor that has rendered and sorted two made-up entries, so that the first run of that code
         * (class initialisation, regular expressions, linked string concatenations) is paid here, not on the thread
         * that renders the library; the format then holds the parsed style and locale, from which the
         * bibliography's comparator is made.
         */
        static Engine warmedUp(CslStyle csl) {
            Engine engine = new Engine(csl);
            // a warm-up that failed midway may have left state behind: then a processor as good as new
            return engine.warmUp() ? engine : new Engine(csl);
        }

        private boolean warmUp() {
            List<CSLItemData> made = WarmUpItems.ITEMS;
            items.set(made);
            try {
                processor.registerCitationItems(List.of(made.get(0).getId()), true);
                processor.makeBibliography();
                format.bibliographySort(abbreviations).ifPresent(sort -> sort.compare(made.get(0), made.get(1)));
                return true;
            } catch (RuntimeException e) {
                // Only speed depends on the warm-up: a style that cannot render these made-up entries is left to
                // fail, or not, on the library's own entries, as it would have without the warm-up.
                return false;
            }
        }
    }

    /** The items of one bibliography, handed to a processor made before they were. */
    private static final class Items implements ItemDataProvider {
        private final Map<String, CSLItemData> byId = new LinkedHashMap<>();

        void set(List<CSLItemData> items) {
            byId.clear();
            items.forEach(item -> byId.put(item.getId(), item));
        }

        @Override
        public CSLItemData retrieveItem(String id) {
            return byId.get(id);
        }

        @Override
        public Collection<String> getIds() {
            return byId.keySet();
        }
    }

    /**
     * @param items     in the order of the list, which is also the bibliography's when the style does not sort
     * @param rendering told as citeproc-java formats each entry, where the time of a big export goes
     */
    static Bibliography make(CslStyle csl, List<CSLItemData> items, List<CSLItemData> nearlySorted,
                             Progress rendering) {
        return make(Engine.of(csl), items, nearlySorted, rendering);
    }

    /** As {@link #make(CslStyle, List, List, Progress)}, with a processor not used before. */
    static Bibliography make(Engine engine, List<CSLItemData> items, List<CSLItemData> nearlySorted,
                             Progress rendering) {
        engine.items.set(items);
        engine.format.report(rendering, items.size());
        Optional<List<CSLItemData>> sorted = sorted(engine, nearlySorted);
        if (sorted.isPresent()) {
            engine.processor.registerCitationItems(ids(sorted.get()), true);
            Bibliography bibliography = engine.processor.makeBibliography();
            // The comparator was made from the warm-up's entry. Before, it came from the first of nearlySorted
            // rendered alone, and where that entry renders empty (a style that prints nothing for its type) there
            // was none and citeproc-java sorted as it registered, whose order on ties differs from a stable sort:
            // so that case, rare, is rendered again the old way, and the order stays what it was.
            if (List.of(bibliography.getEntryIds()).contains(nearlySorted.get(0).getId())) {
                return bibliography;
            }
        }
        engine.processor.registerCitationItems(ids(items));
        return engine.processor.makeBibliography();
    }

    /**
     * The items in the style's bibliography order, or nothing when citeproc-java must sort (or keep) them itself:
     * the style does not sort, or numbers its entries in descending order, which its own registration computes.
     */
    private static Optional<List<CSLItemData>> sorted(Engine engine, List<CSLItemData> items) {
        if (items.size() < 2) {
            return Optional.empty();
        }
        if (!engine.format.formattedAny()) {
            // the warm-up failed: one entry rendered shows the format the parsed style and locale, which the
            // comparator needs (none when it renders empty)
            engine.processor.registerCitationItems(List.of(items.get(0).getId()), true);
            engine.processor.makeBibliography();
        }
        Optional<SSort.SortComparator> comparator = engine.format.bibliographySort(engine.abbreviations);
        if (comparator.isEmpty()) {
            return Optional.empty();
        }
        List<CSLItemData> sorted = new ArrayList<>(items);
        sorted.sort(comparator.get());
        return comparator.get().getCitationNumberDirection() < 0 ? Optional.empty() : Optional.of(sorted);
    }

    private static List<String> ids(List<CSLItemData> items) {
        return items.stream().map(CSLItemData::getId).toList();
    }
}
