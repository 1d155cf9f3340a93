package org.bibfolio.style.csl;

import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.bibfolio.model.AuthorRole;
import org.bibfolio.model.Owner;
import org.bibfolio.model.PersonList;
import org.bibfolio.model.PersonName;
import org.bibfolio.model.Publication;
import org.bibfolio.style.AuthorMarks;
import org.bibfolio.style.NameCut;

/**
 * A publication's names as CSL data: the owner's family name between {@link CslItems#OWNER_MARK}s, annotated authors
 * with {@link RoleMarks}, and, for rendering, the names {@link NameCut} shows. Where that is not what citeproc-java
 * makes of the whole list (the owner would be hidden by "et al.", CSL's {@code et-al-use-last}, a list that ended in
 * "and others"), the data holds only the names to show, "…" marked before names left out ({@link NameEllipsis}), and one
 * more name when "et al." follows; {@link #variant} then says how many names the style variant must show.
 */
final class CslNames {

    /** How names are cut when rendering: the style's limits and the house style's {@code et-al-owner}. */
    record Rendering(NameCut.Limits limits, String rule) { }

    private final Owner owner;
    private final AuthorMarks marks;
    private final Optional<Rendering> rendering;

    /** @param rendering empty for plain data, which must be complete: every name, no marks of any kind */
    CslNames(Owner owner, AuthorMarks marks, Optional<Rendering> rendering) {
        this.owner = owner;
        this.marks = marks;
        this.rendering = rendering;
    }

    CSLName[] authors(Publication p) {
        return names(p.authors(), p::rolesOf, true);
    }

    /** Editors are cut like authors when they stand in for them (an edited book). */
    CSLName[] editors(Publication p) {
        // annotations (author+an) speak of authors only
        return names(p.editors(), position -> Set.of(), leading(p) == p.editors());
    }

    /** Translators likewise, when neither authors nor editors are named (CSL's substitute order). */
    CSLName[] translators(Publication p) {
        return names(p.translators(), position -> Set.of(), leading(p) == p.translators());
    }

    /**
     * The number of names the style must show for this entry, when its own options would not show them (the data
     * then holds those names and maybe one to hide behind "et al."); empty when the style renders the entry as is.
     */
    OptionalInt variant(Publication p) {
        Optional<Plan> plan = plan(leading(p));
        return plan.filter(Plan::needsVariant).map(pl -> OptionalInt.of(pl.cut().shown().size()))
                .orElse(OptionalInt.empty());
    }

    /**
     * Whether a rendering of this publication should name the owner: the owner is one of its authors, editors or
     * translators, and not one the house style lets the style's own "et al." hide ({@code et-al-owner = "style"}).
     */
    boolean ownerShown(Publication p) {
        if (p.people().stream().noneMatch(owner::isOwner)) {
            return false;
        }
        List<PersonName> leading = leading(p).names();
        boolean elsewhere = Stream.of(p.authors(), p.editors(), p.translators()).filter(list -> list != leading(p))
                .anyMatch(list -> list.names().stream().anyMatch(owner::isOwner));
        return elsewhere || rendering.map(r -> {
            int ownerAt = ownerAt(leading);
            return NameCut.of(leading.size(), leading(p).truncated(), r.limits(), ownerAt, r.rule()).shown()
                    .contains(ownerAt);
        }).orElse(true);
    }

    /** The names a style puts first: the authors, else the editors, else the translators (CSL's substitute). */
    static PersonList leading(Publication p) {
        return !p.authors().isEmpty() ? p.authors() : !p.editors().isEmpty() ? p.editors() : p.translators();
    }

    /**
     * What to hand citeproc-java: empty when the whole list renders right by the style's own options.
     *
     * @param needsVariant the style itself would cut the names to show, or must add "et al." after them
     */
    private record Plan(NameCut cut, List<PersonName> names, boolean needsVariant) { }

    private Optional<Plan> plan(PersonList people) {
        if (rendering.isEmpty()) {
            return Optional.empty();
        }
        List<PersonName> names = people.names();
        boolean others = people.truncated();
        int ownerAt = ownerAt(names);
        NameCut.Limits limits = rendering.get().limits();
        NameCut cut = NameCut.of(names.size(), others, limits, ownerAt, rendering.get().rule());
        NameCut byCiteproc = NameCut.of(names.size(), false,
                new NameCut.Limits(limits.min(), limits.useFirst(), false), -1, NameCut.STYLE);
        // compared part by part: a record's equals is bootstrapped at its first use, a cost at every start
        if (cut.shown().equals(byCiteproc.shown()) && cut.ellipsisBefore().equals(byCiteproc.ellipsisBefore())
                && cut.etAl() == byCiteproc.etAl()) {
            return Optional.empty();
        }
        int shown = cut.shown().size();
        boolean styleWouldCut = limits.min() > 0 && limits.useFirst() > 0 && shown >= limits.min()
                && shown > limits.useFirst();
        return Optional.of(new Plan(cut, names, cut.etAl() || styleWouldCut));
    }

    /** The owner's position among {@code names}, or -1. */
    private int ownerAt(List<PersonName> names) {
        for (int i = 0; i < names.size(); i++) {
            if (owner.isOwner(names.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private CSLName[] names(PersonList people, IntFunction<Set<AuthorRole>> roles, boolean cut) {
        Optional<Plan> plan = cut ? plan(people) : Optional.empty();
        List<CSLName> out = new ArrayList<>();
        if (plan.isEmpty()) {
            List<PersonName> names = people.names();
            for (int i = 0; i < names.size(); i++) {
                out.add(name(names.get(i), roles.apply(i), false));
            }
            if (rendering.isEmpty() && people.truncated()) {
                // "and others" in shared data: pandoc's own reading of BibTeX, which its citeproc prints as "et al."
                out.add(new CSLNameBuilder().literal("others").build());
            }
            return out.toArray(CSLName[]::new);
        }
        NameCut shown = plan.get().cut();
        List<PersonName> names = plan.get().names();
        for (int position : shown.shown()) {
            out.add(name(names.get(position), roles.apply(position), shown.ellipsisBefore().contains(position)));
        }
        if (shown.etAl()) {
            int last = shown.shown().get(shown.shown().size() - 1);
            // hidden behind the style's "et al.": the next name, or any name for a list that ended in "and others"
            out.add(name(last + 1 < names.size() ? names.get(last + 1) : new PersonName("", "", "Others", ""),
                    Set.of(), false));
        }
        return out.toArray(CSLName[]::new);
    }

    /**
     * BibTeX's "von" part is a dropping particle ("Berg, J. van der"), biblatex's default (useprefix=false) and what
     * pandoc's BibTeX reader emits; citeproc-java misplaces it in inverted names, which {@link InvertedNames} fixes.
     * No comma-suffix: BibTeX's "King, Jr., Martin Luther" says nothing about a comma in natural order. For rendering,
     * a name in a family-name-first script ("田中花子") is one family name: CSL writes such names family then given,
     * never inverted or initialled, which citeproc-java does not know (plain data keeps the two parts).
     */
    private CSLName name(PersonName n, Set<AuthorRole> roles, boolean ellipsisBefore) {
        CSLNameBuilder b = new CSLNameBuilder();
        boolean familyFirst = rendering.isPresent() && n.writtenFamilyFirst();
        String family = familyFirst ? n.familyThenGiven() : n.last();
        String marked = rendering.isPresent() && owner.isOwner(n) ? CslItems.OWNER_MARK + family + CslItems.OWNER_MARK
                : family;
        String roleMarks = rendering.isPresent() ? RoleMarks.invisible(marks.shown(roles)) : "";
        b.family((ellipsisBefore ? NameEllipsis.MARK : "") + marked + roleMarks);
        if (!n.first().isEmpty() && !familyFirst) {
            b.given(n.first());
        }
        if (!n.von().isEmpty()) {
            b.droppingParticle(n.von());
        }
        if (!n.jr().isEmpty()) {
            b.suffix(n.jr());
        }
        return b.build();
    }
}
