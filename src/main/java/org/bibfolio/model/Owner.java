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
public final class Owner {

    public static final Owner NOBODY = new Owner(List.of());

    private final List<PersonName> variants;
    /** Each variant with its family's spellings and given name, folded once: a CV asks about every name it prints. */
    private final List<Variant> folded;
    private final boolean anySpelledOut;

    public Owner(List<PersonName> variants) {
        this.variants = List.copyOf(variants);
        this.folded = this.variants.stream().map(Variant::of).toList();
        this.anySpelledOut = folded.stream().anyMatch(variant -> variant.given().startsSpelledOut());
    }

    public List<PersonName> variants() {
        return variants;
    }

    /** True when {@code name} is one of the owner's variants, by the rules above. */
    public boolean isOwner(PersonName name) {
        if (variants.isEmpty() || name.isOthers()) {
            return false;
        }
        List<String> family = Folding.nameSpellings(name.familyWithParticle());
        List<Variant> sameFamily = folded.stream()
                .filter(variant -> !Collections.disjoint(family, variant.family()))
                .filter(variant -> sameSuffix(variant.name().jr(), name.jr()))
                .toList();
        if (sameFamily.isEmpty()) {
            return false;
        }
        GivenName given = GivenName.of(name);
        boolean spelledOut = given.startsSpelledOut() && anySpelledOut;
        return sameFamily.stream().map(Variant::given)
                .filter(variant -> !spelledOut || variant.startsSpelledOut())
                .anyMatch(variant -> variant.matches(given));
    }

    private static boolean sameSuffix(String a, String b) {
        return a.isEmpty() || b.isEmpty() || Folding.nameSpellings(a).equals(Folding.nameSpellings(b));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Owner owner && owner.variants.equals(variants);
    }

    @Override
    public int hashCode() {
        return variants.hashCode();
    }

    @Override
    public String toString() {
        return "Owner" + variants;
    }

    private record Variant(PersonName name, List<String> family, GivenName given) {
        static Variant of(PersonName name) {
            return new Variant(name, Folding.nameSpellings(name.familyWithParticle()), GivenName.of(name));
        }
    }
}
