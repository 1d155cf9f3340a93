package org.bibfolio.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How the index and queries compare text: lower case, accents removed, letters without a decomposition spelt out
 * in ASCII (ß → ss, ø → o, ł → l, æ → ae). "Müller", "MÜLLER" and "Muller" fold alike; so do "Dvořák" and "Dvorak".
 */
final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Folding() {
    }

    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (isAscii(lower)) {
            return lower;
        }
        String stripped = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder out = new StringBuilder(stripped.length());
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            out.append(switch (c) {
                case 'ß' -> "ss";
                case 'æ' -> "ae";
                case 'œ' -> "oe";
                case 'ø' -> "o";
                case 'ł' -> "l";
                case 'đ', 'ð' -> "d";
                case 'þ' -> "th";
                case 'ı' -> "i";
                default -> String.valueOf(c);
            });
        }
        return out.toString();
    }

    /**
     * The German spelling without umlauts ("Müller" → "mueller"), when the text has an umlaut; indexed beside the
     * plain folding so that {@code author:mueller} finds Müller as well as {@code author:muller} does.
     */
    static Optional<String> umlautVariant(String text) {
        String lower = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
        if (lower.indexOf('ä') < 0 && lower.indexOf('ö') < 0 && lower.indexOf('ü') < 0) {
            return Optional.empty();
        }
        return Optional.of(fold(lower.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")));
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }
}
