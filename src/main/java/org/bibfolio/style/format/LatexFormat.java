package org.bibfolio.style.format;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bibfolio.model.SafeLink;
import org.bibfolio.style.Label;
import org.bibfolio.style.RenderedSection;

/**
 * LaTeX: an {@code itemize} list per section, an {@code enumerate} when the style numbers its lists (a fragment to
 * {@code \input}), or with {@code --standalone} a whole document. Every special character is escaped; non-ASCII
 * stays UTF-8; math and commands bibfolio does not know are written as the library wrote them. The first line names
 * the engine ({@code % !TEX program = lualatex}, which editors such as TeXShop, TeXstudio and VS Code's LaTeX Workshop
 * follow): pdflatex where its base packages set the text, else LuaLaTeX with Noto fonts, or the one {@code --engine}
 * asks for. A fragment lists in comments the preamble lines it needs; a document has them.
 */
public final class LatexFormat extends MarkupFormat {

    private final LatexEngine engine;
    private final List<String> libraryDefinitions;
    private final Set<ScriptRuns.Script> ownFonts;

    /** The lightest engine for the text, for a library without {@code @preamble}. */
    public LatexFormat() {
        this(LatexEngine.AUTO, List.of());
    }

    /**
     * @param libraryDefinitions the command definitions of the library's {@code @preamble}, one each, which a
     *                           document includes when they are {@link InertTex inert}
     */
    public LatexFormat(LatexEngine engine, List<String> libraryDefinitions) {
        this.engine = engine;
        this.libraryDefinitions = List.copyOf(libraryDefinitions);
        // right-to-left runs need their direction set on every engine that sets them; CJK needs its own font only
        // on XeTeX, which has no font fallback (LuaLaTeX falls back to Noto Serif CJK by itself)
        this.ownFonts = engine == LatexEngine.XELATEX ? EnumSet.allOf(ScriptRuns.Script.class)
                : EnumSet.of(ScriptRuns.Script.ARABIC, ScriptRuns.Script.HEBREW);
    }

    @Override
    public String render(List<RenderedSection> sections, boolean headings, boolean standalone) {
        String body = super.render(sections, headings, false);
        String text = body + String.join("\n", libraryDefinitions);
        LatexEngine chosen = engine.resolve(text);
        List<String> preamble = LatexPreamble.lines(chosen, sections, text, libraryDefinitions);
        StringBuilder out = new StringBuilder("% !TEX program = ").append(chosen.id()).append('\n');
        if (standalone) {
            out.append("\\documentclass{article}\n");
            preamble.forEach(line -> out.append(line).append('\n'));
            out.append("\\begin{document}\n").append(body).append("\\end{document}\n");
        } else {
            out.append("% bibfolio fragment: \\input it in a document whose preamble has these lines\n");
            preamble.forEach(line -> out.append("%   ").append(line).append('\n'));
            out.append(body);
        }
        return out.toString();
    }

    @Override
    public String id() {
        return "latex";
    }

    /**
     * In a link's text, a line may also break after each single {@code /}: a long URL written out (DOIs, NeurIPS
     * pages) is one unbreakable word otherwise, runs past the margin and is cut off in the PDF.
     */
    @Override
    protected String escape(String plain, boolean inLinkText) {
        // a tie (U+00A0, written ~) keeps an initial with its name at a line break
        return ScriptRuns.wrap(Ties.tie(plain), ownFonts, run -> escapeCharacters(run, inLinkText));
    }

    private static String escapeCharacters(String text, boolean inLinkText) {
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

    /** {@code \emph} inside {@code \emph} is upright in LaTeX. */
    @Override
    protected String upright(String content) {
        return emph(content);
    }

    @Override
    protected boolean writesItalicsAsLatex() {
        return true;
    }

    @Override
    protected String strong(String content) {
        return "\\textbf{" + content + "}";
    }

    /** The formula as the library wrote it: LaTeX is where it is at home (unless it is not {@link InertTex}). */
    @Override
    protected String math(String source, String text, boolean inLinkText) {
        return InertTex.isInert(source) ? "$" + source + "$" : escape("$" + source + "$", inLinkText);
    }

    /**
     * The command as written: the library's {@code @preamble}, which {@code --standalone} includes, may define it. A
     * command that could read files, run programs or redefine TeX ({@link InertTex}) is written as text.
     */
    @Override
    protected String latex(String source, String text, boolean inLinkText) {
        return InertTex.isInert(source) ? source : escape(source, inLinkText);
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
}
