package org.bibfolio.style.format;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.bibfolio.style.Inline;
import org.bibfolio.style.RenderedEntry;
import org.bibfolio.style.RenderedSection;

/**
 * What a LaTeX export needs before {@code \begin{document}}, decided by what it holds: the engine's font set-up,
 * amsmath and amssymb when there is math, hyperref, the command definitions of the library's {@code @preamble} that
 * cannot read files, run programs or redefine TeX (nothing else of it: no {@code \input}), and a harmless definition
 * of each command the library uses but bibfolio does not know (after the preamble, so the library's own wins).
 *
 * <p>XeLaTeX: Noto Serif, and Noto Serif CJK for each CJK run. LuaLaTeX: Noto Serif (Latin, Greek, Cyrillic,
 * Vietnamese), with luaotfload fallback fonts only for the scripts the text has (Noto Serif CJK, Noto Sans Math and
 * Symbols, Noto Color Emoji). Both: Arabic and Hebrew runs in Noto Naskh Arabic / Noto Serif Hebrew, right to left.
 * Each font is used only if it is installed ({@code \IfFontExistsTF}), so a machine without one still compiles,
 * with that script missing.
 */
final class LatexPreamble {

    private LatexPreamble() {
    }

    /** The preamble lines for {@code engine} (resolved) and the rendered {@code body}. */
    static List<String> lines(LatexEngine engine, List<RenderedSection> sections, String body, List<String> library) {
        List<String> lines = new ArrayList<>(fonts(engine, body));
        Map<String, Integer> commands = new TreeMap<>();
        boolean[] math = {false};
        for (RenderedSection section : sections) {
            for (RenderedEntry entry : section.entries()) {
                walk(entry.content(), inline -> {
                    if (inline instanceof Inline.Math) {
                        math[0] = true;
                    } else if (inline instanceof Inline.Latex latex) {
                        command(latex.source(), commands);
                    }
                });
            }
        }
        if (math[0]) {
            lines.add("\\usepackage{amsmath,amssymb}");
        }
        lines.add("\\usepackage[hidelinks]{hyperref}");
        lines.add("\\emergencystretch=3em");
        List<String> safe = library.stream().filter(LatexPreamble::isInert).toList();
        if (!library.isEmpty()) {
            lines.add("% the library's @preamble: its command definitions" + (safe.size() < library.size()
                    ? ", but " + (library.size() - safe.size()) + " that could read files or run programs" : ""));
            safe.forEach(definition -> definition.lines().forEach(lines::add));
        }
        if (!commands.isEmpty()) {
            lines.add("% commands the library uses without defining them: their arguments print as they are");
            // LaTeX refuses to define a name that starts with "end" (texbook3.bib's \\endtoenglish): plain TeX does it
            commands.forEach((name, arguments) -> lines.add(name.startsWith("end")
                    ? "\\ifdefined\\" + name + "\\else\\def\\" + name + parameters(arguments) + "{"
                            + parameters(arguments) + "}\\fi"
                    : "\\providecommand{\\" + name + "}" + (arguments > 0 ? "[" + arguments + "]" : "") + "{"
                            + parameters(arguments) + "}"));
        }
        return lines;
    }

    private static List<String> fonts(LatexEngine engine, String body) {
        Scripts scripts = Scripts.of(body);
        return switch (engine) {
            case LUALATEX -> luaFonts(scripts);
            case XELATEX -> {
                List<String> lines = new ArrayList<>(List.of("\\usepackage{fontspec}",
                        "\\IfFontExistsTF{Noto Serif}{\\setmainfont{Noto Serif}}{}"));
                if (scripts.cjk()) {
                    // XeTeX has no font fallback: LatexFormat wraps each CJK run, which breaks between any two
                    // characters as CJK text does; the font change ends with the run's group
                    lines.add(family("bibfoliocjkfont", "", "Noto Serif CJK SC", "Noto Sans CJK SC"));
                    lines.add("\\newcommand*\\bibfoliocjk[1]{{\\bibfoliocjkfont\\XeTeXlinebreaklocale \"zh\""
                            + "\\XeTeXlinebreakskip=0pt plus 1pt #1}}");
                }
                if (scripts.arabic() || scripts.hebrew()) {
                    lines.add("\\TeXXeTstate=1"); // for \beginR … \endR
                }
                rightToLeft(scripts, lines, "", "\\beginR #1\\endR");
                yield lines;
            }
            default -> List.of("\\usepackage[T1]{fontenc}", "\\usepackage[utf8]{inputenc}", "\\usepackage{lmodern}");
        };
    }

    private static List<String> luaFonts(Scripts scripts) {
        List<String> fallbacks = new ArrayList<>();
        if (scripts.cjk()) {
            fallbacks.add("Noto Serif CJK SC");
        }
        if (scripts.symbols()) {
            fallbacks.addAll(List.of("Noto Sans Math", "Noto Sans Symbols", "Noto Sans Symbols2"));
        }
        if (scripts.emoji()) {
            fallbacks.add("Noto Color Emoji");
        }
        List<String> lines = new ArrayList<>(List.of("\\usepackage{fontspec}"));
        if (fallbacks.isEmpty()) {
            lines.add("\\IfFontExistsTF{Noto Serif}{\\setmainfont{Noto Serif}}{}");
        } else {
            lines.add("\\newcommand*\\bibfoliofallbacks{}");
            lines.add("\\newcommand*\\bibfoliofallback[1]{\\IfFontExistsTF{#1}"
                    + "{\\edef\\bibfoliofallbacks{\\bibfoliofallbacks\"#1:mode=harf;\",}}{}}");
            lines.add(fallbacks.stream().map(font -> "\\bibfoliofallback{" + font + "}").reduce("", String::concat));
            lines.add("\\directlua{luaotfload.add_fallback(\"bibfolio\", {\\bibfoliofallbacks})}");
            lines.add("\\IfFontExistsTF{Noto Serif}{\\setmainfont{Noto Serif}[RawFeature={fallback=bibfolio}]}{}");
        }
        rightToLeft(scripts, lines, ",Renderer=HarfBuzz", "\\textdir TRT #1");
        return lines;
    }

    /**
     * Arabic and Hebrew runs (wrapped by LatexFormat) in a font of their script, set right to left as one run:
     * {@code body} is the engine's way to do that with the run {@code #1}. A fallback font would set the letters but
     * not their direction, so a title would read word by word from the wrong end.
     */
    private static void rightToLeft(Scripts scripts, List<String> lines, String features, String body) {
        if (!scripts.arabic() && !scripts.hebrew()) {
            return;
        }
        if (scripts.arabic()) {
            rightToLeft(lines, "bibfolioarabic", "Arabic", features, body, "Noto Naskh Arabic", "Noto Sans Arabic");
        }
        if (scripts.hebrew()) {
            rightToLeft(lines, "bibfoliohebrew", "Hebrew", features, body, "Noto Serif Hebrew", "Noto Sans Hebrew");
        }
    }

    /** {@code \command{run}}; {@code \leavevmode} first, so a list item's label stays left to right. */
    private static void rightToLeft(List<String> lines, String command, String script, String features, String body,
            String... fonts) {
        lines.add(family(command + "font", "Script=" + script + features, fonts));
        lines.add("\\newcommand*\\" + command + "[1]{{\\leavevmode\\" + command + "font" + body + "}}");
    }

    /** {@code \name} selects the first installed of {@code fonts}, or changes nothing when none is. */
    private static String family(String name, String features, String... fonts) {
        String none = "\\let\\" + name + "\\relax";
        String chosen = none;
        for (int i = fonts.length - 1; i >= 0; i--) {
            chosen = "\\IfFontExistsTF{" + fonts[i] + "}{\\newfontfamily\\" + name + "{" + fonts[i] + "}"
                    + (features.isEmpty() ? "" : "[" + features + "]") + "}{" + chosen + "}";
        }
        return chosen;
    }

    /** A definition whose name, arguments and body are {@link InertTex inert}: the command that defines aside. */
    private static boolean isInert(String definition) {
        return InertTex.isInert(DEFINES.matcher(definition).replaceFirst(""));
    }

    /** The command that makes a definition of the library's ({@code PreambleMacros.latexDefinitions}). */
    private static final Pattern DEFINES = Pattern.compile(
            "^(\\\\providecommand\\{\\\\[A-Za-z]+}\\{})?\\\\(providecommand|renewcommand)");

    /** The name and the number of brace groups of a command as the library wrote it ({@code \acro{NASA}}). */
    private static void command(String source, Map<String, Integer> commands) {
        int end = 1;
        while (end < source.length() && Character.isLetter(source.charAt(end))) {
            end++;
        }
        if (source.startsWith("\\emph{")) {
            return; // an italic span, which LaTeX defines
        }
        String rest = source.substring(end);
        int groups = rest.equals("{}") ? 0 : countGroups(rest);
        commands.merge(source.substring(1, end), Math.min(groups, 9), Math::max);
    }

    private static int countGroups(String text) {
        int depth = 0;
        int groups = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{' && depth++ == 0) {
                groups++;
            } else if (c == '}') {
                depth--;
            }
        }
        return groups;
    }

    private static String parameters(int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            out.append('#').append(i);
        }
        return out.toString();
    }

    private static void walk(List<Inline> inlines, Consumer<Inline> visit) {
        for (Inline inline : inlines) {
            visit.accept(inline);
            if (inline instanceof Inline.Emph emph) {
                walk(emph.children(), visit);
            } else if (inline instanceof Inline.Strong strong) {
                walk(strong.children(), visit);
            } else if (inline instanceof Inline.Link link) {
                walk(link.children(), visit);
            }
        }
    }

    /** Which fonts a text needs, by the scripts and symbols in it. */
    private record Scripts(boolean cjk, boolean arabic, boolean hebrew, boolean symbols, boolean emoji) {

        static Scripts of(String text) {
            Set<ScriptRuns.Script> seen = EnumSet.noneOf(ScriptRuns.Script.class);
            boolean symbols = false;
            boolean emoji = false;
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                i += Character.charCount(c);
                if (c < 0x80) {
                    continue;
                }
                Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
                Optional<ScriptRuns.Script> script = ScriptRuns.of(c);
                if (isEmoji(c, block)) {
                    emoji = true;
                } else if (script.isPresent()) {
                    seen.add(script.get());
                } else if (Character.getType(c) == Character.MATH_SYMBOL || Character.getType(c) == Character.OTHER_SYMBOL
                        || block == Character.UnicodeBlock.LETTERLIKE_SYMBOLS
                        || block == Character.UnicodeBlock.MATHEMATICAL_ALPHANUMERIC_SYMBOLS) {
                    symbols = true;
                }
            }
            return new Scripts(seen.contains(ScriptRuns.Script.CJK), seen.contains(ScriptRuns.Script.ARABIC),
                    seen.contains(ScriptRuns.Script.HEBREW), symbols, emoji);
        }

        private static boolean isEmoji(int c, Character.UnicodeBlock block) {
            return c == 0xFE0F || c == 0x200D || block == Character.UnicodeBlock.EMOTICONS
                    || block == Character.UnicodeBlock.MISCELLANEOUS_SYMBOLS_AND_PICTOGRAPHS
                    || block == Character.UnicodeBlock.TRANSPORT_AND_MAP_SYMBOLS
                    || block == Character.UnicodeBlock.SUPPLEMENTAL_SYMBOLS_AND_PICTOGRAPHS
                    || block == Character.UnicodeBlock.SYMBOLS_AND_PICTOGRAPHS_EXTENDED_A
                    || block == Character.UnicodeBlock.MISCELLANEOUS_SYMBOLS || block == Character.UnicodeBlock.DINGBATS;
        }
    }
}
