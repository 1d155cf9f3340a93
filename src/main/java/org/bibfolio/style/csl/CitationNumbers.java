package org.bibfolio.style.csl;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bibfolio.style.Label;

/**
 * The label of a numeric CSL style ("[7]", "7.") taken out of each rendered entry, so that the list numbers its entries
 * itself, once each, in the order it shows them. citeproc-java numbers the whole bibliography once: an entry in two
 * CV lists had the same number in both, and a list sorted newest first ran [3], [2], [4]; and the number it wrote
 * into the entry text came on top of the list's own marker ("- [1] …").
 *
 * <p>{@link #mark} wraps each {@code <text variable="citation-number">} of the bibliography in a group whose affixes
 * are two private-use characters, so the rendered label is found wherever the style puts it, with its own affixes
 * and formatting; {@link #take} removes it and keeps its form.
 */
final class CitationNumbers {

    static final char OPEN = '\uE008';
    static final char CLOSE = '\uE009';

    private static final Pattern BIBLIOGRAPHY = Pattern.compile("(?s)<bibliography\\b.*?</bibliography>");
    private static final Pattern NUMBER_TEXT =
            Pattern.compile("<text\\b[^>]*\\bvariable=\"citation-number\"[^>]*/>");
    private static final Pattern DESCENDING = Pattern.compile(
            "(?s)<bibliography\\b[^>]*>\\s*<sort>.*?<key\\b[^>]*variable=\"citation-number\"[^>]*sort=\"descending\"");
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    /** An entry without its label, and the label's form (its number is citeproc-java's, to be replaced). */
    record Taken(StyledText rest, Optional<Label> form) { }

    private CitationNumbers() {
    }

    /** Whether the bibliography writes a citation number: a numeric style. */
    static boolean numbered(String xml) {
        Matcher bibliography = BIBLIOGRAPHY.matcher(xml);
        return bibliography.find() && NUMBER_TEXT.matcher(bibliography.group()).find();
    }

    /** Whether the bibliography counts down (its first sort key: citation-number, descending). */
    static boolean descending(String xml) {
        return DESCENDING.matcher(xml).find();
    }

    /** The style with each bibliography citation number marked. */
    static String mark(String xml) {
        Matcher bibliography = BIBLIOGRAPHY.matcher(xml);
        if (!bibliography.find()) {
            return xml;
        }
        String marked = NUMBER_TEXT.matcher(bibliography.group()).replaceAll(m -> Matcher.quoteReplacement(
                "<group prefix=\"" + OPEN + "\" suffix=\"" + CLOSE + "\">" + m.group() + "</group>"));
        return xml.substring(0, bibliography.start()) + marked + xml.substring(bibliography.end());
    }

    /**
     * The entry without its marked label and the space that set the label apart (after it, or before it when the
     * label comes last); the form is the label's text around its number.
     */
    static Taken take(StyledText entry) {
        String text = entry.text();
        int open = text.indexOf(OPEN);
        int close = open < 0 ? -1 : text.indexOf(CLOSE, open);
        if (close < 0) {
            return new Taken(entry, Optional.empty());
        }
        String label = text.substring(open + 1, close).strip();
        Matcher number = NUMBER.matcher(label);
        Optional<Label> form = number.find() ? Optional.of(new Label(label.substring(0, number.start()),
                Integer.parseInt(number.group()), label.substring(number.end()))) : Optional.empty();
        int from = open;
        int to = close + 1;
        while (to < text.length() && Character.isWhitespace(text.charAt(to))) {
            to++;
        }
        if (to == text.length()) {
            while (from > 0 && Character.isWhitespace(text.charAt(from - 1))) {
                from--;
            }
        }
        return new Taken(entry.splice(from, to, List.of(), List.of()), form);
    }
}
