package org.bibfolio.bibtex;

import java.util.ArrayList;
import java.util.List;
import org.bibfolio.model.PersonList;
import org.bibfolio.model.PersonName;

/**
 * Splits a raw BibTeX author or editor field into names the way BibTeX 0.99 does ({@code bibtex.web}: the name
 * scanning behind {@code num.names$} and {@code format.name$}). The field is split on the raw text, so braces and
 * commands still protect and decide case; each part is then decoded with {@link LatexDecoder}. The cases in
 * {@code src/test/resources/fixtures/names.tsv} were checked against BibTeX 0.99d itself, including its surprises
 * ("Martin Luther King, Jr." has First "Jr.", "Bj\o rn" is two words).
 *
 * <p>Where this departs from BibTeX, on purpose:
 * <ul>
 *   <li>Letters outside ASCII count by their Unicode case. BibTeX only knows A–Z and a–z, so in a UTF-8 file it
 *       would take "Émile" for a lower-case (von) word; bibtexu and Biber fix this the same way.</li>
 *   <li>Blank names ("A and and B") are skipped instead of becoming empty names.</li>
 *   <li>A name that is just {@code others} (any case, anywhere in the list) is not a person: it sets
 *       {@link PersonList#truncated()}. BibTeX styles only look for it last; earlier it is a typo for the same.</li>
 * * </ul>
 */
public final class NameParser {

    private NameParser() {
    }

    public static PersonList parse(String rawField) {
        List<PersonName> names = new ArrayList<>();
        boolean truncated = false;
        for (String raw : splitOnAnd(rawField)) {
            String name = raw.strip();
            if (name.equalsIgnoreCase("others")) {
                truncated = true;
            } else {
                NameTokens.of(name).map(NameParser::parts).ifPresent(names::add);
            }
        }
        return names.isEmpty() && !truncated ? PersonList.EMPTY : new PersonList(names, truncated);
    }

    /** The names of a field: split on "and" between spaces, in any case, outside braces. */
    static List<String> splitOnAnd(String field) {
        List<String> names = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && isAnd(field, i)) {
                names.add(field.substring(start, i));
                start = i + 3;
                i += 2;
            }
        }
        names.add(field.substring(start));
        return names;
    }

    private static boolean isAnd(String field, int i) {
        return i > 0 && i + 3 < field.length()
                && NameTokens.isSpace(field.charAt(i - 1))
                && field.regionMatches(true, i, "and", 0, 3)
                && NameTokens.isSpace(field.charAt(i + 3));
    }

    /** First, von, Last and Jr, found as BibTeX's "Determine where the first name ends and von starts". */
    private static PersonName parts(NameTokens tokens) {
        int count = tokens.size();
        if (tokens.commas() == 0) {
            int vonStart = 0;
            while (vonStart < count - 1 && !tokens.isVon(vonStart)) {
                vonStart++;
            }
            int vonEnd;
            if (vonStart < count - 1) {
                vonEnd = vonEnd(tokens, vonStart, count);
            } else {
                // No von: Last is the last word, with the words hyphenated to it ("Dupont-Durand").
                while (vonStart > 0 && tokens.separatorBefore(vonStart) == '-') {
                    vonStart--;
                }
                vonEnd = vonStart;
            }
            return new PersonName(tokens.text(0, vonStart), tokens.text(vonStart, vonEnd),
                    tokens.text(vonEnd, count), "");
        }
        int lastEnd = tokens.comma(0);
        int firstStart = tokens.commas() == 2 ? tokens.comma(1) : lastEnd;
        int vonEnd = vonEnd(tokens, 0, lastEnd);
        return new PersonName(tokens.text(firstStart, count), tokens.text(0, vonEnd),
                tokens.text(vonEnd, lastEnd), tokens.text(lastEnd, firstStart));
    }

    /** Where von ends: after its last lower-case word, always leaving at least one word for Last. */
    private static int vonEnd(NameTokens tokens, int vonStart, int lastEnd) {
        int vonEnd = Math.max(vonStart, lastEnd - 1);
        while (vonEnd > vonStart && !tokens.isVon(vonEnd - 1)) {
            vonEnd--;
        }
        return vonEnd;
    }
}
