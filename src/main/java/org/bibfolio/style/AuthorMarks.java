package org.bibfolio.style;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bibfolio.model.AuthorRole;

/**
 * The marks set after annotated authors' names (biblatex {@code author+an = {1=equal; 4=corresponding}}) and the
 * legend under a list that uses them. A role whose symbol is empty gets no mark and no legend.
 */
public record AuthorMarks(Map<AuthorRole, Mark> marks) {

    /** @param legend what the legend line says of the symbol ("Equal contribution.") */
    public record Mark(String symbol, String legend) { }

    public static final AuthorMarks DEFAULT = new AuthorMarks(Map.of(
            AuthorRole.EQUAL, new Mark("*", "Equal contribution."),
            AuthorRole.CORRESPONDING, new Mark("\u2020", "Corresponding author.")));

    public AuthorMarks {
        marks = Map.copyOf(marks);
    }

    /** The roles that this style shows, of those given, in role order. */
    public Set<AuthorRole> shown(Set<AuthorRole> roles) {
        Set<AuthorRole> out = EnumSet.noneOf(AuthorRole.class);
        roles.stream().filter(role -> marks.containsKey(role) && !marks.get(role).symbol().isEmpty())
                .forEach(out::add);
        return out;
    }

    /** The symbols for an author's roles, in role order ("*†"); empty when none is shown. */
    public String symbols(Set<AuthorRole> roles) {
        return shown(roles).stream().map(role -> marks.get(role).symbol()).collect(Collectors.joining());
    }

    /** The legend line for the marks a list used ("* Equal contribution. † Corresponding author."), or nothing. */
    public List<Inline> legend(Set<AuthorRole> used) {
        Set<AuthorRole> shown = shown(used);
        if (shown.isEmpty()) {
            return List.of();
        }
        Map<AuthorRole, Mark> ordered = new EnumMap<>(marks);
        ordered.keySet().retainAll(shown);
        return List.of(new Inline.Text(ordered.values().stream().map(m -> m.symbol() + " " + m.legend())
                .collect(Collectors.joining(" "))));
    }
}
