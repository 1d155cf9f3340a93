package org.bibfolio.style.csl;

import de.undercouch.citeproc.AbbreviationProvider;
import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.DefaultAbbreviationProvider;
import de.undercouch.citeproc.DefaultLocaleProvider;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.internal.SSort;
import de.undercouch.citeproc.output.Bibliography;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
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
     * @param items     in the order of the list, which is also the bibliography's when the style does not sort
     * @param rendering told as citeproc-java formats each entry, where the time of a big export goes
     */
    static Bibliography make(CslStyle csl, List<CSLItemData> items, List<CSLItemData> nearlySorted,
                             Progress rendering) {
        try {
            AbbreviationProvider abbreviations = new DefaultAbbreviationProvider();
            CSL processor = new CSL(new ListItemDataProvider(items), new DefaultLocaleProvider(), abbreviations,
                    csl.xml(), csl.locale());
            MarkerFormat format = new MarkerFormat(rendering, items.size());
            processor.setOutputFormat(format);
            // after setOutputFormat, which hands the processor's own setting (off by default) to the format
            processor.setConvertLinks(true);
            Optional<List<CSLItemData>> sorted = sorted(processor, format, abbreviations, nearlySorted);
            if (sorted.isPresent()) {
                processor.registerCitationItems(ids(sorted.get()), true);
            } else {
                processor.registerCitationItems(ids(items));
            }
            return processor.makeBibliography();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load CSL style " + csl.id(), e);
        }
    }

    /**
     * The items in the style's bibliography order, or nothing when citeproc-java must sort (or keep) them itself:
     * the style does not sort, or numbers its entries in descending order, which its own registration computes.
     */
    private static Optional<List<CSLItemData>> sorted(CSL processor, MarkerFormat format,
                                                      AbbreviationProvider abbreviations, List<CSLItemData> items) {
        if (items.size() < 2) {
            return Optional.empty();
        }
        // one entry rendered shows the format the parsed style and locale, which the comparator needs
        processor.registerCitationItems(List.of(items.get(0).getId()), true);
        processor.makeBibliography();
        Optional<SSort.SortComparator> comparator = format.bibliographySort(abbreviations);
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
