package org.bibfolio.style.format;

import java.util.Optional;
import org.bibfolio.model.SafeLink;

/**
 * LaTeX: an {@code itemize} list per section (a fragment to {@code \input}), or with {@code --standalone} a document
 * that pdflatex compiles with only base packages. Every special character is escaped; non-ASCII stays UTF-8.
 */
public final class LatexFormat extends MarkupFormat {

    @Override
    public String id() {
        return "latex";
    }

    /**
     * In a link's text, a line may also break after each single {@code /}: a long URL written out (DOIs, NeurIPS
     * pages) is one unbreakable word otherwise, runs past the margin and is cut off in the PDF.
     */
    @Override
    protected String escape(String text, boolean inLinkText) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pathSlash = inLinkText && c == '/' && (i == 0 || text.charAt(i - 1) != '/')
                    && (i + 1 == text.length() || text.charAt(i + 1) != '/');
            out.append(pathSlash ? "/\\allowbreak{}" : switch (c) {
                case '&', '%', '$', '#', '_', '{', '}' -> "\\" + c;
                case '~' -> "\\textasciitilde{}";
                case '^' -> "\\textasciicircum{}";
                case '\\' -> "\\textbackslash{}";
                case '–' -> "--";
                case '—' -> "---";
                case '\u00A0' -> "~";
                // author marks: \dag works in every LaTeX, a UTF-8 † only where inputenc maps it
                case '\u2020' -> "\\dag{}";
                case '\u2021' -> "\\ddag{}";
                default -> String.valueOf(c);
            });
        }
        return out.toString();
    }

    @Override
    protected String emph(String content) {
        return "\\emph{" + content + "}";
    }

    @Override
    protected String strong(String content) {
        return "\\textbf{" + content + "}";
    }

    /**
     * The URL of an {@code \href} holds only characters that mean nothing to TeX even where the link sits in another
     * command's argument ({@code \textbf{\href{…}{…}}}): letters, digits and URL punctuation, with {@code %} and
     * {@code #} escaped; anything else ({@code \ { } $ ^}, spaces, non-ASCII) is percent-encoded, the same URL to a
     * browser and inert to TeX, so no field can close the argument and run a command.
     */
    @Override
    protected String link(String target, String content) {
        String url = SafeLink.percentEncoded(target,
                c -> c < 0x80 && (Character.isLetterOrDigit(c) || "-._~:/?@!*+,;=&'()[]%#".indexOf(c) >= 0));
        return "\\href{" + url.replace("%", "\\%").replace("#", "\\#") + "}{" + content + "}";
    }

    @Override
    protected String heading(String text) {
        return "\\section*{" + escape(text, false) + "}\n";
    }

    @Override
    protected String listStart(boolean numbered) {
        return "\\begin{itemize}\n";
    }

    @Override
    protected String item(Optional<String> label, String content) {
        // an entry that starts with "[" (IEEE's "[1] ") would be read as \\item's optional label: {} ends \\item first
        String guard = label.isEmpty() && content.startsWith("[") ? "{}" : "";
        return "  \\item" + label.map(l -> "[{[" + l + "]}]").orElse(guard) + " " + content + "\n";
    }

    @Override
    protected String listEnd(boolean numbered) {
        return "\\end{itemize}\n";
    }

    @Override
    protected String documentStart() {
        return """
                \\documentclass{article}
                \\usepackage[T1]{fontenc}
                \\usepackage[utf8]{inputenc}
                \\usepackage{lmodern}
                \\usepackage[hidelinks]{hyperref}
                \\emergencystretch=3em
                \\begin{document}
                """;
    }

    @Override
    protected String documentEnd() {
        return "\\end{document}\n";
    }
}
