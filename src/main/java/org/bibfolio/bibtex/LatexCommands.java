package org.bibfolio.bibtex;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What {@link LatexDecoder} knows about LaTeX commands, by name (without the backslash). Kept apart from the
 * decoder so that adding a command is a one-line table change, not a change to the scanning logic.
 */
final class LatexCommands {

    private LatexCommands() {
    }

    /** An accent: the combining mark it puts on its argument, and what it prints over nothing ({@code \~{}}). */
    record Accent(char combining, String alone) {
    }

    private static final Map<String, Accent> ACCENTS = Map.ofEntries(
            Map.entry("\"", new Accent('\u0308', "\u00A8")),
            Map.entry("'", new Accent('\u0301', "\u00B4")),
            Map.entry("`", new Accent('\u0300', "`")),
            Map.entry("^", new Accent('\u0302', "^")),
            Map.entry("~", new Accent('\u0303', "~")),
            Map.entry("=", new Accent('\u0304', "\u00AF")),
            Map.entry(".", new Accent('\u0307', "\u02D9")),
            Map.entry("u", new Accent('\u0306', "\u02D8")),
            Map.entry("v", new Accent('\u030C', "\u02C7")),
            Map.entry("H", new Accent('\u030B', "\u02DD")),
            Map.entry("c", new Accent('\u0327', "\u00B8")),
            Map.entry("k", new Accent('\u0328', "\u02DB")),
            Map.entry("r", new Accent('\u030A', "\u02DA")),
            Map.entry("d", new Accent('\u0323', ".")),
            Map.entry("b", new Accent('\u0331', "_")),
            Map.entry("t", new Accent('\u0361', "")));

    /** Commands that stand for a fixed text: special letters, escaped specials, symbols, Greek and math signs. */
    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("i", "\u0131"), Map.entry("j", "\u0237"),
            Map.entry("l", "\u0142"), Map.entry("L", "\u0141"),
            Map.entry("o", "\u00F8"), Map.entry("O", "\u00D8"),
            Map.entry("oe", "\u0153"), Map.entry("OE", "\u0152"),
            Map.entry("ae", "\u00E6"), Map.entry("AE", "\u00C6"),
            Map.entry("aa", "\u00E5"), Map.entry("AA", "\u00C5"),
            // LaTeX prints \SS as two capital S (the upper case of ß in running text), not as U+1E9E.
            Map.entry("ss", "\u00DF"), Map.entry("SS", "SS"),
            Map.entry("dh", "\u00F0"), Map.entry("DH", "\u00D0"),
            Map.entry("th", "\u00FE"), Map.entry("TH", "\u00DE"),
            Map.entry("ng", "\u014B"), Map.entry("NG", "\u014A"),
            Map.entry("&", "&"), Map.entry("%", "%"), Map.entry("$", "$"), Map.entry("#", "#"),
            Map.entry("_", "_"), Map.entry("{", "{"), Map.entry("}", "}"),
            Map.entry("\\", " "), Map.entry(" ", " "), Map.entry(",", " "), Map.entry(";", " "),
            Map.entry(":", " "), Map.entry("quad", " "), Map.entry("qquad", " "),
            Map.entry("-", ""), Map.entry("/", ""), Map.entry("@", ""), Map.entry("!", ""),
            Map.entry("textbackslash", "\\"), Map.entry("textendash", "\u2013"),
            Map.entry("textemdash", "\u2014"), Map.entry("textquoteleft", "\u2018"),
            Map.entry("textquoteright", "\u2019"), Map.entry("textquotedblleft", "\u201C"),
            Map.entry("textquotedblright", "\u201D"), Map.entry("ldots", "\u2026"),
            Map.entry("dots", "\u2026"), Map.entry("textellipsis", "\u2026"), Map.entry("S", "\u00A7"),
            Map.entry("P", "\u00B6"), Map.entry("copyright", "\u00A9"), Map.entry("textcopyright", "\u00A9"),
            Map.entry("pounds", "\u00A3"), Map.entry("textsterling", "\u00A3"), Map.entry("euro", "\u20AC"),
            Map.entry("textregistered", "\u00AE"), Map.entry("texttrademark", "\u2122"),
            Map.entry("textdegree", "\u00B0"), Map.entry("textasciitilde", "~"),
            Map.entry("textasciicircum", "^"), Map.entry("textunderscore", "_"),
            Map.entry("guillemotleft", "\u00AB"), Map.entry("guillemotright", "\u00BB"),
            Map.entry("alpha", "\u03B1"), Map.entry("beta", "\u03B2"), Map.entry("gamma", "\u03B3"),
            Map.entry("delta", "\u03B4"), Map.entry("epsilon", "\u03B5"), Map.entry("varepsilon", "\u03B5"),
            Map.entry("zeta", "\u03B6"), Map.entry("eta", "\u03B7"), Map.entry("theta", "\u03B8"),
            Map.entry("vartheta", "\u03D1"), Map.entry("iota", "\u03B9"), Map.entry("kappa", "\u03BA"),
            Map.entry("lambda", "\u03BB"), Map.entry("mu", "\u03BC"), Map.entry("nu", "\u03BD"),
            Map.entry("xi", "\u03BE"), Map.entry("pi", "\u03C0"), Map.entry("varpi", "\u03D6"),
            Map.entry("rho", "\u03C1"), Map.entry("varrho", "\u03F1"), Map.entry("sigma", "\u03C3"),
            Map.entry("varsigma", "\u03C2"), Map.entry("tau", "\u03C4"), Map.entry("upsilon", "\u03C5"),
            Map.entry("phi", "\u03C6"), Map.entry("varphi", "\u03C6"), Map.entry("chi", "\u03C7"),
            Map.entry("psi", "\u03C8"), Map.entry("omega", "\u03C9"),
            Map.entry("Gamma", "\u0393"), Map.entry("Delta", "\u0394"), Map.entry("Theta", "\u0398"),
            Map.entry("Lambda", "\u039B"), Map.entry("Xi", "\u039E"), Map.entry("Pi", "\u03A0"),
            Map.entry("Sigma", "\u03A3"), Map.entry("Upsilon", "\u03A5"), Map.entry("Phi", "\u03A6"),
            Map.entry("Psi", "\u03A8"), Map.entry("Omega", "\u03A9"),
            Map.entry("times", "\u00D7"), Map.entry("pm", "\u00B1"), Map.entry("cdot", "\u00B7"),
            Map.entry("leq", "\u2264"), Map.entry("le", "\u2264"), Map.entry("geq", "\u2265"),
            Map.entry("ge", "\u2265"), Map.entry("neq", "\u2260"), Map.entry("ne", "\u2260"),
            Map.entry("approx", "\u2248"), Map.entry("sim", "\u223C"), Map.entry("infty", "\u221E"),
            Map.entry("in", "\u2208"), Map.entry("ell", "\u2113"), Map.entry("partial", "\u2202"),
            Map.entry("nabla", "\u2207"), Map.entry("to", "\u2192"), Map.entry("rightarrow", "\u2192"),
            Map.entry("leftarrow", "\u2190"), Map.entry("prime", "\u2032"), Map.entry("sqrt", "\u221A"));

    /**
     * Commands that print nothing themselves: font declarations ({@code {\em x}}) and text commands whose argument
     * is kept ({@code \emph{x}}). Their argument is an ordinary group that follows, so dropping the command and
     * letting the group decode as usual keeps exactly the argument text.
     */
    private static final Set<String> SILENT = Set.of(
            "emph", "textit", "textbf", "textsc", "textrm", "texttt", "textsf", "textsl", "textup", "textmd",
            "textnormal", "textsuperscript", "textsubscript", "mbox", "hbox", "text", "mathrm", "mathit",
            "mathbf", "mathsf", "mathtt", "mathcal", "mathbb", "mathfrak", "boldsymbol", "operatorname",
            "MakeUppercase", "MakeLowercase", "uppercase", "lowercase", "NoCaseChange", "ensuremath",
            "em", "bf", "it", "sc", "rm", "tt", "sf", "sl", "up", "itshape", "bfseries", "scshape", "upshape",
            "slshape", "mdseries", "normalfont", "rmfamily", "sffamily", "ttfamily", "tiny", "small",
            "footnotesize", "normalsize", "large", "Large", "relax", "protect", "left", "right", "displaystyle");

    /**
     * Commands whose first argument is not text for a reader: the link of {@code \href{url}{text}}, a colour,
     * and the sort key of the BibTeX idiom {@code {\noopsort{1973a}}}.
     */
    private static final Set<String> DROP_FIRST_ARGUMENT =
            Set.of("href", "noopsort", "SortNoop", "sortnoop", "textcolor", "color");

    /** Commands whose argument is printed verbatim: a URL's {@code ~}, {@code %} and {@code _} are not LaTeX. */
    private static final Set<String> VERBATIM = Set.of("url", "path", "nolinkurl");

    static Optional<Accent> accent(String name) {
        return Optional.ofNullable(ACCENTS.get(name));
    }

    static Optional<String> symbol(String name) {
        return Optional.ofNullable(SYMBOLS.get(name));
    }

    static boolean isSilent(String name) {
        return SILENT.contains(name);
    }

    static boolean dropsFirstArgument(String name) {
        return DROP_FIRST_ARGUMENT.contains(name);
    }

    static boolean isVerbatim(String name) {
        return VERBATIM.contains(name);
    }
}
