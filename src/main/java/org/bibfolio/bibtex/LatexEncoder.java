package org.bibfolio.bibtex;

/**
 * Plain Unicode text as a BibTeX value: LaTeX's special characters escaped so the value means what the text says
 * (non-ASCII letters stay UTF-8, which BibTeX 8-bit, biber and bibfolio read), and capitalised words in titles
 * protected, so a style that lowercases titles keeps "BERT", "GPUs" and "McDonald".
 */
public final class LatexEncoder {

    private LatexEncoder() {
    }

    /** Escapes {@code & % $ # _ { } ~ ^ \}. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&', '%', '$', '#', '_', '{', '}' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                case '\\' -> out.append("\\textbackslash{}");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Braces each word that has a capital after its first letter ({@code {SGD}}, {@code {iPhone}}), outside math,
     * commands and groups that are already braced. A word with one leading capital is left to the style.
     */
    public static String protectCapitals(String latex) {
        StringBuilder out = new StringBuilder(latex.length() + 16);
        int depth = 0;
        boolean math = false;
        int i = 0;
        while (i < latex.length()) {
            char c = latex.charAt(i);
            if (c == '\\' && i + 1 < latex.length()) {
                int end = i + 1;
                while (end < latex.length() && Character.isLetter(latex.charAt(end))) {
                    end++;
                }
                end = Math.max(end, i + 2);
                out.append(latex, i, end);
                i = end;
                continue;
            }
            if (c == '{' || c == '}') {
                depth += c == '{' ? 1 : -1;
            } else if (c == '$') {
                math = !math;
            } else if (depth == 0 && !math && Character.isLetterOrDigit(c)) {
                int end = i;
                while (end < latex.length() && Character.isLetterOrDigit(latex.charAt(end))) {
                    end++;
                }
                String word = latex.substring(i, end);
                out.append(hasInnerCapital(word) ? "{" + word + "}" : word);
                i = end;
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static boolean hasInnerCapital(String word) {
        for (int i = 1; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
