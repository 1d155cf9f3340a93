package org.bibfolio.app;

import java.util.List;
import java.util.Optional;
import org.bibfolio.model.Folding;
import org.bibfolio.model.GivenName;
import org.bibfolio.model.Owner;
import org.bibfolio.model.Spelling;
import org.bibfolio.model.PersonName;

/**
 * Finds authors who look like the library's owner but match none of the owner's variants: a misspelt own name is
 * the classic CV bug, since the CV then fails to bold it. The rule, on names with case and accents folded:
 * <ul>
 *   <li>same family name and a given name that starts with the same letter and is one edit away (two for names
 *       of six letters or more: "Lbin", "Libing"), a prefix of the other ("Li" for "Libin"), or only initials;</li>
 *   <li>or the same given name and a family name one edit away ("Zhou, Libin");</li>
 *   <li>or family and given names swapped ("Libin, Zhu").</li>
 * </ul>
 * Names written exactly as a variant, and initials the owner's variants accept ("Zhu, L."), are fine. Names in the
 * {@code not-owner} setting (real people with a similar name) are left alone.
 */
final class OwnerNameCheck {

    private final Owner owner;
    private final List<PersonName> notOwner;
    private final boolean hasFullNames;

    OwnerNameCheck(Owner owner, List<PersonName> notOwner) {
        this.owner = owner;
        this.notOwner = List.copyOf(notOwner);
        this.hasFullNames = owner.variants().stream().anyMatch(variant -> !GivenName.of(variant).isInitials());
    }

    /**
     * Whether {@link #lookalike} can find anything: only a variant with a full given name is compared. A library
     * without an owner (most of TeX Live's) has its names left unparsed by this rule.
     */
    boolean canFindLookalikes() {
        return hasFullNames;
    }

    /** The owner variant {@code name} seems to be a misspelling of, if any. */
    Optional<PersonName> lookalike(PersonName name) {
        boolean written = owner.variants().stream().anyMatch(variant -> sameName(variant, name));
        boolean abbreviated = GivenName.of(name).isInitials() && owner.isOwner(name);
        if (written || abbreviated || notOwner.stream().anyMatch(other -> sameName(other, name))) {
            return Optional.empty();
        }
        // An initials variant ("Zhu, L.") makes the model accept "Zhu, Lbin" as the owner, but the typo is still
        // in the file, so a full given name is compared with the full-name variants only.
        return owner.variants().stream().filter(variant -> !GivenName.of(variant).isInitials())
                .filter(variant -> looksLike(variant, name)).findFirst();
    }

    private static boolean looksLike(PersonName variant, PersonName name) {
        String family = Folding.foldName(variant.familyWithParticle());
        String given = Folding.foldName(variant.first());
        String otherFamily = Folding.foldName(name.familyWithParticle());
        String otherGiven = Folding.foldName(name.first());
        if (family.equals(otherFamily)) {
            return closeGiven(given, otherGiven);
        }
        boolean swapped = otherGiven.equals(family) && otherFamily.equals(given);
        boolean familyTypo = !given.isEmpty() && given.equals(otherGiven) && family.length() >= 3
                && distance(family, otherFamily) <= 1;
        return swapped || familyTypo;
    }

    private static boolean closeGiven(String a, String b) {
        if (a.isEmpty() || b.isEmpty() || a.charAt(0) != b.charAt(0)) {
            return false;
        }
        String plainA = a.replaceAll("[^\\p{L}]", "");
        String plainB = b.replaceAll("[^\\p{L}]", "");
        boolean initials = a.matches("(\\p{L}[ -]?)+") && plainA.length() <= 3
                || b.matches("(\\p{L}[ -]?)+") && plainB.length() <= 3;
        int allowed = Math.max(plainA.length(), plainB.length()) >= 6 ? 2 : 1;
        return initials || plainA.startsWith(plainB) || plainB.startsWith(plainA)
                || distance(plainA, plainB) <= allowed;
    }

    private static boolean sameName(PersonName a, PersonName b) {
        return Folding.foldName(a.familyWithParticle()).equals(Folding.foldName(b.familyWithParticle()))
                && Folding.foldName(a.first()).equals(Folding.foldName(b.first()));
    }

    /** Edit distance with adjacent transpositions ("Lbiin" is one slip from "Libin"). */
    static int distance(String a, String b) {
        return Spelling.distance(a, b);
    }

    /** "Zhu, Libin": the form people search their .bib for. */
    static String written(PersonName name) {
        return name.first().isEmpty() ? name.familyWithParticle() : name.familyWithParticle() + ", " + name.first();
    }
}
