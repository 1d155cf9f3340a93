package org.bibfolio.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One person's name, split into the four parts BibTeX 0.99 knows ({@code {ff} {vv} {ll} {jj}}),
 * each already decoded to Unicode. An absent part is the empty string, as in BibTeX.
 */
public record PersonName(String first, String von, String last, String jr) {

    /** The BibTeX {@code others} placeholder of "and others". */
    public static final PersonName OTHERS = new PersonName("", "", "others", "");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    public PersonName {
        first = first.strip();
        von = von.strip();
        last = last.strip();
        jr = jr.strip();
    }

    public boolean isOthers() {
        return this.equals(OTHERS);
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

    /** "First von Last, Jr" — how a person would write the name. */
    public String display() {
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
