package org.bibfolio.style.csl;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bibfolio.model.PersonName;

/**
 * CSL's {@code et-al-use-last}, which citeproc-java 3.5.2 does not implement: "name lists truncated by et-al
 * abbreviation are followed by the name delimiter, the ellipsis character, and the last name of the original name
 * list", when the list has at least two names more than the truncated one (CSL 1.0.2, name options). APA 7 asks for
 * it in its bibliography: 21 or more authors give the first 19, "…" and the last.
 *
 * <p>The style's own rendering does the names: {@link CslItems} hands citeproc-java the first {@code useFirst} names
 * and the last one, a list short enough not to be abbreviated, with {@link #MARK} on the last family name. After
 * rendering, {@link #place} replaces the connector before the marked name (the delimiter and the "and" term, "&" or a
 * word, as the style wrote them) by the delimiter and the ellipsis. Read from the {@code <bibliography>} element's
 * name options; options set on a single {@code <name>} element are not looked at.
 *
 * @param min {@code et-al-min}
 * @param useFirst {@code et-al-use-first}
 */
record EtAlUseLast(int min, int useFirst) {

    /** Word joiner before the last family name: invisible, ignored by the collator like the owner's mark. */
    static final String MARK = "\u2060";

    private static final Pattern BIBLIOGRAPHY = Pattern.compile("<bibliography\\b[^>]*>");

    /** The style's request, if its bibliography asks for {@code et-al-use-last}. */
    static Optional<EtAlUseLast> of(String xml) {
        Matcher m = BIBLIOGRAPHY.matcher(xml);
        if (!m.find() || !attribute(m.group(), "et-al-use-last").equals(Optional.of("true"))) {
            return Optional.empty();
        }
        Optional<String> min = attribute(m.group(), "et-al-min");
        Optional<String> first = attribute(m.group(), "et-al-use-first");
        if (min.isEmpty() || first.isEmpty() || !min.get().matches("\\d+") || !first.get().matches("\\d+")) {
            return Optional.empty();
        }
        return Optional.of(new EtAlUseLast(Integer.parseInt(min.get()), Integer.parseInt(first.get())));
    }

    private static Optional<String> attribute(String element, String name) {
        Matcher m = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(element);
        return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    /** Whether a list of {@code size} names is shown as the first names, an ellipsis and the last name. */
    boolean applies(int size) {
        return useFirst >= 1 && size >= min && size >= useFirst + 2;
    }

    /**
     * The entry with the connector before each marked last name replaced by the delimiter and "… ", and the marks
     * removed. {@code people}: the entry's names, to find where a marked name begins (particle, given names).
     */
    static StyledText place(StyledText styled, List<PersonName> people) {
        StyledText out = styled;
        int at = out.text().indexOf(MARK);
        while (at >= 0) {
            String text = out.text();
            int start = nameStart(text, at, people);
            String before = text.substring(0, start);
            // the "and" term ("&", "and", "und"…) after a space, then the delimiter before it, if any
            Matcher connector = Pattern.compile("(?:(?<=\\s)(?:&|\\p{L}+)\\s+)?$").matcher(before);
            int cut = connector.find() ? connector.start() : start;
            Matcher delimiter = Pattern.compile("([,;]?)\\s*$").matcher(before.substring(0, cut));
            delimiter.find();
            int from = delimiter.start();
            String separator = (delimiter.group(1).isEmpty() ? "," : delimiter.group(1)) + " \u2026 ";
            out = out.splice(from, at + 1, List.of(new int[] {-1, 0}, new int[] {start, at}), List.of(separator));
            at = out.text().indexOf(MARK);
        }
        return out;
    }

    /** Where the marked name begins: before a particle ("van der Berg") and given names in natural order. */
    private static int nameStart(String text, int mark, List<PersonName> people) {
        String before = text.substring(0, mark);
        int best = mark;
        for (PersonName person : people) {
            String von = person.von().isEmpty() ? "" : "(?:" + Pattern.quote(person.von()) + "[\\s\\u00A0]+)?";
            String given = person.first().isEmpty() ? ""
                    : "(?:(?:" + StyledText.givenPattern(List.of(person)) + ")[\\s\\u00A0]+)?";
            Matcher m = Pattern.compile(given + von + "$").matcher(before);
            String family = text.substring(mark + 1).replace(CslItems.OWNER_MARK, "");
            if (m.find() && m.start() < best && family.startsWith(person.last())) {
                best = m.start();
            }
        }
        return best;
    }
}
