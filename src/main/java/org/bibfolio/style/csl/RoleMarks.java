package org.bibfolio.style.csl;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bibfolio.model.AuthorRole;
import org.bibfolio.model.PersonName;
import org.bibfolio.model.Publication;
import org.bibfolio.style.AuthorMarks;

/**
 * Author marks (equal contribution "*", corresponding author "†") in CSL output. Like the owner's emphasis they are
 * decided on the data, not the text: {@link CslItems} appends one invisible character per role to the annotated
 * author's family name (zero-width non-joiner and joiner: the collator ignores both, so sort order is unchanged),
 * and here each run of them becomes the visible symbols after the whole name as the style wrote it ("L. Zhu*",
 * "Zhu, L.*", "Berg, J. van der*"). A name hidden behind "et al." is never written, so it gets no mark.
 */
final class RoleMarks {

    private static final Map<AuthorRole, Character> INVISIBLE = Map.of(
            AuthorRole.EQUAL, '\u200C', AuthorRole.CORRESPONDING, '\u200D');
    /** Any run of role characters, for {@link InvertedNames}, which must see them as part of the family name. */
    static final String ANY = "[\u200C\u200D]*";

    /** The text with marks placed and the roles whose marks it now shows. */
    record Placed(StyledText text, Set<AuthorRole> roles) { }

    private RoleMarks() {
    }

    /** The invisible characters for these roles, in role order. */
    static String invisible(Set<AuthorRole> roles) {
        StringBuilder out = new StringBuilder();
        for (AuthorRole role : AuthorRole.values()) {
            if (roles.contains(role)) {
                out.append(INVISIBLE.get(role));
            }
        }
        return out.toString();
    }

    /** Replaces each run of role characters by the symbols of {@code marks}, after the name it belongs to. */
    static Placed place(StyledText styled, Publication p, AuthorMarks marks) {
        StyledText out = styled;
        Set<AuthorRole> used = EnumSet.noneOf(AuthorRole.class);
        int from = next(out.text(), 0);
        while (from >= 0) {
            String text = out.text();
            int end = from;
            Set<AuthorRole> roles = EnumSet.noneOf(AuthorRole.class);
            while (end < text.length() && roleOf(text.charAt(end)).isPresent()) {
                roles.add(roleOf(text.charAt(end)).get());
                end++;
            }
            int nameEnd = end + restOfName(text, from, end, p, roles);
            String symbols = marks.symbols(roles);
            used.addAll(marks.shown(roles));
            out = out.splice(from, nameEnd, List.of(new int[] {end, nameEnd}, new int[] {-1, 0}), List.of(symbols));
            from = next(out.text(), nameEnd - (end - from) + symbols.length());
        }
        return new Placed(out, used);
    }

    private static int next(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (roleOf(text.charAt(i)).isPresent()) {
                return i;
            }
        }
        return -1;
    }

    private static Optional<AuthorRole> roleOf(char c) {
        // every character of every entry passes here: the cheap range test first
        if (c != '\u200C' && c != '\u200D') {
            return Optional.empty();
        }
        return Optional.of(c == INVISIBLE.get(AuthorRole.EQUAL) ? AuthorRole.EQUAL : AuthorRole.CORRESPONDING);
    }

    /**
     * How much of the text after the role characters still belongs to the name: the given names (with a moved
     * particle and suffix) when they follow the family name, a suffix in natural order ("King Jr."), else nothing.
     */
    private static int restOfName(String text, int familyEnd, int rest, Publication p, Set<AuthorRole> roles) {
        Optional<PersonName> person = author(text, familyEnd, p, roles);
        if (person.isEmpty()) {
            return 0;
        }
        PersonName name = person.get();
        StyledText.OwnerGiven given = StyledText.OwnerGiven.of(List.of(name));
        int familyStart = withoutOwnerMark(text, withoutOwnerMark(text, familyEnd) - name.last().length());
        String before = text.substring(Math.max(0, familyStart - 60), familyStart);
        String after = text.substring(rest);
        if (!given.before().matcher(before).find()) {
            Matcher inverted = given.after().matcher(after);
            if (inverted.find()) {
                return inverted.end();
            }
        }
        if (!name.jr().isEmpty()) {
            Matcher suffix = Pattern.compile("^,?[\\s\\u00A0]*" + Pattern.quote(name.jr())).matcher(after);
            return suffix.find() ? suffix.end() : 0;
        }
        return 0;
    }

    /** {@code at}, moved before an owner mark that ends there. */
    private static int withoutOwnerMark(String text, int at) {
        return at > 0 && text.charAt(at - 1) == CslItems.OWNER_MARK.charAt(0) ? at - 1 : at;
    }

    /** The annotated author with these roles whose family name ends where the role characters start. */
    private static Optional<PersonName> author(String text, int familyEnd, Publication p, Set<AuthorRole> roles) {
        String family = text.substring(0, withoutOwnerMark(text, familyEnd));
        List<PersonName> authors = p.authors().names();
        for (int i = 0; i < authors.size(); i++) {
            String last = authors.get(i).last();
            if (p.rolesOf(i).containsAll(roles) && !last.isEmpty()
                    && family.regionMatches(true, family.length() - last.length(), last, 0, last.length())) {
                return Optional.of(authors.get(i));
            }
        }
        return Optional.empty();
    }
}
