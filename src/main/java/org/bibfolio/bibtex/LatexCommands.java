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
            Map.entry("t", new Accent('\u0361', "")),
            // math accents
            Map.entry("hat", new Accent('\u0302', "^")), Map.entry("widehat", new Accent('\u0302', "^")),
            Map.entry("tilde", new Accent('\u0303', "~")), Map.entry("widetilde", new Accent('\u0303', "~")),
            Map.entry("bar", new Accent('\u0304', "\u00AF")), Map.entry("overline", new Accent('\u0305', "\u00AF")),
            Map.entry("vec", new Accent('\u20D7', "\u2192")), Map.entry("dot", new Accent('\u0307', "\u02D9")),
            Map.entry("ddot", new Accent('\u0308', "\u00A8")), Map.entry("check", new Accent('\u030C', "\u02C7")),
            Map.entry("breve", new Accent('\u0306', "\u02D8")), Map.entry("acute", new Accent('\u0301', "\u00B4")),
            Map.entry("grave", new Accent('\u0300', "`")), Map.entry("underline", new Accent('\u0332', "_")));

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
            Map.entry("dj", "\u0111"), Map.entry("DJ", "\u0110"),
            Map.entry("th", "\u00FE"), Map.entry("TH", "\u00DE"),
            Map.entry("ng", "\u014B"), Map.entry("NG", "\u014A"),
            Map.entry("&", "&"), Map.entry("%", "%"), Map.entry("$", "$"), Map.entry("#", "#"),
            Map.entry("_", "_"), Map.entry("{", "{"), Map.entry("}", "}"),
            Map.entry("\\", " "), Map.entry(" ", " "), Map.entry(",", " "), Map.entry(";", " "),
            Map.entry(":", " "), Map.entry("quad", " "), Map.entry("qquad", " "),
            Map.entry("-", ""), Map.entry("/", ""), Map.entry("@", ""), Map.entry("!", ""), Map.entry("slash", "/"),
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
            Map.entry("leftarrow", "\u2190"), Map.entry("prime", "\u2032"),
            Map.entry("ll", "\u226A"), Map.entry("gg", "\u226B"),
            Map.entry("leqslant", "\u2264"), Map.entry("geqslant", "\u2265"), Map.entry("lesssim", "\u2272"),
            Map.entry("gtrsim", "\u2273"), Map.entry("subset", "\u2282"), Map.entry("subseteq", "\u2286"),
            Map.entry("supset", "\u2283"), Map.entry("supseteq", "\u2287"), Map.entry("cup", "\u222A"),
            Map.entry("cap", "\u2229"), Map.entry("notin", "\u2209"), Map.entry("forall", "\u2200"),
            Map.entry("exists", "\u2203"), Map.entry("emptyset", "\u2205"), Map.entry("varnothing", "\u2205"),
            Map.entry("sum", "\u2211"), Map.entry("prod", "\u220F"), Map.entry("int", "\u222B"),
            Map.entry("oint", "\u222E"), Map.entry("circ", "\u2218"), Map.entry("ast", "*"),
            Map.entry("star", "\u22C6"), Map.entry("otimes", "\u2297"), Map.entry("oplus", "\u2295"),
            Map.entry("odot", "\u2299"), Map.entry("div", "\u00F7"), Map.entry("mp", "\u2213"),
            Map.entry("mapsto", "\u21A6"), Map.entry("Rightarrow", "\u21D2"), Map.entry("Leftarrow", "\u21D0"),
            Map.entry("Leftrightarrow", "\u21D4"), Map.entry("leftrightarrow", "\u2194"),
            Map.entry("iff", "\u27FA"), Map.entry("implies", "\u27F9"), Map.entry("uparrow", "\u2191"),
            Map.entry("downarrow", "\u2193"), Map.entry("top", "\u22A4"), Map.entry("bot", "\u22A5"),
            Map.entry("perp", "\u22A5"), Map.entry("parallel", "\u2225"), Map.entry("propto", "\u221D"),
            Map.entry("equiv", "\u2261"), Map.entry("cong", "\u2245"), Map.entry("simeq", "\u2243"),
            Map.entry("preceq", "\u2AAF"), Map.entry("succeq", "\u2AB0"), Map.entry("prec", "\u227A"),
            Map.entry("succ", "\u227B"), Map.entry("hbar", "\u210F"), Map.entry("aleph", "\u2135"),
            Map.entry("Re", "\u211C"), Map.entry("Im", "\u2111"), Map.entry("wp", "\u2118"),
            Map.entry("neg", "\u00AC"), Map.entry("lnot", "\u00AC"), Map.entry("land", "\u2227"),
            Map.entry("wedge", "\u2227"), Map.entry("lor", "\u2228"), Map.entry("vee", "\u2228"),
            Map.entry("setminus", "\u2216"), Map.entry("backslash", "\\"), Map.entry("colon", ":"),
            Map.entry("mid", "|"), Map.entry("vert", "|"), Map.entry("|", "\u2016"), Map.entry("Vert", "\u2016"),
            Map.entry("langle", "\u27E8"), Map.entry("rangle", "\u27E9"), Map.entry("lceil", "\u2308"),
            Map.entry("rceil", "\u2309"), Map.entry("lfloor", "\u230A"), Map.entry("rfloor", "\u230B"),
            Map.entry("lbrace", "{"), Map.entry("rbrace", "}"), Map.entry("dagger", "\u2020"),
            Map.entry("ddagger", "\u2021"), Map.entry("dag", "\u2020"), Map.entry("ddag", "\u2021"),
            Map.entry("bullet", "\u2022"), Map.entry("cdots", "\u22EF"), Map.entry("vdots", "\u22EE"),
            Map.entry("ddots", "\u22F1"), Map.entry("triangle", "\u25B3"), Map.entry("square", "\u25A1"),
            Map.entry("Box", "\u25A1"), Map.entry("angle", "\u2220"), Map.entry("sharp", "\u266F"),
            Map.entry("flat", "\u266D"), Map.entry("natural", "\u266E"), Map.entry("Omicron", "O"),
            Map.entry("omicron", "o"), Map.entry("textmu", "\u00B5"), Map.entry("textpm", "\u00B1"),
            Map.entry("texttimes", "\u00D7"), Map.entry("textperiodcentered", "\u00B7"),
            Map.entry("textbullet", "\u2022"), Map.entry("textdagger", "\u2020"),
            Map.entry("textdaggerdbl", "\u2021"), Map.entry("textless", "<"), Map.entry("textgreater", ">"),
            Map.entry("textbar", "|"), Map.entry("textquotesingle", "'"), Map.entry("quotedblbase", "\u201E"),
            Map.entry("quotesinglbase", "\u201A"), Map.entry("guilsinglleft", "\u2039"),
            Map.entry("guilsinglright", "\u203A"), Map.entry("textexclamdown", "\u00A1"),
            Map.entry("textquestiondown", "\u00BF"), Map.entry("textordfeminine", "\u00AA"),
            Map.entry("textordmasculine", "\u00BA"), Map.entry("textcelsius", "\u2103"),
            Map.entry("textnumero", "\u2116"), Map.entry("textonehalf", "\u00BD"),
            // TUGboat's dash between a title's parts: "documents{\Dash}part II" reads "documents — part II"
            Map.entry("Dash", " \u2014 "), Map.entry("thinspace", "\u2009"));

    /**
     * Word macros: logos and names written as commands. Like a word, they keep the space after them
     * ({@code \BibTeX is} reads "BibTeX is"), which a symbol command swallows as TeX does.
     */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("TeX", "TeX"), Map.entry("LaTeX", "LaTeX"), Map.entry("LaTeXe", "LaTeX2\u03B5"),
            Map.entry("BibTeX", "BibTeX"), Map.entry("BibLaTeX", "BibLaTeX"), Map.entry("AmS", "AMS"),
            Map.entry("AmSTeX", "AMS-TeX"), Map.entry("AMSTeX", "AMS-TeX"), Map.entry("AmSLaTeX", "AMS-LaTeX"),
            Map.entry("XeTeX", "XeTeX"), Map.entry("XeLaTeX", "XeLaTeX"), Map.entry("LuaTeX", "LuaTeX"),
            Map.entry("LuaLaTeX", "LuaLaTeX"), Map.entry("pdfTeX", "pdfTeX"), Map.entry("pdfLaTeX", "pdfLaTeX"),
            Map.entry("ConTeXt", "ConTeXt"), Map.entry("METAFONT", "METAFONT"), Map.entry("MF", "METAFONT"),
            Map.entry("MP", "MetaPost"), Map.entry("SliTeX", "SliTeX"), Map.entry("eTeX", "\u03B5-TeX"),
            // the names TUGboat's macros (tugboat.cmn) set, which its 4,000 papers' titles use
            Map.entry("METAPOST", "MetaPost"), Map.entry("MetaPost", "MetaPost"), Map.entry("PiCTeX", "PiCTeX"),
            Map.entry("AllTeX", "(La)TeX"), Map.entry("La", "La"), Map.entry("AMS", "AMS"),
            Map.entry("AMSLaTeX", "AMS-LaTeX"), Map.entry("MiKTeX", "MiKTeX"), Map.entry("PCTeX", "PCTeX"),
            Map.entry("TeXLive", "TeX Live"), Map.entry("TeXworks", "TeXworks"), Map.entry("TeXtures", "Textures"),
            Map.entry("LyX", "LyX"), Map.entry("TikZ", "TikZ"), Map.entry("XyMTeX", "XyMTeX"), Map.entry("Xy", "Xy"),
            Map.entry("OMEGA", "Omega"), Map.entry("TUB", "TUGboat"), Map.entry("TUG", "TUG"),
            Map.entry("CTAN", "CTAN"), Map.entry("NTS", "NTS"), Map.entry("NTG", "NTG"), Map.entry("CSTUG", "CSTUG"),
            Map.entry("PS", "PostScript"), Map.entry("PDF", "PDF"), Map.entry("DVI", "DVI"), Map.entry("HTML", "HTML"),
            Map.entry("XML", "XML"), Map.entry("SGML", "SGML"), Map.entry("CSS", "CSS"), Map.entry("WEB", "WEB"),
            Map.entry("UNIX", "Unix"), Map.entry("VAX", "VAX"), Map.entry("Java", "Java"),
            Map.entry("MacOSX", "Mac OS X"), Map.entry("Thanh", "H\u00E0n Th\u1EBF Th\u00E0nh"),
            Map.entry("today", ""), Map.entry("log", "log"), Map.entry("ln", "ln"), Map.entry("exp", "exp"),
            Map.entry("lg", "lg"), Map.entry("sin", "sin"), Map.entry("cos", "cos"), Map.entry("tan", "tan"),
            Map.entry("arcsin", "arcsin"), Map.entry("arccos", "arccos"), Map.entry("arctan", "arctan"),
            Map.entry("sinh", "sinh"), Map.entry("cosh", "cosh"), Map.entry("tanh", "tanh"),
            Map.entry("max", "max"), Map.entry("min", "min"), Map.entry("sup", "sup"), Map.entry("inf", "inf"),
            Map.entry("lim", "lim"), Map.entry("liminf", "lim inf"), Map.entry("limsup", "lim sup"),
            Map.entry("det", "det"), Map.entry("dim", "dim"), Map.entry("arg", "arg"), Map.entry("deg", "deg"),
            Map.entry("gcd", "gcd"), Map.entry("Pr", "Pr"), Map.entry("ker", "ker"), Map.entry("hom", "hom"));

    /** Logos the LaTeX kernel defines: LaTeX output writes the command, so the PDF shows the logo. */
    private static final Set<String> KERNEL_LOGOS = Set.of("TeX", "LaTeX", "LaTeXe");

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
            "footnotesize", "normalsize", "large", "Large", "relax", "protect", "left", "right", "displaystyle",
            "textstyle", "scriptstyle", "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr", "biggl",
            "biggr", "middle", "limits", "nolimits", "mathop", "mathbin", "mathrel", "mathnormal",
            "mathsfit", "bm", "huge", "Huge", "LARGE", "scriptsize", "nocorr",
            "unboldmath", "boldmath", "mathstrut", "strut", "leavevmode", "hfill", "hfil", "null",
            "xspace", "nobreak", "allowbreak", "linebreak", "newline", "noindent", "ignorespaces");

    /**
     * Commands whose first argument is not text for a reader: the link of {@code \href{url}{text}}, a colour,
     * and the sort key of the BibTeX idiom {@code {\noopsort{1973a}}}.
     */
    private static final Set<String> DROP_FIRST_ARGUMENT =
            Set.of("href", "noopsort", "SortNoop", "sortnoop", "textcolor", "color");

    /** Italic text commands and declarations ({@code \\textit{Col4a3}}, {@code {\\em Prékopa}}): LaTeX output keeps them. */
    private static final Set<String> ITALIC_COMMANDS = Set.of("emph", "textit", "textsl");
    private static final Set<String> ITALIC_DECLARATIONS = Set.of("em", "it", "itshape", "sl", "slshape");

    /** Commands whose argument is printed verbatim: a URL's {@code ~}, {@code %} and {@code _} are not LaTeX. */
    private static final Set<String> VERBATIM = Set.of("url", "path", "nolinkurl");

    static Optional<Accent> accent(String name) {
        return Optional.ofNullable(ACCENTS.get(name));
    }

    static Optional<String> symbol(String name) {
        return Optional.ofNullable(SYMBOLS.get(name));
    }

    static Optional<String> word(String name) {
        return Optional.ofNullable(WORDS.get(name));
    }

    static boolean isKernelLogo(String name) {
        return KERNEL_LOGOS.contains(name);
    }

    static boolean isSilent(String name) {
        return SILENT.contains(name);
    }

    static boolean dropsFirstArgument(String name) {
        return DROP_FIRST_ARGUMENT.contains(name);
    }

    static boolean isItalicCommand(String name) {
        return ITALIC_COMMANDS.contains(name);
    }

    static boolean isItalicDeclaration(String name) {
        return ITALIC_DECLARATIONS.contains(name);
    }

    static boolean isVerbatim(String name) {
        return VERBATIM.contains(name);
    }

    private static final String DOTLESS_I = "\u0131";
    private static final String DOTLESS_J = "\u0237";

    /** {@code base} with {@code accent} on its first letter, or the accent alone when there is none. */
    static String accented(String base, LatexCommands.Accent accent) {
        if (base.isEmpty()) {
            return accent.alone();
        }
        int first = base.codePointAt(0);
        int firstLength = Character.charCount(first);
        String letter = base.substring(0, firstLength);
        // An accent goes on the dotless form in LaTeX ({\'\i}); Unicode puts it on the plain letter.
        if (letter.equals(DOTLESS_I)) {
            letter = "i";
        } else if (letter.equals(DOTLESS_J)) {
            letter = "j";
        }
        return letter + accent.combining() + base.substring(firstLength);
    }
}
