package org.bibfolio.style.format;

import java.util.regex.Pattern;

/**
 * Where a line must not break inside a name: after an initial ("L.~Zhu", "M.~J.~García", "J.-P.~Serre") and between
 * a family name and the initials that follow it ("Zhu,~L."). TeX's tie and HTML's no-break space do this; styles
 * write plain spaces (CSL styles too), so the formats that break lines put the ties in.
 */
final class Ties {

    /**
     * A space after a one-letter initial that starts a word or follows another initial ("M. J."), or after the
     * second half of a hyphenated one, whose case follows the given name ("J.-P.", "M.-j." for Min-jun).
     */
    private static final Pattern AFTER_INITIAL =
            Pattern.compile("(?<=(?:(?:^|[\\s(.])\\p{Lu}|-\\p{L})\\.) (?=\\p{L})");
    /** The space of "Zhu, L." in family-first names. */
    private static final Pattern BEFORE_INITIALS = Pattern.compile("(?<=\\p{L},) (?=\\p{Lu}\\.(?:[\\s,;)\\-]|$))");

    private Ties() {
    }

    /** The text with a no-break space (U+00A0) where a line must not break. */
    static String tie(String text) {
        if (text.indexOf('.') < 0) {
            return text;
        }
        String tied = AFTER_INITIAL.matcher(text).replaceAll("\u00A0");
        return BEFORE_INITIALS.matcher(tied).replaceAll("\u00A0");
    }
}
