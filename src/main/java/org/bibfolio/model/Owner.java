package org.bibfolio.model;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The researcher whose CV this is, under every variant of the name they publish as. */
public record Owner(List<PersonName> variants) {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES_AND_DOTS = Pattern.compile("[\\s.]+");
    private static final Pattern WORD_BREAK = Pattern.compile("[-\\s]+");
    private static final Pattern INITIAL = Pattern.compile("\\p{L}\\.?");

    public static final Owner NOBODY = new Owner(List.of());

    public Owner {
        variants = List.copyOf(variants);
    }

    /**
     * True when {@code name} is one of the owner's variants. Family names and particles must match (accents and
     * case folded); given names match in full, or as initials when either side gives only initials.
     */
    public boolean isOwner(PersonName name) {
        return variants.stream().anyMatch(variant -> sameFamily(variant, name) && compatibleGiven(variant, name));
    }

    private static boolean sameFamily(PersonName a, PersonName b) {
        return fold(a.familyWithParticle()).equals(fold(b.familyWithParticle()));
    }

    private static boolean compatibleGiven(PersonName a, PersonName b) {
        String givenA = fold(a.first());
        String givenB = fold(b.first());
        if (givenA.equals(givenB)) {
            return true;
        }
        boolean initialsOnly = isInitials(a.first()) || isInitials(b.first());
        return initialsOnly && fold(a.initials()).equals(fold(b.initials()));
    }

    /** "L.", "J. R. R." and "P.-E." are initials; "Libin" is not. */
    private static boolean isInitials(String given) {
        return Arrays.stream(WORD_BREAK.split(given.strip())).allMatch(word -> INITIAL.matcher(word).matches());
    }

    /** Lower case, accents removed, punctuation and spacing unified: "Zhu", "ZHU" and "Zhù" fold alike. */
    public static String fold(String text) {
        String decomposed = isAscii(text) ? text
                : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return SPACES_AND_DOTS.matcher(decomposed.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** Names are folded for every author of every entry the index or a style sees: skip the Unicode work for ASCII. */
    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
