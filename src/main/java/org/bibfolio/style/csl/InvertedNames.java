package org.bibfolio.style.csl;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bibfolio.model.PersonName;

/**
 * Puts a dropping particle and a suffix where the CSL specification wants them in an inverted name, which
 * citeproc-java 3.5.2 does not: it always writes "particle family suffix" as one block, so APA gets
 * "van der Berg, J." and "King Jr., M. L." where the specification (and pandoc) write "Berg, J. van der" and
 * "King, M. L., Jr.". Only a name whose given part follows its family part (name-as-sort-order) is rewritten; a
 * name in natural order ("J. van der Berg", "M. L. King Jr.") is already right.
 */
final class InvertedNames {

    private InvertedNames() {
    }

    static StyledText place(StyledText styled, List<PersonName> people) {
        StyledText out = styled;
        for (PersonName person : people) {
            if (!person.first().isEmpty() && (!person.von().isEmpty() || !person.jr().isEmpty())) {
                out = place(out, person);
            }
        }
        return out;
    }

    /**
     * citeproc-java drops the period that ends a name list ("van der Berg, J. (2018)") when the list already ends with
     * an initial's period. Once the particle or suffix comes last, that period is needed again: when the moved part
     * does not end in one and what follows is the entry going on, not the next name ("&", "and", "et al.").
     */
    private static boolean swallowedPeriod(String text, Matcher m) {
        String lastPart = m.start(3) < m.end(3) ? m.group(3) : m.group(1);
        String rest = text.substring(m.end());
        return !lastPart.isEmpty() && m.group(5).endsWith(".") && !lastPart.endsWith(".")
                && (rest.isEmpty() || rest.startsWith(" ") && !rest.matches("(?s) (?:&|and |et al).*"));
    }

    private static StyledText place(StyledText styled, PersonName person) {
        String given = StyledText.givenPattern(List.of(person));
        String mark = CslItems.OWNER_MARK;
        // groups: 1 particle, 2 family (with any owner and role marks), 3 suffix, 4 separator, 5 given names
        Pattern inverted = Pattern.compile((person.von().isEmpty() ? "()" : "(" + Pattern.quote(person.von()) + ") ")
                + "(" + mark + "?" + Pattern.quote(person.last()) + mark + "?" + RoleMarks.ANY + ")"
                + (person.jr().isEmpty() ? "()" : ",? (" + Pattern.quote(person.jr()) + ")")
                + "(,?[\\s\\u00A0]*)(" + given + ")(?!\\p{L})");
        Pattern naturalOrderBefore = Pattern.compile("(?:" + given + ")[\\s\\u00A0]*$");
        StyledText out = styled;
        int from = 0;
        Matcher m = inverted.matcher(out.text());
        while (m.find(from)) {
            String before = out.text().substring(Math.max(0, m.start() - 40), m.start());
            if (naturalOrderBefore.matcher(before).find()) {
                from = m.end();
                continue;
            }
            List<String> literals = List.of(" ", ", ", ".");
            List<int[]> pieces = new ArrayList<>(List.of(new int[] {m.start(2), m.end(2)},
                    new int[] {m.start(4), m.end(4)}, new int[] {m.start(5), m.end(5)}));
            if (m.start(1) < m.end(1)) {
                pieces.add(new int[] {-1, 0});
                pieces.add(new int[] {m.start(1), m.end(1)});
            }
            if (m.start(3) < m.end(3)) {
                pieces.add(new int[] {-1, 1});
                pieces.add(new int[] {m.start(3), m.end(3)});
            }
            if (swallowedPeriod(out.text(), m)) {
                pieces.add(new int[] {-1, 2});
            }
            out = out.splice(m.start(), m.end(), pieces, literals);
            from = m.end();
            m = inverted.matcher(out.text());
        }
        return out;
    }
}
