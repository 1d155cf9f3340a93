package org.bibfolio.style.csl;

import java.text.Collator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.bibfolio.model.Folding;
import org.bibfolio.model.PersonList;
import org.bibfolio.model.Publication;

/**
 * CSL's year-suffix disambiguation, which citeproc-java does not implement (upstream issue #336): works by the same
 * authors in the same year get 2022a, 2022b… ordered by title, as APA asks and as CSL's bibliography sort by author,
 * date and title gives. "Same authors" means the whole list, since a style that disambiguates by adding names
 * resolves works whose lists differ only after "et al." without a suffix.
 */
final class YearSuffixes {

    private YearSuffixes() {
    }

    /** Key → suffix, for the publications that need one; {@code styleLocale} only chooses how the collator is made. */
    static Map<String, String> assign(List<Publication> publications, Locale styleLocale) {
        Map<String, List<Publication>> groups = new LinkedHashMap<>();
        for (Publication p : publications) {
            groups.computeIfAbsent(groupKey(p), k -> new ArrayList<>()).add(p);
        }
        Collator collator = english(styleLocale);
        Map<String, String> suffixes = new HashMap<>();
        for (List<Publication> group : groups.values()) {
            if (group.size() > 1) {
                // collation keys made once per title: comparing strings with the collator redoes the work each time
                List<Publication> ordered = group.stream()
                        .map(p -> Map.entry(collator.getCollationKey(p.title().toLowerCase(Locale.ROOT)), p))
                        .sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
                for (int i = 0; i < ordered.size(); i++) {
                    suffixes.put(ordered.get(i).key(), letters(i));
                }
            }
        }
        return suffixes;
    }

    /**
     * English collation. The JDK makes every English locale's collator from the same rules (equal collators), so for
     * an English style this is the style locale's, which the JDK keeps once made and citeproc-java's sort makes
     * anyway: building a collator's tables is most of this class's time.
     */
    private static Collator english(Locale styleLocale) {
        return Collator.getInstance(styleLocale.getLanguage().equals("en") ? styleLocale : Locale.ENGLISH);
    }

    private static String groupKey(Publication p) {
        PersonList people = p.authors().isEmpty() ? p.editors() : p.authors();
        String names = people.names().stream()
                .map(n -> Folding.fold(n.familyWithParticle() + "|" + n.initials() + "|" + n.jr()))
                .collect(Collectors.joining(";"));
        return names + (people.truncated() ? ";others" : "") + "#" + p.year().map(String::valueOf).orElse("");
    }

    /** a … z, then aa, ab … as CSL numbers them. */
    private static String letters(int index) {
        String letter = String.valueOf((char) ('a' + index % 26));
        return index < 26 ? letter : letters(index / 26 - 1) + letter;
    }
}
