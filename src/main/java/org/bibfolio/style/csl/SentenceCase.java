package org.bibfolio.style.csl;

import java.util.List;
import java.util.Locale;
import org.bibfolio.model.ProtectedSpan;

/**
 * Turns a title written in BibTeX's title case into the sentence case that CSL expects of its data (styles such as
 * Chicago turn it back into title case themselves). The rule is the one pandoc applies when it reads BibTeX, so both
 * agree: a word that is capitalized (one capital, then lower case: "Spikes", "A") is lowered, unless it starts the
 * title or a sentence (after {@code :}, {@code .}, {@code ?}, {@code !}), or lies in a protected span. Words with
 * other capitals ("SGD", "iPhone", "McDonald") are left alone; the first word gets a capital.
 */
final class SentenceCase {

    private SentenceCase() {
    }

    static String apply(String title, List<ProtectedSpan> kept) {
        StringBuilder out = new StringBuilder(title.length());
        boolean sentenceStart = true;
        int i = 0;
        while (i < title.length()) {
            int c = title.codePointAt(i);
            if (!Character.isLetterOrDigit(c)) {
                out.appendCodePoint(c);
                if (c == ':' || c == '.' || c == '?' || c == '!') {
                    sentenceStart = true;
                }
                i += Character.charCount(c);
                continue;
            }
            int end = i;
            while (end < title.length() && Character.isLetterOrDigit(title.codePointAt(end))) {
                end += Character.charCount(title.codePointAt(end));
            }
            String word = title.substring(i, end);
            int wordStart = i;
            boolean isProtected = kept.stream().anyMatch(span -> span.covers(wordStart));
            out.append(isProtected ? word : recase(word, sentenceStart));
            sentenceStart = false;
            i = end;
        }
        return out.toString();
    }

    private static String recase(String word, boolean sentenceStart) {
        if (sentenceStart) {
            boolean lower = word.codePoints().noneMatch(Character::isUpperCase);
            return lower ? word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1) : word;
        }
        return isCapitalized(word) ? word.toLowerCase(Locale.ROOT) : word;
    }

    private static boolean isCapitalized(String word) {
        int first = word.codePointAt(0);
        String rest = word.substring(Character.charCount(first));
        return Character.isUpperCase(first) && rest.codePoints().noneMatch(Character::isUpperCase);
    }
}
