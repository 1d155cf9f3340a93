package org.bibfolio.model;

import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one way bibfolio compares text that people spell in many ways: owner matching, the search index and its
 * queries, coauthor and venue grouping, and citation keys all fold with it. Its input is Unicode (LaTeX is decoded
 * before): {@code M{\"u}ller}, "Müller" in NFC or NFD, and "MÜLLER" all fold to "muller".
 * <ul>
 *   <li>NFKD, then accents (combining marks on Latin, Greek and Cyrillic letters) removed: "Dvořák" → "dvorak";
 *       compatibility forms become plain letters: the ligatures "ﬁ", "ﬂ", "ĳ" of text pasted from a PDF → "fi",
 *       "fl", "ij"; full-width "Ｇ" → "g". Marks of other scripts (Devanagari vowel signs, Japanese dakuten) stay:
 *       they are parts of letters there, not accents.
 *   <li>Letters that NFKD leaves alone are spelt in ASCII: ß → ss, æ → ae, œ → oe, ø → o, å → a (via NFKD),
 *       ł → l, đ and ð → d, þ → th, ı → i, ħ → h, ŧ → t, ŋ → n, ĸ → q, and a few African letters (ɓ ɗ ƙ ƴ).
 *       These are the spellings an English-language bibliography uses.
 *   <li>Typographic apostrophes become {@code '}, Unicode hyphens become {@code -}, soft hyphens and zero-width
 *       characters (PDF copy-paste debris) go.
 * </ul>
 * The German and Scandinavian spellings (ä → ae, ø → oe, å → aa) are not the plain folding, since "Muller" is
 * how most English-language venues print Müller; {@link #spellings} gives them beside it for names.
 */
public final class Folding {

    private static final Map<Integer, String> SPELT_OUT = Map.ofEntries(
            Map.entry((int) 'ß', "ss"), Map.entry((int) 'ẞ', "SS"), Map.entry((int) 'æ', "ae"),
            Map.entry((int) 'Æ', "AE"), Map.entry((int) 'œ', "oe"), Map.entry((int) 'Œ', "OE"),
            Map.entry((int) 'ø', "o"), Map.entry((int) 'Ø', "O"), Map.entry((int) 'ł', "l"),
            Map.entry((int) 'Ł', "L"), Map.entry((int) 'đ', "d"), Map.entry((int) 'Đ', "D"),
            Map.entry((int) 'ð', "d"), Map.entry((int) 'Ð', "D"), Map.entry((int) 'þ', "th"),
            Map.entry((int) 'Þ', "Th"), Map.entry((int) 'ı', "i"), Map.entry((int) 'ȷ', "j"),
            Map.entry((int) 'ħ', "h"), Map.entry((int) 'Ħ', "H"), Map.entry((int) 'ŧ', "t"),
            Map.entry((int) 'Ŧ', "T"), Map.entry((int) 'ŋ', "n"), Map.entry((int) 'Ŋ', "N"),
            Map.entry((int) 'ĸ', "q"), Map.entry((int) 'ɓ', "b"), Map.entry((int) 'Ɓ', "B"),
            Map.entry((int) 'ɗ', "d"), Map.entry((int) 'Ɗ', "D"), Map.entry((int) 'ƙ', "k"),
            Map.entry((int) 'Ƙ', "K"), Map.entry((int) 'ƴ', "y"), Map.entry((int) 'Ƴ', "Y"),
            Map.entry(0x2018, "'"), Map.entry(0x2019, "'"), Map.entry(0x02BC, "'"), Map.entry(0x2010, "-"),
            Map.entry(0x00AD, ""), Map.entry(0x200B, ""), Map.entry(0x200C, ""), Map.entry(0x200D, ""),
            Map.entry(0xFEFF, ""));

    /** Scripts whose combining marks are accents that a reader may leave off. */
    private static final Set<UnicodeScript> ACCENTED = Set.of(UnicodeScript.LATIN, UnicodeScript.GREEK,
            UnicodeScript.CYRILLIC, UnicodeScript.COMMON);

    /** Letters with a second, native ASCII spelling: the German umlauts and the Scandinavian ø and å. */
    private static final Map<Character, String> NATIVE = Map.of('ä', "ae", 'ö', "oe", 'ü', "ue", 'ø', "oe",
            'å', "aa");

    private static final Pattern NAME_PUNCTUATION = Pattern.compile("[\\s.\\-]+");

    private Folding() {
    }

    /** Lower case, accents removed, letters spelt in ASCII: "Łukasz" → "lukasz", "Weiß" → "weiss". */
    public static String fold(String text) {
        return letters(text).toLowerCase(Locale.ROOT);
    }

    /** {@link #fold} keeping the case: "Łukasz Kaiser" → "Lukasz Kaiser" (for citation keys). */
    public static String letters(String text) {
        if (isAscii(text)) {
            return text;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        UnicodeScript base = UnicodeScript.COMMON;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (isMark(cp)) {
                if (!ACCENTED.contains(base)) {
                    out.appendCodePoint(cp);
                }
                continue;
            }
            base = UnicodeScript.of(cp);
            String spelt = SPELT_OUT.get(cp);
            if (spelt != null) {
                out.append(spelt);
            } else {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    /**
     * The folded text, and after it the native spelling of its umlauts when it has any ("Müller" → "muller",
     * "mueller"; "Søren" → "soren", "soeren"): the forms under which a name is indexed and compared, so that
     * {@code mueller} and {@code muller} both find Müller, and an owner written "Müller" is bold as "Mueller".
     */
    public static List<String> spellings(String text) {
        String folded = fold(text);
        String lower = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
        StringBuilder nativeSpelling = new StringBuilder(lower.length());
        boolean changed = false;
        for (int i = 0; i < lower.length(); i++) {
            String spelt = NATIVE.get(lower.charAt(i));
            changed |= spelt != null;
            nativeSpelling.append(spelt != null ? spelt : String.valueOf(lower.charAt(i)));
        }
        if (!changed) {
            return List.of(folded);
        }
        String nativeFolded = fold(nativeSpelling.toString());
        return nativeFolded.equals(folded) ? List.of(folded) : List.of(folded, nativeFolded);
    }

    /**
     * The {@link #spellings} of a family name (or a name suffix) with hyphens, dots and spacing alike:
     * "Cisneros-Velarde" and "Cisneros Velarde" compare equal, as do "St. John" and "St John".
     */
    public static List<String> nameSpellings(String name) {
        return spellings(name).stream().map(Folding::unpunctuated).distinct().toList();
    }

    /** {@link #fold}, then hyphens, dots and spacing alike: "P.-E. Dupont" → "p e dupont". */
    public static String foldName(String name) {
        return unpunctuated(fold(name));
    }

    private static String unpunctuated(String folded) {
        return NAME_PUNCTUATION.matcher(folded).replaceAll(" ").strip();
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
