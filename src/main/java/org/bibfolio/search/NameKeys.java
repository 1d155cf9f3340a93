package org.bibfolio.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.bibfolio.model.PersonName;

/**
 * How a person's name is indexed, so that "Belkin", "M. Belkin", "Mikhail Belkin" and "Belkin, Mikhail" all find
 * it: folded keywords (no analysis, no stemming) in five fields.
 * <ul>
 *   <li>{@code author_word}: every word of the name ("mikhail", "belkin"; "cisneros-velarde", "cisneros", "velarde")
 *   <li>{@code author_family}: the family name with and without its particle ("van der berg", "berg")
 *   <li>{@code author_full}: family and full given name ("belkin|mikhail")
 *   <li>{@code author_init}: family and first initial ("belkin|m"), for every author
 *   <li>{@code author_initonly}: the same, only for authors the library gives by initials ("M. Belkin")
 * </ul>
 * Every value is also indexed in its umlaut-free German spelling ("müller" → "mueller").
 */
final class NameKeys {

    static final String WORD = "author_word";
    static final String FAMILY = "author_family";
    static final String FULL = "author_full";
    static final String INITIAL = "author_init";
    static final String INITIAL_ONLY = "author_initonly";

    private static final Pattern HYPHENS = Pattern.compile("-+");
    private static final Pattern GIVEN_BREAK = Pattern.compile("[.\\-\\s]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private NameKeys() {
    }

    static Map<String, Set<String>> of(PersonName name) {
        Map<String, Set<String>> keys = new LinkedHashMap<>();
        for (String field : List.of(WORD, FAMILY, FULL, INITIAL, INITIAL_ONLY)) {
            keys.put(field, new LinkedHashSet<>());
        }
        List<String> families = new ArrayList<>(forms(name.familyWithParticle()));
        if (!name.von().isEmpty()) {
            families.addAll(forms(name.last()));
        }
        keys.get(FAMILY).addAll(families);
        for (String form : forms(name.first() + " " + name.familyWithParticle())) {
            for (String word : form.split(" ")) {
                if (!word.isEmpty()) {
                    keys.get(WORD).add(word);
                    if (word.contains("-")) {
                        keys.get(WORD).addAll(List.of(HYPHENS.split(word)));
                    }
                }
            }
        }
        List<String> givens = forms(given(name.first()));
        if (givens.get(0).isEmpty()) {
            return keys;
        }
        String initial = initial(givens.get(0));
        for (String family : families) {
            givens.forEach(given -> keys.get(FULL).add(family + "|" + given));
            keys.get(INITIAL).add(family + "|" + initial);
            if (isInitials(name.first())) {
                keys.get(INITIAL_ONLY).add(family + "|" + initial);
            }
        }
        return keys;
    }

    /** A given name as compared: folded, dots and hyphens as spaces ("Pierre-Emmanuel" → "pierre emmanuel"). */
    static String given(String given) {
        return GIVEN_BREAK.matcher(given).replaceAll(" ").strip();
    }

    static String initial(String foldedGiven) {
        return foldedGiven.isEmpty() ? "" : foldedGiven.substring(0, 1);
    }

    /** "M.", "J. R. R." and "P.-E." are initials; "Mikhail" and "MA" are not. */
    static boolean isInitials(String given) {
        return !given.isBlank() && Arrays.stream(GIVEN_BREAK.split(given.strip()))
                .allMatch(word -> word.codePointCount(0, word.length()) == 1);
    }

    /** The folded text and, when it has umlauts, its German spelling: the forms a key is indexed under. */
    static List<String> forms(String text) {
        List<String> forms = new ArrayList<>();
        forms.add(SPACES.matcher(Folding.fold(text)).replaceAll(" ").strip());
        Folding.umlautVariant(text).map(v -> SPACES.matcher(v).replaceAll(" ").strip()).ifPresent(forms::add);
        return forms;
    }
}
