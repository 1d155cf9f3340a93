package org.bibfolio.style.format;

import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The scripts a LaTeX document must set in a font of their own, and the runs of text in them. A run starts and ends
 * with a letter of its script and takes in the spaces and punctuation between two such letters, so a right-to-left
 * title is one run, set right to left as a whole, not word by word.
 */
final class ScriptRuns {

    /** A script and the command that sets a run of it ({@code \bibfolioarabic{…}}, defined by the preamble). */
    enum Script {
        CJK("bibfoliocjk"), ARABIC("bibfolioarabic"), HEBREW("bibfoliohebrew");

        final String command;

        Script(String command) {
            this.command = command;
        }
    }

    private ScriptRuns() {
    }

    /** The script of {@code c} among those bibfolio sets apart, if it is one of them. */
    static Optional<Script> of(int c) {
        if (c < 0x0590) {
            return Optional.empty();
        }
        return switch (Character.UnicodeScript.of(c)) {
            case HAN, HIRAGANA, KATAKANA, HANGUL, BOPOMOFO -> Optional.of(Script.CJK);
            case ARABIC -> Optional.of(Script.ARABIC);
            case HEBREW -> Optional.of(Script.HEBREW);
            // marks shared by scripts (the long vowel mark ー, the Arabic comma) belong to the block they sit in
            case COMMON -> ofBlock(Character.UnicodeBlock.of(c));
            default -> Optional.empty();
        };
    }

    private static Optional<Script> ofBlock(Character.UnicodeBlock block) {
        if (block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION || block == Character.UnicodeBlock.HIRAGANA
                || block == Character.UnicodeBlock.KATAKANA || block == Character.UnicodeBlock.CJK_COMPATIBILITY
                || block == Character.UnicodeBlock.ENCLOSED_CJK_LETTERS_AND_MONTHS
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS) {
            return Optional.of(Script.CJK);
        }
        if (block == Character.UnicodeBlock.ARABIC || block == Character.UnicodeBlock.ARABIC_PRESENTATION_FORMS_A
                || block == Character.UnicodeBlock.ARABIC_PRESENTATION_FORMS_B) {
            return Optional.of(Script.ARABIC);
        }
        return block == Character.UnicodeBlock.HEBREW ? Optional.of(Script.HEBREW) : Optional.empty();
    }

    /**
     * {@code text} with each run of a script in {@code wrapped} written {@code \command{…}}: each run and each
     * stretch between runs goes through {@code escape} on its own.
     */
    static String wrap(String text, Set<Script> wrapped, UnaryOperator<String> escape) {
        if (wrapped.isEmpty()) {
            return escape.apply(text);
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        int plainStart = 0;
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            Optional<Script> script = of(c).filter(wrapped::contains);
            if (script.isEmpty()) {
                i += Character.charCount(c);
                continue;
            }
            int end = runEnd(text, i, script.get());
            out.append(escape.apply(text.substring(plainStart, i)));
            out.append('\\').append(script.get().command).append('{')
                    .append(run(text.substring(i, end), escape)).append('}');
            plainStart = end;
            i = end;
        }
        return out.append(escape.apply(text.substring(plainStart))).toString();
    }

    /**
     * A run's text, its punctuation in the main font ({@code {\\rmfamily .}}): script fonts lack most of it (Noto
     * Serif Hebrew has no full stop), and the initial of a name ({@code ד. כהן}) needs one.
     */
    private static String run(String text, UnaryOperator<String> escape) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int start = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            if (of(c).isEmpty() && isNeutral(c) && Character.getType(c) != Character.SPACE_SEPARATOR) {
                out.append(escape.apply(text.substring(start, i))).append("{\\rmfamily ")
                        .append(escape.apply(text.substring(i, next))).append('}');
                start = next;
            }
            i = next;
        }
        return out.append(escape.apply(text.substring(start))).toString();
    }

    /** Where the run of {@code script} that starts at {@code start} ends: after its last letter of that script. */
    private static int runEnd(String text, int start, Script script) {
        int end = start;
        int i = start;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            Optional<Script> own = of(c);
            boolean inherited = Character.UnicodeScript.of(c) == Character.UnicodeScript.INHERITED;
            if (own.isPresent() && own.get() == script || inherited && end == i) {
                i += Character.charCount(c);
                end = i;
            } else if (own.isEmpty() && isNeutral(c)) {
                i += Character.charCount(c);
            } else {
                break;
            }
        }
        return end;
    }

    private static boolean isNeutral(int c) {
        return switch (Character.getType(c)) {
            case Character.SPACE_SEPARATOR, Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION,
                    Character.START_PUNCTUATION, Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }
}
