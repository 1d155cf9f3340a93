package org.bibfolio.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One person's name, split into the four parts BibTeX 0.99 knows ({@code {ff} {vv} {ll} {jj}}),
 * each already decoded to Unicode. An absent part is the empty string, as in BibTeX.
 */
public record PersonName(String first, String von, String last, String jr) {

    /** The BibTeX {@code others} placeholder of "and others". */
    public static final PersonName OTHERS = new PersonName("", "", "others", "");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** The scripts whose names are written family name first, without a comma and without initials. */
    private static final Set<Character.UnicodeScript> FAMILY_FIRST_SCRIPTS = Set.of(Character.UnicodeScript.HAN,
            Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA, Character.UnicodeScript.HANGUL,
            Character.UnicodeScript.BOPOMOFO);

    public PersonName {
        first = first.strip();
        von = von.strip();
        last = last.strip();
        jr = jr.strip();
    }

    public boolean isOthers() {
        // the fields, not equals(OTHERS): a record's equals is bootstrapped on first use, a cost at every start
        return last.equals(OTHERS.last) && first.isEmpty() && von.isEmpty() && jr.isEmpty();
    }

    /**
     * True for a name written in a script whose names put the family name first (Chinese, Japanese, Korean: 田中花子).
     * The CSL specification writes such names family then given, never inverted with a comma and never initialled,
     * whatever the style asks of names in Latin, Greek or Cyrillic script; every letter of the name must be in one
     * of those scripts (a romanised "Tanaka Hanako" is written as the style says).
     */
    public boolean writtenFamilyFirst() {
        String letters = (first + last).codePoints().filter(Character::isLetter)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return !letters.isEmpty() && letters.codePoints()
                .allMatch(c -> FAMILY_FIRST_SCRIPTS.contains(Character.UnicodeScript.of(c)));
    }

    /** "田中花子": the family name and the given name of a {@link #writtenFamilyFirst} name, with nothing between. */
    public String familyThenGiven() {
        return familyWithParticle() + first;
    }

    /** "L." for "Libin", "P.-E." for "Pierre-Emmanuel", "J. R. R." for "J. R. R.". */
    public String initials() {
        List<String> words = new ArrayList<>();
        for (String word : WHITESPACE.split(first)) {
            if (word.isEmpty()) {
                continue;
            }
            List<String> pieces = new ArrayList<>();
            for (String piece : word.split("-")) {
                if (!piece.isEmpty()) {
                    pieces.add(piece.codePoints().limit(1)
                            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                            + ".");
                }
            }
            words.add(String.join("-", pieces));
        }
        return String.join(" ", words);
    }

    /** The family name as printed: "van der Berg", "Zhu". */
    public String familyWithParticle() {
        return von.isEmpty() ? last : von + " " + last;
    }

    /** "First von Last, Jr" — how a person would write the name ("田中花子" for a {@link #writtenFamilyFirst} one). */
    public String display() {
        if (writtenFamilyFirst()) {
            return familyThenGiven();
        }
        StringBuilder out = new StringBuilder();
        if (!first.isEmpty()) {
            out.append(first).append(' ');
        }
        out.append(familyWithParticle());
        if (!jr.isEmpty()) {
            out.append(", ").append(jr);
        }
        return out.toString();
    }
}
