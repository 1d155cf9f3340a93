package org.bibfolio.model;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The researcher whose CV this is, under every variant of the name they publish as. */
public record Owner(List<PersonName> variants) {

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
        return Arrays.stream(given.strip().split("[-\\s]+")).allMatch(word -> word.matches("\\p{L}\\.?"));
    }

    /** Lower case, accents removed, punctuation and spacing unified: "Zhu", "ZHU" and "Zhù" fold alike. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[\\s.]+", " ").strip();
    }
}
