package org.bibfolio.style.csl;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.bibfolio.model.PersonList;
import org.bibfolio.model.Publication;

/**
 * A guess at a style's bibliography order, made cheaply from our model (names, year, title; reversed when the style's
 * first sort key is descending), so that {@link CslBibliography} hands citeproc-java's comparator a list that is
 * nearly sorted already: a merge sort then needs about one comparison per item, and each comparison renders the sort
 * keys of two items. The comparator alone decides the order; a wrong guess only costs time.
 */
final class RegistrationOrder {

    private record Keyed(Publication publication, CollationKey key) { }

    private RegistrationOrder() {
    }

    static List<Publication> of(List<Publication> publications, CslStyle style) {
        Collator collator = Collator.getInstance(Locale.forLanguageTag(style.locale()));
        // keyed by position: a record's hashCode would hash every field of the publication
        List<Keyed> keyed = publications.stream().map(p -> new Keyed(p, collator.getCollationKey(sortText(p))))
                .toList();
        Comparator<Keyed> order = Comparator.comparing(Keyed::key);
        return keyed.stream().sorted(style.sortsDescending() ? order.reversed() : order).map(Keyed::publication)
                .toList();
    }

    private static String sortText(Publication p) {
        PersonList people = p.authors().isEmpty() ? p.editors() : p.authors();
        String names = people.names().stream().map(n -> n.last() + " " + n.initials())
                .collect(Collectors.joining(" "));
        return names + "\u0001" + p.year().map(String::valueOf).orElse("") + "\u0001" + p.title();
    }
}
