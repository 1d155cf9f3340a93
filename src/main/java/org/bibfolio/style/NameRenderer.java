package org.bibfolio.style;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import org.bibfolio.model.AuthorRole;
import org.bibfolio.model.Owner;
import org.bibfolio.model.PersonList;
import org.bibfolio.model.PersonName;

/**
 * Writes an author list the way a style asks, setting the owner's name apart by the parsed name, not by text, and
 * marking equal contributors and corresponding authors after their names.
 */
final class NameRenderer {

    private final NameOptions options;
    private final Owner owner;

    NameRenderer(NameOptions options, Owner owner) {
        this.options = options;
        this.owner = owner;
    }

    /** What follows editors or translators who stand in for absent authors. */
    RoleLabels roles() {
        return options.roles();
    }

    /**
     * @param roles what annotations say about the name at a position (0-based); a name hidden by "et al." shows none
     */
    List<Inline> render(PersonList people, IntFunction<Set<AuthorRole>> roles) {
        List<PersonName> names = people.names();
        NameCut cut = cut(people);
        List<Integer> shown = cut.shown();
        List<Inline> out = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            int position = shown.get(i);
            if (cut.ellipsisBefore().contains(position)) {
                out.add(new Inline.Text(options.delimiter() + "\u2026 "));
            } else if (i > 0) {
                out.add(new Inline.Text(delimiterBefore(i, shown.size(), cut.etAl())));
            }
            out.add(name(names.get(position)));
            String marks = options.marks().symbols(roles.apply(position));
            if (!marks.isEmpty()) {
                out.add(new Inline.Text(marks));
            }
        }
        if (cut.etAl() && !shown.isEmpty()) {
            out.add(new Inline.Text(shown.size() == 1 ? " et al." : options.delimiter() + "et al."));
        }
        return out;
    }

    /** The roles whose marks {@link #render} writes for these names: only those of names shown. */
    Set<AuthorRole> shownRoles(PersonList people, IntFunction<Set<AuthorRole>> roles) {
        Set<AuthorRole> out = EnumSet.noneOf(AuthorRole.class);
        cut(people).shown().forEach(position -> out.addAll(options.marks().shown(roles.apply(position))));
        return out;
    }

    private NameCut cut(PersonList people) {
        List<PersonName> names = people.names();
        int ownerAt = -1;
        for (int i = 0; i < names.size() && ownerAt < 0; i++) {
            ownerAt = owner.isOwner(names.get(i)) ? i : -1;
        }
        return NameCut.of(names.size(), people.truncated(),
                new NameCut.Limits(options.etAlMin(), options.etAlUseFirst(), false), ownerAt, options.etAlOwner());
    }

    private String delimiterBefore(int index, int count, boolean etAl) {
        if (index < count - 1 || etAl) {
            return options.delimiter();
        }
        return count == 2 ? options.twoDelimiter() : options.lastDelimiter();
    }

    private Inline name(PersonName name) {
        Inline text = new Inline.Text(format(name));
        if (!owner.isOwner(name)) {
            return text;
        }
        return switch (options.owner()) {
            case "emph" -> new Inline.Emph(List.of(text));
            case "none" -> text;
            default -> new Inline.Strong(List.of(text));
        };
    }

    /** A Chinese, Japanese or Korean name is written family name first and in full in every form ("田中花子"). */
    private String format(PersonName name) {
        if (name.writtenFamilyFirst()) {
            return name.familyThenGiven();
        }
        String jr = name.jr().isEmpty() ? "" : ", " + name.jr();
        String initials = name.initials();
        return switch (options.form()) {
            case "family-first" -> name.familyWithParticle() + jr + (initials.isEmpty() ? "" : ", " + initials);
            case "full" -> name.display();
            default -> (initials.isEmpty() ? "" : initials + " ") + name.familyWithParticle() + jr;
        };
    }
}
