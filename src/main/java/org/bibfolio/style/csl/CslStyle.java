package org.bibfolio.style.csl;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bibfolio.style.NameCut;

/**
 * An independent CSL style as loaded: its id (file name or repository id), title, XML, and the few attributes we
 * act on ourselves because citeproc-java does not (year-suffix disambiguation, et-al-use-last, citation numbers).
 *
 * @param authorLimits the et-al options of the bibliography's author names
 */
record CslStyle(String id, String title, String xml, NameCut.Limits authorLimits) {

    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");
    private static final Pattern LOCALE = Pattern.compile("<style[^>]*\\bdefault-locale=\"([^\"]+)\"");
    private static final Pattern PARENT =
            Pattern.compile("<link[^>]*href=\"[^\"]*/styles/([^\"/]+)\"[^>]*rel=\"independent-parent\"");
    private static final Pattern YEAR_SUFFIX =
            Pattern.compile("<citation[^>]*\\bdisambiguate-add-year-suffix=\"true\"");

    private static final Pattern FIRST_SORT_KEY = Pattern.compile("<bibliography[^>]*>\\s*<sort>\\s*<key([^>]*)>");

    private static final Pattern SUBSTITUTE =
            Pattern.compile("<bibliography[^>]*\\bsubsequent-author-substitute=\"([^\"]*)\"");

    static String titleOf(String xml) {
        Matcher m = TITLE.matcher(xml);
        return m.find() ? m.group(1).replace("&amp;", "&").strip() : "";
    }

    /** The repository id of the style this one only renames (a dependent style), if it is one. */
    static Optional<String> parentOf(String xml) {
        Matcher m = PARENT.matcher(xml);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    String locale() {
        Matcher m = LOCALE.matcher(xml);
        return m.find() ? m.group(1) : "en-US";
    }

    /** What replaces repeated author names ("———" in Chicago); citeproc-java ignores it, so we apply it. */
    Optional<String> subsequentAuthorSubstitute() {
        Matcher m = SUBSTITUTE.matcher(xml);
        return m.find() ? Optional.of(unescape(m.group(1))) : Optional.empty();
    }

    /** The XML character references a style attribute may use ({@code &#8212;}). */
    private static String unescape(String attribute) {
        Matcher m = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(attribute);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int code = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
            m.appendReplacement(out, Matcher.quoteReplacement(new String(Character.toChars(code))));
        }
        m.appendTail(out);
        return out.toString().replace("&amp;", "&");
    }

    /** Whether the bibliography's first sort key runs descending (newest first, say); only speed depends on it. */
    boolean sortsDescending() {
        Matcher m = FIRST_SORT_KEY.matcher(xml);
        return m.find() && m.group(1).contains("sort=\"descending\"");
    }

    /** A style as loaded: {@code authorLimits} read from its XML. */
    static CslStyle of(String id, String title, String xml) {
        return new CslStyle(id, title, xml, AuthorLimits.read(xml));
    }

    /** This style with every name list cut to exactly {@code names} names when longer ({@link AuthorLimits}). */
    CslStyle showingNames(int names) {
        return new CslStyle(id, title, AuthorLimits.showing(xml, names), authorLimits);
    }

    /** A numeric style: its bibliography writes citation numbers, which {@link CitationNumbers} takes out. */
    boolean numbered() {
        return CitationNumbers.numbered(xml);
    }

    /** A numeric style whose bibliography counts down. */
    boolean numbersDescending() {
        return CitationNumbers.descending(xml);
    }

    /** Author-date styles ask for 2022a/2022b; citeproc-java ignores the request, so we assign them. */
    boolean addsYearSuffix() {
        return YEAR_SUFFIX.matcher(xml).find();
    }
}
