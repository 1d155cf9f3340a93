package org.bibfolio.style.csl;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bibfolio.model.PersonName;

/**
 * Writes the ellipsis of a cut name list: CSL's {@code et-al-use-last} ("name lists truncated by et-al abbreviation
 * are followed by the name delimiter, the ellipsis character, and the last name of the original name list", CSL 1.0.2;
 * APA 7 asks for it: 21 or more authors give the first 19, "…" and the last), which citeproc-java 3.5.2 does not
 * implement, and the names left out before the owner ({@link org.bibfolio.style.NameCut}).
 *
 * <p>The style's own rendering does the names: {@link CslNames} hands citeproc-java only the names to show, with
 * {@link #MARK} on the family name of each name that follows left-out names. After rendering, {@link #place} replaces
 * the connector before each marked name (the delimiter and the "and" term, "&" or a word, as the style wrote them) by
 * the delimiter and the ellipsis.
 */
final class NameEllipsis {

    /** Word joiner before a family name: invisible, ignored by the collator like the owner's mark. */
    static final String MARK = "\u2060";

    private NameEllipsis() {
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
