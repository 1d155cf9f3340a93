package org.bibfolio.model;

import java.util.Collections;
import java.util.List;

/**
 * The researcher whose CV this is, under every variant of the name they publish as. An author is the owner when,
 * for one variant (README, "The owner"):
 * <ul>
 *   <li>the family names with their particles fold alike ({@link Folding#nameSpellings}: accents, case, ł/ø/ß,
 *       hyphens and dots; "Müller" also as "Mueller");
 *   <li>the name suffixes agree where both give one ("Jr." is not "Sr.");
 *   <li>the given names match by {@link GivenName#matches} ("Libin" ↔ "L." ↔ "L. B.", "Maria" ↔ "María José");
 *   <li>and, when the author's given name starts spelt out and some variant spells the owner's out too, that match
 *       is with a spelt-out variant: with {@code owner = Zhu, Libin and Zhu, L.} the coauthor "Li Zhu" is not the
 *       owner though "L." would allow it, because we know the owner's L. stands for Libin.
 * </ul>
 */
public record Owner(List<PersonName> variants) {

    public static final Owner NOBODY = new Owner(List.of());

    public Owner {
        variants = List.copyOf(variants);
    }

    /** True when {@code name} is one of the owner's variants, by the rules above. */
    public boolean isOwner(PersonName name) {
        if (variants.isEmpty() || name.isOthers()) {
            return false;
        }
        List<String> family = Folding.nameSpellings(name.familyWithParticle());
        List<PersonName> sameFamily = variants.stream()
                .filter(variant -> !Collections.disjoint(family, Folding.nameSpellings(variant.familyWithParticle())))
                .filter(variant -> sameSuffix(variant.jr(), name.jr()))
                .toList();
        if (sameFamily.isEmpty()) {
            return false;
        }
        GivenName given = GivenName.of(name);
        boolean spelledOut = given.startsSpelledOut()
                && variants.stream().anyMatch(variant -> GivenName.of(variant).startsSpelledOut());
        return sameFamily.stream().map(GivenName::of)
                .filter(variant -> !spelledOut || variant.startsSpelledOut())
                .anyMatch(variant -> variant.matches(given));
    }

    private static boolean sameSuffix(String a, String b) {
        return a.isEmpty() || b.isEmpty() || Folding.nameSpellings(a).equals(Folding.nameSpellings(b));
    }
}
