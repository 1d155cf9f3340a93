package org.bibfolio.bibtex;

import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * The readable Unicode form of math constructs that are more than a symbol: scripts ({@code x^2} → x², {@code \ell_1}
 * → ℓ₁), fractions ({@code \frac{1}{t}} → 1/t), roots ({@code \sqrt{n}} → √n) and math alphabets
 * ({@code \mathbb{R}} → ℝ, {@code \mathcal{O}} → 𝒪). Unicode has super- and subscript forms of only some
 * characters; a script with any other character is written {@code ^x} or {@code ^(x+y)}, as one would type it.
 */
final class MathText {

    private MathText() {
    }

    private static final Map<Integer, Integer> SUPERSCRIPTS = pairs(
            "0⁰1¹2²3³4⁴5⁵6⁶7⁷8⁸9⁹+⁺-⁻−⁻=⁼(⁽)⁾aᵃbᵇcᶜdᵈeᵉfᶠgᵍhʰiⁱjʲkᵏlˡmᵐnⁿoᵒpᵖrʳsˢtᵗuᵘvᵛwʷxˣyʸzᶻ"
                    + "AᴬBᴮDᴰEᴱGᴳHᴴIᴵJᴶKᴷLᴸMᴹNᴺOᴼPᴾRᴿTᵀUᵁVⱽWᵂαᵅβᵝγᵞδᵟεᵋθᶿιᶥφᵠχᵡ′′″″");

    private static final Map<Integer, Integer> SUBSCRIPTS = pairs(
            "0₀1₁2₂3₃4₄5₅6₆7₇8₈9₉+₊-₋−₋=₌(₍)₎aₐeₑhₕiᵢjⱼkₖlₗmₘnₙoₒpₚrᵣsₛtₜuᵤvᵥxₓβᵦγᵧρᵨφᵩχᵪ");

    /** Letters with a Unicode letterlike form that the Mathematical Alphanumeric block leaves out. */
    private static final Map<Integer, Integer> DOUBLE_STRUCK = pairs("CℂHℍNℕPℙQℚRℝZℤ");
    private static final Map<Integer, Integer> SCRIPT = pairs("BℬEℰFℱHℋIℐLℒMℳRℛeℯgℊoℴ");

    /** {@code ^} or {@code _} and its decoded argument as Unicode. */
    static String script(char marker, String argument) {
        String content = argument.strip();
        Map<Integer, Integer> forms = marker == '^' ? SUPERSCRIPTS : SUBSCRIPTS;
        if (content.isEmpty()) {
            return "";
        }
        if (marker == '^' && (content.equals("*") || content.equals("\u2020") || content.equals("\u2032"))) {
            return content; // x*, x†, x′ read as written
        }
        if (marker == '^' && content.equals("\u2218")) {
            return "\u00B0"; // 90^\circ is 90°
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < content.length(); ) {
            int c = content.codePointAt(i);
            Integer form = forms.get(c);
            if (form == null && c != ' ') {
                boolean single = content.codePointCount(0, content.length()) == 1;
                return marker + (single ? content : "(" + content + ")");
            }
            if (form != null) {
                out.appendCodePoint(form);
            }
            i += Character.charCount(c);
        }
        return out.toString();
    }

    /** {@code \frac{a}{b}}: a/b, with parentheses around a part that is more than one term. */
    static String fraction(String numerator, String denominator) {
        return term(numerator) + "/" + term(denominator);
    }

    /** {@code \sqrt{x}} and {@code \sqrt[n]{x}}: √x, √(x+1), ∛x. */
    static String root(String degree, String radicand) {
        String sign = switch (degree.strip()) {
            case "3" -> "\u221B";
            case "4" -> "\u221C";
            case "" -> "\u221A";
            default -> degree.strip() + "\u221A";
        };
        return sign + term(radicand);
    }

    /** A math alphabet command ({@link #isAlphabet}) applied to its decoded argument. */
    static String alphabet(String command, String argument) {
        return switch (command) {
            case "mathbb", "mathbbm", "Bbb" -> map(argument, c -> letterlike(DOUBLE_STRUCK, c, 0x1D538, 0x1D552));
            case "mathcal", "mathscr" -> map(argument, c -> letterlike(SCRIPT, c, 0x1D49C, 0x1D4B6));
            default -> argument;
        };
    }

    static boolean isAlphabet(String command) {
        return switch (command) {
            case "mathbb", "mathbbm", "Bbb", "mathcal", "mathscr" -> true;
            default -> false;
        };
    }

    private static int letterlike(Map<Integer, Integer> exceptions, int c, int upperA, int lowerA) {
        Integer exception = exceptions.get(c);
        if (exception != null) {
            return exception;
        }
        if (c >= 'A' && c <= 'Z') {
            return upperA + (c - 'A');
        }
        if (c >= 'a' && c <= 'z' && lowerA > 0) {
            return lowerA + (c - 'a');
        }
        return c;
    }

    private static String map(String text, IntUnaryOperator form) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().map(form).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** One term as it is, more than one in parentheses: "t", "2n", "(n+1)". */
    private static String term(String text) {
        String content = text.strip();
        boolean simple = content.codePoints().allMatch(Character::isLetterOrDigit)
                || content.startsWith("(") && content.endsWith(")");
        return simple ? content : "(" + content + ")";
    }

    private static Map<Integer, Integer> pairs(String pairs) {
        int[] points = pairs.codePoints().toArray();
        Map<Integer, Integer> map = new java.util.HashMap<>();
        for (int i = 0; i + 1 < points.length; i += 2) {
            map.put(points[i], points[i + 1]);
        }
        return Map.copyOf(map);
    }
}
