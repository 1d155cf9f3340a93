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

/** Renders a library's CV sections in a house style: select, order, number, and fill each entry's template. */
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
        int total = sections.stream().mapToInt(s -> select(library, s).size()).sum();
        int numbered = 0;
        for (HouseStyle.Section section : sections) {
            List<Publication> entries = select(library, section);
            List<RenderedEntry> out = new ArrayList<>();
            Set<AuthorRole> marked = EnumSet.noneOf(AuthorRole.class);
            for (int i = 0; i < entries.size(); i++) {
                int position = style.numberingScope().equals("global") ? numbered + i : i;
                int count = style.numberingScope().equals("global") ? total : entries.size();
                out.add(entry(entries.get(i), Optional.of(section), label(position, count), marked));
            }
            numbered += entries.size();
            rendered.add(new RenderedSection(section.id(), section.heading(), out,
                    style.names().marks().legend(marked)));
        }
        return rendered;
    }

    /** One list of the given entries, in the style's order, without CV sections. */
    public RenderedSection renderFlat(List<Publication> publications) {
        List<Publication> ordered = order(publications);
        List<RenderedEntry> out = new ArrayList<>();
        Set<AuthorRole> marked = EnumSet.noneOf(AuthorRole.class);
        for (int i = 0; i < ordered.size(); i++) {
            out.add(entry(ordered.get(i), Optional.empty(), label(i, ordered.size()), marked));
        }
        return new RenderedSection("all", "Publications", out, style.names().marks().legend(marked));
    }

    private List<Publication> select(Library library, HouseStyle.Section section) {
        return order(library.publications().stream().filter(section.rule()::matches).toList());
    }

    private List<Publication> order(List<Publication> publications) {
        return style.order(publications);
    }

    private Optional<String> label(int position, int count) {
        return switch (style.numbering()) {
            case "ascending" -> Optional.of(String.valueOf(position + 1));
            case "descending" -> Optional.of(String.valueOf(count - position));
            default -> Optional.empty();
        };
    }

    /** One entry; adds the author marks it uses to {@code marked}, for the list's legend. */
    private RenderedEntry entry(Publication publication, Optional<HouseStyle.Section> section, Optional<String> label,
                                Set<AuthorRole> marked) {
        EntryValues values = new EntryValues(publication, names);
        List<Inline> content = style.templateFor(publication, section).map(template -> template.render(values))
                .orElse(Inline.of(publication.title(), publication.latexIn("title")));
        marked.addAll(values.marked());
        return new RenderedEntry(publication, label, content);
    }
}
