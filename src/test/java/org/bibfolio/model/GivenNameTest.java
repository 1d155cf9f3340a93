package org.bibfolio.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which given names may be one person's: what must match, and what must not. */
class GivenNameTest {

    private static boolean matches(String a, String b) {
        boolean forward = GivenName.of(a, "Garcia").matches(GivenName.of(b, "Garcia"));
        assertEquals(forward, GivenName.of(b, "Garcia").matches(GivenName.of(a, "Garcia")), "symmetric");
        return forward;
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "Maria         | María José",      // a name may leave off its later given names
        "Maria         | M. J.",
        "María José    | M. J.",
        "María José    | M.J.",
        "María José    | MJ",              // initials without periods
        "María José    | M J",
        "Maria         | M.",
        "Mario         | M.",              // an initial cannot tell Maria from Mario
        "M. J.         | M.",
        "María J.      | M. José",
        "Jean-Pierre   | J.-P.",
        "Jean-Pierre   | J. P.",
        "Jean-Pierre   | J.",              // "J." may stand for the whole hyphenated name
        "Jean-Pierre   | Jean Pierre",
        "Li-Bin        | Libin",           // spelt out, hyphens and spaces inside a given name do not matter
        "Li Bin        | Libin",
        "Jürgen        | Juergen",         // the native spelling of an umlaut
        "Jürgen        | Jurgen",
        "Søren         | Soeren",
        "Łukasz        | Lukasz",
        "Ayşe          | Ayse",
        "Chr.          | Christian",       // an abbreviation is its initial
        "J. R. R.      | John Ronald Reuel",
        "D’Arcy        | D'Arcy",          // a typographic apostrophe
    })
    void matchingGivenNames(String a, String b) {
        assertTrue(matches(a, b));
    }

    @ParameterizedTest(name = "{0} ≁ {1}")
    @CsvSource(delimiter = '|', value = {
        "Maria         | Mario",
        "Maria         | Mario J.",
        "María José    | María Luisa",
        "M. J.         | M. A.",
        "M. J.         | María Luisa",
        "José          | María José",      // the first given name must agree: "José" is not found as a middle name
        "Li            | Libin",
        "Li            | Li-Bin",          // not half of a hyphenated name
        "Jean          | Jean-Pierre",
        "Jean          | Jean-P.",
        "Juergen       | Jurgen",          // we cannot know that "ue" was an umlaut on both sides
        "Maria         | ''",              // no given name is not any given name
    })
    void givenNamesThatMustNotMatch(String a, String b) {
        assertFalse(matches(a, b));
    }

    @Test
    void capitalsAreInitialsOnlyInANameThatIsNotAllCapitals() {
        assertTrue(GivenName.of("MJ", "Garcia").isInitials());
        assertFalse(GivenName.of("LI", "ZHU").isInitials());
        assertFalse(GivenName.of("Li", "Zhu").isInitials());
    }

    @Test
    void initialsAndFirstWords() {
        assertTrue(GivenName.of("J.-P.", "Dupont").isInitials());
        assertFalse(GivenName.of("María J.", "García").isInitials());
        assertFalse(GivenName.of("", "García").isInitials());
        assertTrue(GivenName.of("María J.", "García").startsSpelledOut());
        assertFalse(GivenName.of("M. José", "García").startsSpelledOut());
        assertEquals(Optional.of("maria"), GivenName.of("María José", "García").firstWord());
        assertEquals(Optional.of("li-bin"), GivenName.of("Li-Bin", "Zhu").firstWord());
        assertEquals(Optional.empty(), GivenName.of("M. José", "García").firstWord());
    }

    @Test
    void readingsAsWrittenInNativeSpellingAndRunTogether() {
        List<GivenName.Reading> readings = GivenName.of("Hans-Jürgen", "Müller").readings();
        assertEquals(List.of(
                new GivenName.Reading(List.of(part("hans", false), part("jurgen", true)), false),
                new GivenName.Reading(List.of(part("hans", false), part("juergen", true)), false),
                new GivenName.Reading(List.of(part("hansjurgen", true)), true)), readings);
    }

    @Test
    void onlyFourPartsCount() {
        assertEquals(GivenName.MAX_PARTS,
                GivenName.of("A. B. C. D. E.", "Smith").readings().get(0).parts().size());
        assertTrue(matches("A. B. C. D. E.", "A. B. C. D. F."));
    }

    private static GivenName.Part part(String text, boolean endsWord) {
        return new GivenName.Part(text, false, endsWord);
    }
}
