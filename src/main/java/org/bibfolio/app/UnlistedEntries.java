package org.bibfolio.app;

import java.util.List;
import java.util.Optional;
import org.bibfolio.model.Library;
import org.bibfolio.model.Publication;
import org.bibfolio.style.HouseStyle;
import org.bibfolio.style.Style;

/**
 * Entries that no section of a style includes: a CV in that style would leave them out without a word (a thesis in
 * a style without a Theses list, a {@code category} override no list asks for). {@code export} warns about each on
 * stderr, {@code check} reports each for the library's own CV style ({@link CvStyle}).
 */
public final class UnlistedEntries {

    private final String styleId;
    private final List<HouseStyle.Section> sections;

    private UnlistedEntries(String styleId, List<HouseStyle.Section> sections) {
        this.styleId = styleId;
        this.sections = List.copyOf(sections);
    }

    public static UnlistedEntries of(Style style) {
        return new UnlistedEntries(style.sectionsId(), style.sections());
    }

    /** One line about an entry no section includes; nothing for an entry some section shows. */
    public Optional<String> warning(Publication p) {
        if (sections.stream().anyMatch(section -> section.rule().matches(p))) {
            return Optional.empty();
        }
        return Optional.of(p.key() + " (@" + p.type() + ", category " + p.category().id() + ") is in no list of style '"
                + styleId + "', so the CV leaves it out; give the style a [[sections]] table with include = \"category="
                + p.category().id() + "\" (see styles/README.md)");
    }

    /** A line for each entry of the library that no section includes, in library order. */
    public List<String> warnings(Library library) {
        return library.publications().stream().map(this::warning).flatMap(Optional::stream).toList();
    }
}
