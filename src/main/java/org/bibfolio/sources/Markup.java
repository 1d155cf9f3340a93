package org.bibfolio.sources;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bibfolio.bibtex.LatexEncoder;

/**
 * Text as Crossref and ORCID give it (Unicode with JATS or HTML inline tags and entities, and stray line breaks)
 * as LaTeX: italics, bold, small caps, sub- and superscripts become commands, other tags (MathML's too) are
 * dropped with their text kept, and everything else is escaped.
 */
final class Markup {

    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][\\w:.-]*)[^>]*?(/?)>");
    private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[a-zA-Z]+);");
    private static final Map<String, String> COMMANDS = Map.ofEntries(
            Map.entry("i", "\\textit{"), Map.entry("italic", "\\textit{"), Map.entry("em", "\\emph{"),
            Map.entry("b", "\\textbf{"), Map.entry("bold", "\\textbf{"), Map.entry("strong", "\\textbf{"),
            Map.entry("sc", "\\textsc{"), Map.entry("scp", "\\textsc{"),
            Map.entry("sub", "\\textsubscript{"), Map.entry("inf", "\\textsubscript{"),
            Map.entry("sup", "\\textsuperscript{"));
    /**
     * A TeX formula some publishers deposit in titles ({@code $k$-means++}), by pandoc's rule: a {@code $} with no
     * space after it, a {@code $} with no space before it and no digit after it, so "US$5 and US$10" stays text.
     */
    private static final Pattern MATH = Pattern.compile("(?<![\\\\$])\\$(?=[^\\s$])([^$]*?[^\\s$\\\\])\\$(?!\\d)");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", "\u00a0", "ndash", "–", "mdash", "—");

    private Markup() {
    }

    static String toLatex(String text) {
        StringBuilder out = new StringBuilder();
        java.util.Deque<Boolean> open = new java.util.ArrayDeque<>();
        Matcher tag = TAG.matcher(text);
        int last = 0;
        while (tag.find()) {
            out.append(escapeKeepingMath(decodeEntities(text.substring(last, tag.start()))));
            String name = tag.group(2).toLowerCase(java.util.Locale.ROOT);
            String command = COMMANDS.get(name.contains(":") ? name.substring(name.indexOf(':') + 1) : name);
            boolean closing = !tag.group(1).isEmpty();
            boolean selfClosing = !tag.group(3).isEmpty();
            if (closing) {
                if (!open.isEmpty() && open.pop()) {
                    out.append('}');
                }
            } else if (!selfClosing) {
                open.push(command != null);
                if (command != null) {
                    out.append(command);
                }
            }
            last = tag.end();
        }
        out.append(escapeKeepingMath(decodeEntities(text.substring(last))));
        while (!open.isEmpty()) {
            if (open.pop()) {
                out.append('}');
            }
        }
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    /** {@code text} escaped for LaTeX except its formulas, which are TeX already. */
    private static String escapeKeepingMath(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        Matcher math = MATH.matcher(text);
        int last = 0;
        while (math.find()) {
            out.append(LatexEncoder.escape(text.substring(last, math.start()))).append(math.group());
            last = math.end();
        }
        return out.append(LatexEncoder.escape(text.substring(last))).toString();
    }

    /** The plain Unicode text: tags dropped, entities decoded, spacing collapsed (for names, which take no markup). */
    static String toText(String text) {
        return decodeEntities(TAG.matcher(text).replaceAll("")).replaceAll("\\s+", " ").strip();
    }

    static String decodeEntities(String text) {
        Matcher entity = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (entity.find()) {
            String name = entity.group(1);
            String replacement;
            if (name.startsWith("#x") || name.startsWith("#X")) {
                replacement = codePoint(Integer.parseInt(name.substring(2), 16), entity.group());
            } else if (name.startsWith("#")) {
                replacement = codePoint(Integer.parseInt(name.substring(1)), entity.group());
            } else {
                replacement = NAMED.getOrDefault(name, entity.group());
            }
            entity.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        entity.appendTail(out);
        return out.toString();
    }

    private static String codePoint(int value, String original) {
        return Character.isValidCodePoint(value) ? new String(Character.toChars(value)) : original;
    }
}
