package org.bibfolio.style.format;

import java.util.Optional;
import org.bibfolio.style.Label;

/**
 * LaTeX: an {@code itemize} list per section, an {@code enumerate} when the style numbers its lists (a fragment to {@code \input}), or with {@code --standalone} a document
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

    /** {@code \href} needs {@code %}, {@code #} and {@code \} escaped in its URL, and nothing else. */
    @Override
    protected String link(String target, String content) {
        String url = target.replace("\\", "\\\\").replace("%", "\\%").replace("#", "\\#");
        return "\\href{" + url + "}{" + content + "}";
    }

    @Override
    protected String heading(String text) {
        return "\\section*{" + escape(text, false) + "}\n";
    }

    /**
     * A numbered list is a plain {@code enumerate} (base LaTeX) whose label is the style's form around
     * {@code \\theenumi}. A descending list counts up as enumerate always does and shows
     * {@code first + 1 - enumi}, so {@code \\ref} and the label agree; a number that skips sets the counter.
     */
    @Override
    protected String listStart(Optional<NumberedList> numbered) {
        if (numbered.isEmpty()) {
            return "\\begin{itemize}\n";
        }
        Label first = numbered.get().first();
        StringBuilder out = new StringBuilder("\\begin{enumerate}\n");
        if (numbered.get().descending()) {
            out.append("  \\renewcommand{\\theenumi}{\\number\\numexpr ").append(first.number() + 1)
                    .append("-\\value{enumi}\\relax}\n");
        } else if (first.number() != 1) {
            out.append("  \\setcounter{enumi}{").append(first.number() - 1).append("}\n");
        }
        out.append("  \\renewcommand{\\labelenumi}{").append(escape(first.prefix(), false)).append("\\theenumi")
                .append(escape(first.suffix(), false)).append("}\n");
        return out.toString();
    }

    @Override
    protected String item(Optional<NumberedList> numbered, Optional<Label> label, boolean followsOn, String content) {
        if (label.isPresent()) {
            int number = label.get().number();
            String counter = followsOn ? "" : "  \\setcounter{enumi}{"
                    + numbered.filter(NumberedList::descending)
                    .map(list -> list.first().number() - number).orElse(number - 1) + "}\n";
            return counter + "  \\item " + content + "\n";
        }
        // an entry that starts with "[" would be read as \\item's optional label: {} ends \\item first
        return "  \\item" + (content.startsWith("[") ? "{}" : "") + " " + content + "\n";
    }

    @Override
    protected String listEnd(Optional<NumberedList> numbered) {
        return numbered.isPresent() ? "\\end{enumerate}\n" : "\\end{itemize}\n";
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
