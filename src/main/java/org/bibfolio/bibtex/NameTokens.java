package org.bibfolio.bibtex;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The words of one raw BibTeX name, as BibTeX 0.99 scans them: words end at white space, {@code -} and {@code ~}
 * outside braces, a brace group belongs to the word around it, and up to two commas at brace level 0 split the
 * name into its comma-separated parts (a third comma only separates words, as in BibTeX).
 */
final class NameTokens {

    /** Special characters ({@code {\oe}}) that BibTeX knows to be lower case; their capitals are upper case. */
    private static final Set<String> LOWER_SPECIALS = Set.of("i", "j", "oe", "ae", "aa", "o", "l", "ss");
    private static final Set<String> UPPER_SPECIALS = Set.of("OE", "AE", "AA", "O", "L");

    private final List<String> words;
    /** The separator before each word: ' ', '-', '~' or ',' (none before the first word). */
    private final List<Character> separators;
    private final List<Integer> commas;

    private NameTokens(List<String> words, List<Character> separators, List<Integer> commas) {
        this.words = List.copyOf(words);
        this.separators = List.copyOf(separators);
        this.commas = List.copyOf(commas);
    }

    /** The words of {@code name}, or empty when it has none (blank, or only separators and commas). */
    static Optional<NameTokens> of(String name) {
        String trimmed = trim(name);
        List<String> words = new ArrayList<>();
        List<Character> separators = new ArrayList<>();
        List<Integer> commas = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char separator = ' ';
        int i = 0;
        while (i < trimmed.length()) {
            char c = trimmed.charAt(i);
            boolean boundary = c == ',' || isSpace(c) || c == '-' || c == '~';
            if (boundary) {
                if (word.length() > 0) {
                    words.add(word.toString());
                    separators.add(separator);
                    word.setLength(0);
                    separator = c == ',' ? ',' : isSpace(c) ? ' ' : c;
                }
                if (c == ',' && commas.size() < 2) {
                    commas.add(words.size());
                    separator = ',';
                }
                i++;
            } else if (c == '{') {
                int end = groupEnd(trimmed, i);
                word.append(trimmed, i, end);
                i = end;
            } else {
                word.append(c);
                i++;
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
            separators.add(separator);
        }
        return words.isEmpty() ? Optional.empty() : Optional.of(new NameTokens(words, separators, commas));
    }

    /** Drops what BibTeX drops around a name: spaces and separators, and trailing commas (BibTeX complains, then drops). */
    private static String trim(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && isJunk(name.charAt(start), false)) {
            start++;
        }
        while (end > start && isJunk(name.charAt(end - 1), true)) {
            end--;
        }
        return name.substring(start, end);
    }

    private static boolean isJunk(char c, boolean commaToo) {
        return isSpace(c) || c == '-' || c == '~' || (commaToo && c == ',');
    }

    /** The index just past the group opening at {@code open}, or the end of an unbalanced name. */
    private static int groupEnd(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i + 1;
            }
        }
        return text.length();
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    int size() {
        return words.size();
    }

    int commas() {
        return commas.size();
    }

    /** The number of words before comma {@code index} (0 or 1). */
    int comma(int index) {
        return commas.get(index);
    }

    char separatorBefore(int word) {
        return separators.get(word);
    }

    /** Words {@code from} (inclusive) to {@code to} (exclusive), rejoined with their hyphens, then decoded. */
    String text(int from, int to) {
        StringBuilder raw = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                raw.append(separators.get(k) == '-' ? '-' : ' ');
            }
            raw.append(words.get(k));
        }
        return LatexDecoder.decode(raw.toString());
    }

    /**
     * Whether word {@code index} starts with a lower-case letter, as BibTeX's {@code von_token_found} decides:
     * the first letter at brace level 0; a group opening with a command ({@code {\"u}}, {@code {\relax van}}) by
     * the special character it names or the first letter after the command; any other group has no case.
     */
    boolean isVon(int index) {
        String word = words.get(index);
        int i = 0;
        while (i < word.length()) {
            int c = word.codePointAt(i);
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                return false;
            }
            if (Character.isLowerCase(c)) {
                return true;
            }
            if (c == '{') {
                if (i + 3 < word.length() && word.charAt(i + 1) == '\\') {
                    return specialIsLower(word, i + 2);
                }
                i = groupEnd(word, i);
            } else {
                i += Character.charCount(c);
            }
        }
        return false;
    }

    /** The case of a special character, {@code from} just after its backslash. */
    private static boolean specialIsLower(String word, int from) {
        int i = from;
        while (i < word.length() && isAsciiLetter(word.charAt(i))) {
            i++;
        }
        String command = word.substring(from, i);
        if (LOWER_SPECIALS.contains(command)) {
            return true;
        }
        if (UPPER_SPECIALS.contains(command)) {
            return false;
        }
        int depth = 1;
        while (i < word.length() && depth > 0) {
            char c = word.charAt(i++);
            if (Character.isUpperCase(c)) {
                return false;
            }
            if (Character.isLowerCase(c)) {
                return true;
            }
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
