package org.bibfolio.style;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bibfolio.model.Library;
import org.bibfolio.model.Publication;
import org.bibfolio.style.template.Template;

/**
 * A house style, read from a file under styles/: how names are written, the entry templates, how lists are
 * ordered and numbered, and which CV sections there are.
 *
 * @param numbering {@code none}, {@code ascending} or {@code descending} (1 is the newest / the oldest)
 * @param numberingScope {@code section} (each list starts again) or {@code global}
 */
public record HouseStyle(String id, String title, NameOptions names, String sort, String numbering,
                         String numberingScope, Map<String, Template> templates, List<Section> sections,
                         CslSettings csl) implements Style {

    /**
     * The {@code [csl]} table: what a CSL style rendered with this file's sections appends to each entry, and,
     * when {@code style} is set, the CSL style that renders this file's sections instead of its templates.
     *
     * @param order {@code cv} (the sections' entries in this file's sort order) or {@code style} (the CSL style's)
     * @param reviewStatus write the review status ("Submitted.") into an entry under review whose CSL style did
     *                     not print it (Nature, Vancouver, MLA ignore CSL's {@code status}), before its links:
     *                     {@code review-status}
     */
    public record CslSettings(Optional<String> style, Optional<Template> append, String order, boolean reviewStatus) {
        public static final CslSettings NONE = new CslSettings(Optional.empty(), Optional.empty(), "cv");

        public CslSettings(Optional<String> style, Optional<Template> append, String order) {
            this(style, append, order, true);
        }
    }

    /** One CV list: which entries it holds and, optionally, templates of its own. */
    public record Section(String id, String heading, SectionRule rule, Map<String, Template> templates) {
        public Section {
            templates = Map.copyOf(templates);
        }
    }

    public HouseStyle {
        templates = Map.copyOf(templates);
        sections = List.copyOf(sections);
    }

    @Override
    public List<RenderedSection> render(Library library, List<Section> chosen) {
        return new CvRenderer(this, library).render(library, chosen);
    }

    @Override
    public RenderedSection renderFlat(Library library, List<Publication> publications) {
        return new CvRenderer(this, library).renderFlat(publications);
    }

    /** The entries in this style's sort order ({@code [order] sort}). */
    public List<Publication> order(List<Publication> publications) {
        return switch (sort) {
            case "file" -> publications;
            case "date-asc" -> publications.stream().sorted(CvRenderer.NEWEST_FIRST.reversed()).toList();
            default -> publications.stream().sorted(CvRenderer.NEWEST_FIRST).toList();
        };
    }

    /** How this style numbers its lists: {@code [order] numbering} and {@code numbering-scope}, labels "[7]". */
    public Numbering listNumbering() {
        return new Numbering(numbering, numberingScope, Label.bracketed(0));
    }

    public Optional<Section> section(String id) {
        return sections.stream().filter(s -> s.id().equalsIgnoreCase(id)).findFirst();
    }

    /**
     * The template for a publication, most specific first: {@code <category>.<status>}, {@code <status>},
     * {@code <category>}, {@code default}; a section's own templates before the style's.
     */
    public Optional<Template> templateFor(Publication publication, Optional<Section> section) {
        String category = publication.category().id();
        String status = publication.status().id();
        for (String name : List.of(category + "." + status, status, category, "default")) {
            Optional<Template> own = section.map(s -> s.templates().get(name));
            if (own.isPresent()) {
                return own;
            }
            if (templates.containsKey(name)) {
                return Optional.of(templates.get(name));
            }
        }
        return Optional.empty();
    }
}
