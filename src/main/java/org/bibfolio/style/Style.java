package org.bibfolio.style;

import java.util.List;
import org.bibfolio.model.Library;
import org.bibfolio.model.Progress;
import org.bibfolio.model.Publication;

/**
 * A citation style as export uses it: a house style (styles/*.toml) or a CSL style with a house style's CV sections.
 * Callers see only this, so an export in a house style never loads the CSL machinery.
 */
public interface Style {

    String id();

    /** The house style whose CV sections this style uses ({@code --sections}): itself for a house style. */
    default String sectionsId() {
        return id();
    }

    /** The CV sections, in order. */
    List<HouseStyle.Section> sections();

    /** The given sections, each holding the library's matching entries. */
    default List<RenderedSection> render(Library library, List<HouseStyle.Section> sections) {
        return render(library, sections, Progress.NONE);
    }

    /** As {@link #render(Library, List)}, telling {@code rendering} how many of the entries are rendered. */
    List<RenderedSection> render(Library library, List<HouseStyle.Section> sections, Progress rendering);

    /** The given entries as one list in the style's own order, without CV sections. */
    default RenderedSection renderFlat(Library library, List<Publication> publications) {
        return renderFlat(library, publications, Progress.NONE);
    }

    /** As {@link #renderFlat(Library, List)}, telling {@code rendering} how many of the entries are rendered. */
    RenderedSection renderFlat(Library library, List<Publication> publications, Progress rendering);

    /**
     * What the renderings so far found wrong in their own output, a line each (a CSL style whose rule for an entry's
     * type leaves the owner's name out): known only once an entry is rendered, unlike the export's other warnings.
     */
    default List<String> renderingWarnings() {
        return List.of();
    }
}
