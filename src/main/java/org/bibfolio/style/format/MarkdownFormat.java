package org.bibfolio.style.format;

import java.util.Optional;
import java.util.regex.Pattern;
import org.bibfolio.model.SafeLink;
import org.bibfolio.style.Label;

/**
 * CommonMark: {@code **strong**}, {@code *emph*}, {@code [text](url)}, one {@code - } item per entry. A numbered list is
 * one paragraph per entry that starts with the style's own label, escaped so that it stays text ({@code \[7\]},
 * {@code 7\.}): a CommonMark ordered list renumbers from its first item (GitHub shows "3. 2. 1." as 3, 4, 5), so it
 * can hold neither a descending list nor the numbers of a Selected list that refer to the complete lists, and it
 * knows only the forms "7." and "7)".
 */
public final class MarkdownFormat extends MarkupFormat {

    /** Mark an upright run inside emphasis until {@link #emph} places the asterisks: noncharacters, never text. */
    private static final char UPRIGHT_START = '\uFFFE';
    private static final char UPRIGHT_END = '\uFFFF';

    private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&(#?[A-Za-z0-9]+;)");

    @Override
    public String id() {
        return "markdown";
    }

    /**
     * Escapes only what would change the meaning: emphasis and link brackets always, and parentheses inside link
     * text, where the seed CV escapes them too ({@code [ICLR \(Spotlight\)](…)}).
     */
    @Override
    protected String escape(String text, boolean inLinkText) {
        String specials = inLinkText ? "\\*_`[]<>()" : "\\*_`[]<>";
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == UPRIGHT_START || c == UPRIGHT_END) {
                continue;
            }
            if (specials.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * {@code $source$}, which pandoc, GitHub and MathJax pages (Jekyll sites such as al-folio) render as math. Nothing
     * inside is backslash-escaped: pandoc and GitHub read it as TeX. Two rewrites keep Markdown parsers that run
     * before the math renderer (GitHub's, kramdown) from touching it, with the same typeset result: {@code *} (an
     * emphasis mark in Markdown, an asterisk operator in TeX) becomes {@code \ast}, and the escaped braces
     * {@code \{ \}} (Markdown would eat the backslash) become {@code \lbrace \rbrace}. A {@code _} between
     * letters or digits is never emphasis in CommonMark. Spaces at the ends are trimmed, since {@code $ x$} is no
     * math to pandoc. A renderer without math support reads the formula as Markdown, so nothing in it may be HTML
     * or a link: {@code < > [ ]} become {@code \lt \gt \lbrack \rbrack} (the same to the math renderer), and a
     * formula that is not {@link InertTex} ({@code \href{javascript:…}} in MathJax) is written as its text.
     */
    @Override
    protected String math(String source, String text, boolean inLinkText) {
        if (!InertTex.isInert(source)) {
            return escape(text, inLinkText);
        }
        String tex = source.strip().replace("\\{", "\\lbrace ").replace("\\}", "\\rbrace ")
                .replace("*", "\\ast ").replace("<", "\\lt ").replace(">", "\\gt ").replace("[", "\\lbrack ")
                .replace("]", "\\rbrack ").strip();
        return tex.isEmpty() ? "" : "$" + tex + "$";
    }

    /**
     * {@code *…*}, closed around each upright run ({@code *Gene drive in* Anopheles gambiae *populations*}): the
     * spaces at a run's ends go outside its asterisks, where CommonMark accepts them. Where a run's asterisks could
     * not open or close (between a letter and punctuation, as in {@code Drosophila-specific}) the whole stays
     * italic, as before there were upright runs.
     */
    @Override
    protected String emph(String content) {
        if (content.indexOf(UPRIGHT_START) < 0) {
            return "*" + content + "*";
        }
        StringBuilder out = new StringBuilder();
        boolean italic = true;
        int at = 0;
        while (at <= content.length()) {
            int end = content.indexOf(italic ? UPRIGHT_START : UPRIGHT_END, at);
            end = end < 0 ? content.length() : end;
            String run = content.substring(at, end);
            if (!italic) {
                out.append(run);
            } else if (!italicRun(run, out, end + 1 < content.length() ? content.charAt(end + 1) : ' ')) {
                return "*" + content.replace(String.valueOf(UPRIGHT_START), "")
                        .replace(String.valueOf(UPRIGHT_END), "") + "*";
            }
            italic = !italic;
            at = end + 1;
        }
        return out.toString();
    }

    @Override
    protected String upright(String content) {
        return UPRIGHT_START + content + UPRIGHT_END;
    }

    /**
     * Appends {@code run} in asterisks, its end spaces outside them; false when an asterisk would not open or close
     * by CommonMark's flanking rules. {@code next} follows the run; what lies outside the whole emphasis counts as
     * space, as for plain {@code *…*}.
     */
    private static boolean italicRun(String run, StringBuilder out, char next) {
        int start = 0;
        int end = run.length();
        while (start < end && Character.isWhitespace(run.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(run.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            out.append(run);
            return true;
        }
        int before = start > 0 ? ' ' : out.length() > 0 ? out.charAt(out.length() - 1) : ' ';
        int after = end < run.length() ? ' ' : next;
        boolean opens = !punctuation(run.charAt(start)) || Character.isWhitespace(before) || punctuation(before);
        boolean closes = !punctuation(run.charAt(end - 1)) || Character.isWhitespace(after) || punctuation(after);
        out.append(run, 0, start).append('*').append(run, start, end).append('*').append(run, end, run.length());
        return opens && closes;
    }

    private static boolean punctuation(int c) {
        return !Character.isLetterOrDigit(c) && !Character.isWhitespace(c);
    }

    @Override
    protected String strong(String content) {
        return "**" + content + "**";
    }

    @Override
    protected String link(String target, String content) {
        return "[" + content + "](" + destination(target) + ")";
    }

    /**
     * A link destination that every CommonMark renderer, and pandoc's Markdown, reads to its end and no further, as
     * the same URL: what ends or breaks a bare destination (white space, control characters, {@code ( ) < >}, and a
     * backslash, which would escape what follows), and an {@code &} that would start a character reference, are
     * percent-encoded. Servers read {@code %28} as {@code (}, so Wikipedia's {@code Kernel_(statistics)} and Wiley's
     * SICI DOIs still arrive; renderers disagree on backslash escapes in destinations, but not on %XX.
     */
    static String destination(String url) {
        String references = CHARACTER_REFERENCE.matcher(url).replaceAll("%26$1");
        return SafeLink.percentEncoded(references, c -> c > ' ' && "()<>\\".indexOf(c) < 0
                && !Character.isISOControl(c) && !Character.isWhitespace(c) && !Character.isSpaceChar(c));
    }

    @Override
    protected String heading(String text) {
        return "## " + escape(text, false) + "\n\n";
    }

    @Override
    protected String listStart(Optional<NumberedList> numbered) {
        return "";
    }

    @Override
    protected String item(Optional<NumberedList> numbered, Optional<Label> label, boolean followsOn, String content) {
        return label.map(l -> label(l) + " " + content + "\n").orElse("- " + content + "\n");
    }

    /** Numbered entries are paragraphs: a blank line between them. */
    @Override
    protected String betweenItems(Optional<NumberedList> numbered) {
        return numbered.isPresent() ? "\n" : "";
    }

    @Override
    protected String listEnd(Optional<NumberedList> numbered) {
        return "";
    }

    /** The label as text at the start of a paragraph: "7." or "7)" there would open an ordered list. */
    private String label(Label label) {
        return escape(label.text(), false).replaceFirst("^(\\d+)([.)])", "$1\\\\$2");
    }
}
