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
import org.bibfolio.model.Progress;
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
    public List<RenderedSection> render(Library library, List<HouseStyle.Section> sections, Progress rendering) {
        List<List<Publication>> selected = sections.stream().map(section -> select(library, section)).toList();
        Tally tally = new Tally(rendering, selected.stream().mapToInt(List::size).sum());
        List<RenderedSection> rendered = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            HouseStyle.Section section = sections.get(i);
            rendered.add(list(section.id(), section.heading(), selected.get(i), Optional.of(section), tally));
        }
        return style.listNumbering().apply(rendered);
    }

    /** One list of the given entries, in the style's order, without CV sections. */
    public RenderedSection renderFlat(List<Publication> publications) {
        return renderFlat(publications, Progress.NONE);
    }

    /** As {@link #renderFlat(List)}, telling {@code rendering} how many entries are rendered. */
    public RenderedSection renderFlat(List<Publication> publications, Progress rendering) {
        return style.listNumbering().applyFlat(list("all", "Publications", order(publications), Optional.empty(),
                new Tally(rendering, publications.size())));
    }

    private RenderedSection list(String id, String heading, List<Publication> entries,
                                 Optional<HouseStyle.Section> section, Tally tally) {
        List<RenderedEntry> out = new ArrayList<>();
        Set<AuthorRole> marked = EnumSet.noneOf(AuthorRole.class);
        for (Publication publication : entries) {
            out.add(entry(publication, section, marked));
            tally.one();
        }
        return new RenderedSection(id, heading, out, style.names().marks().legend(marked));
    }

    /** Entries rendered so far of all an export renders (an entry in two lists counts twice), told as they go. */
    private static final class Tally {
        private final Progress progress;
        private final int total;
        private int done;

        Tally(Progress progress, int total) {
            this.progress = progress;
            this.total = total;
        }

        void one() {
            progress.done(++done, total);
        }
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
