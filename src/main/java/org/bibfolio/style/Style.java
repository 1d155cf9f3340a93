package org.bibfolio.style;

import java.util.List;
import org.bibfolio.model.Library;
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
    List<RenderedSection> render(Library library, List<HouseStyle.Section> sections);

    /** The given entries as one list in the style's own order, without CV sections. */
    RenderedSection renderFlat(Library library, List<Publication> publications);
}
