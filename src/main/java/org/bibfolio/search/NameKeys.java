package org.bibfolio.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.bibfolio.model.Folding;
import org.bibfolio.model.GivenName;
import org.bibfolio.model.PersonName;

/**
 * How a person's name is indexed: folded keywords (no analysis, never stemmed) in three fields, built so that a
 * term lookup gives exactly the model's rule for given names ({@link GivenName#matches}).
 * <ul>
 *   <li>{@code author_word}: every word of the name ("mikhail", "belkin"; "cisneros-velarde", "cisneros",
 *       "velarde"), in each spelling ("müller": "muller", "mueller")
 *   <li>{@code author_family}: the family name with and without its particle ("van der berg", "berg") and, for a
 *       double family name, each half ("garcia lopez", "garcia", "lopez")
 *   <li>{@code author_name}: the family name and the given name's parts, {@code family|part part…}; see below
 * </ul>
 * An {@code author_name} key spells each given part as one token: a full part as itself ("maria") or as its
 * letter ("m"), a written initial as its letter with a dot ("m.") or without. Every shorter prefix of the given name
 * gets its keys ("garcia|maria", "garcia|m"), the whole given name its keys with an end mark ("garcia|maria jose $",
 * "garcia|m j $"…), except that a prefix ending inside a hyphenated name ("li" of "Li-Bin") is keyed only with its
 * initial. A query spells a full part as itself or as a written initial, an initial as the bare letter, and looks
 * up the keys of its whole given name with and without the end mark, and of its shorter prefixes with it
 * ({@link #queryTerms}). So two full parts meet only when equal, an initial meets any part with its letter, and
 * the shorter of two names may stop where the model lets it.
 */
final class NameKeys {

    static final String WORD = "author_word";
    static final String FAMILY = "author_family";
    static final String NAME = "author_name";

    private static final String END = " $";
    private static final Pattern HYPHENS = Pattern.compile("-+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[.,;-]+|[.,;-]+$");

    private NameKeys() {
    }

    static Map<String, Set<String>> of(PersonName name) {
        Map<String, Set<String>> keys = new LinkedHashMap<>();
        for (String field : List.of(WORD, FAMILY, NAME)) {
            keys.put(field, new LinkedHashSet<>());
        }
        keys.get(WORD).addAll(words(name.first() + " " + name.familyWithParticle()));
        List<String> families = families(name);
        keys.get(FAMILY).addAll(families);
        GivenName given = GivenName.of(name);
        for (String family : families) {
            for (GivenName.Reading reading : given.readings()) {
                if (reading.joined()) {
                    keys.get(NAME).add(family + "|" + reading.parts().get(0).text());
                } else {
                    keys.get(NAME).addAll(indexKeys(family, reading.parts()));
                }
            }
        }
        return keys;
    }

    /** Every word of a name, in each spelling, without the dots of initials; a hyphenated word also by halves. */
    static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String spelling : Folding.spellings(text)) {
            for (String word : SPACES.split(spelling)) {
                String bare = word(word);
                words.add(bare);
                if (bare.contains("-")) {
                    words.addAll(List.of(HYPHENS.split(bare)));
                }
            }
        }
        words.remove("");
        return words;
    }

    /** A folded word as the index keeps it: "m." as "m", "garcia," as "garcia". */
    static String word(String folded) {
        return EDGE_PUNCTUATION.matcher(folded).replaceAll("");
    }

    /**
     * The family names an author is found under: with and without particles, each half of a double name, and without
     * the suffix old .bib files brace into it ("Frank G. {Bennett, Jr.}" is found as "Frank Bennett").
     */
    static List<String> families(PersonName name) {
        Set<String> families = new LinkedHashSet<>(Folding.nameSpellings(name.familyWithParticle()));
        int comma = name.last().indexOf(',');
        String last = comma > 0 ? name.last().substring(0, comma) : name.last();
        for (String spelling : Folding.nameSpellings(last)) {
            families.add(spelling);
            if (spelling.contains(" ")) {
                families.addAll(List.of(spelling.split(" ")));
            }
        }
        families.remove("");
        return List.copyOf(families);
    }

    /** The {@code author_name} terms a query name looks up: any one of them present means the names match. */
    static Set<String> queryTerms(List<String> families, GivenName given) {
        Set<String> terms = new LinkedHashSet<>();
        for (GivenName.Reading reading : given.readings()) {
            List<GivenName.Part> parts = reading.parts();
            if (reading.joined()) {
                families.forEach(family -> terms.add(family + "|" + parts.get(0).text() + END));
                continue;
            }
            List<String> whole = spell(parts, parts.size(), false, true);
            List<String> stops = new ArrayList<>();
            for (int length = 1; length < parts.size(); length++) {
                spell(parts, length, false, parts.get(length - 1).endsWord()).forEach(s -> stops.add(s + END));
            }
            for (String family : families) {
                whole.forEach(s -> {
                    terms.add(family + "|" + s);
                    terms.add(family + "|" + s + END);
                });
                stops.forEach(s -> terms.add(family + "|" + s));
            }
        }
        return terms;
    }

    private static List<String> indexKeys(String family, List<GivenName.Part> parts) {
        List<String> keys = new ArrayList<>();
        for (int length = 1; length <= parts.size(); length++) {
            boolean whole = length == parts.size();
            List<String> spelt = spell(parts, length, true, whole || parts.get(length - 1).endsWord());
            spelt.forEach(s -> keys.add(family + "|" + s + (whole ? END : "")));
        }
        return keys;
    }

    /**
     * Every spelling of the first {@code length} parts, one token per part: for the index a full part as itself or
     * its letter and an initial as "m." or "m"; for a query a full part as itself or "m." and an initial as "m". When
     * the last part may not end a name here ({@code mayStop} false: inside "Li-Bin"), it is never spelt in full.
     */
    private static List<String> spell(List<GivenName.Part> parts, int length, boolean index, boolean mayStop) {
        List<String> spellings = List.of("");
        for (int i = 0; i < length; i++) {
            GivenName.Part part = parts.get(i);
            String letter = part.letter();
            boolean spellOut = mayStop || i < length - 1;
            List<String> tokens;
            if (index) {
                tokens = part.initial() ? List.of(letter + ".", letter)
                        : spellOut ? List.of(part.text(), letter) : List.of(letter);
            } else {
                tokens = part.initial() ? List.of(letter)
                        : spellOut ? List.of(part.text(), letter + ".") : List.of(letter + ".");
            }
            List<String> longer = new ArrayList<>(spellings.size() * tokens.size());
            for (String prefix : spellings) {
                for (String token : tokens) {
                    longer.add(prefix.isEmpty() ? token : prefix + " " + token);
                }
            }
            spellings = longer;
        }
        return spellings;
    }
}
