package org.bibfolio.style;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bibfolio.model.AuthorRole;
import org.bibfolio.model.Library;
import org.bibfolio.model.PartialDate;
import org.bibfolio.model.Publication;
import org.bibfolio.model.WorkCount;

/** Renders a library's CV sections in a house style: select, order, fill each entry's template, and number. */
public final class CvRenderer {

    /** Newest first; an entry without a date goes last. The sort is stable, so ties keep the library's order. */
    static final Comparator<Publication> NEWEST_FIRST = Comparator.comparing(
            (Publication p) -> p.date().orElse(null), Comparator.nullsLast(Comparator.<PartialDate>reverseOrder()));

    private final HouseStyle style;
    private final NameRenderer names;

    public CvRenderer(HouseStyle style, Library library) {
        this.style = style;
        this.names = new NameRenderer(style.names(), library.owner());
    }

    /** The given sections of the style, in the style's order, each holding the library's matching entries. */
    public List<RenderedSection> render(Library library, List<HouseStyle.Section> sections) {
        List<RenderedSection> rendered = new ArrayList<>();
        for (HouseStyle.Section section : sections) {
            rendered.add(list(section.id(), section.heading(), select(library, section), Optional.of(section)));
        }
        return style.listNumbering().apply(rendered);
    }

    /** One list of the given entries, in the style's order, without CV sections. */
    public RenderedSection renderFlat(List<Publication> publications) {
        return style.listNumbering().applyFlat(list("all", "Publications", order(publications), Optional.empty()));
    }

    private RenderedSection list(String id, String heading, List<Publication> entries,
                                 Optional<HouseStyle.Section> section) {
        List<RenderedEntry> out = new ArrayList<>();
        Set<AuthorRole> marked = EnumSet.noneOf(AuthorRole.class);
        for (Publication publication : entries) {
            out.add(entry(publication, section, marked));
        }
        return new RenderedSection(id, heading, out, style.names().marks().legend(marked));
    }

    private List<Publication> select(Library library, HouseStyle.Section section) {
        return order(library.publications().stream().filter(section.rule()::matches).toList());
    }

    private List<Publication> order(List<Publication> publications) {
        return style.order(publications);
    }

    /** One entry; adds the author marks it uses to {@code marked}, for the list's legend. */
    private RenderedEntry entry(Publication publication, Optional<HouseStyle.Section> section,
                                Set<AuthorRole> marked) {
        WorkCount.add(WorkCount.Kind.RENDERED, 1);
        EntryValues values = new EntryValues(publication, names);
        List<Inline> content = style.templateFor(publication, section)
                .map(template -> Punctuation.collapse(template.render(values)))
                .orElse(Inline.of(publication.title(), publication.latexIn("title")));
        marked.addAll(values.marked());
        return new RenderedEntry(publication, Optional.empty(), content);
    }
}
