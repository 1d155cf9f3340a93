package org.bibfolio.app;

import java.util.List;
import java.util.function.Predicate;
import org.bibfolio.model.Library;
import org.bibfolio.model.Publication;
import org.bibfolio.style.HouseStyle;
import org.bibfolio.style.RenderedSection;
import org.bibfolio.style.Style;
import org.bibfolio.style.format.Format;

/** The export use case: a library's CV sections, or one flat list, in one style and format. */
public final class Exporter {

    public static final String ALL = "all";

    /**
     * What to export.
     *
     * @param section   every section of the style ({@code all}) or one by id; ignored when {@code flat}
     * @param flat      one list in the style's own order, without CV sections
     * @param selection which entries a flat list holds: every entry, or (the seam for {@code --query}) search hits
     */
    public record Request(Style style, String section, Format format, boolean standalone, boolean flat,
                          Predicate<Publication> selection) {

        public Request(Style style, String section, Format format, boolean standalone) {
            this(style, section, format, standalone, false, p -> true);
        }
    }

    private Exporter() {
    }

    public static String export(Library library, Request request) {
        Style style = request.style();
        if (request.flat()) {
            List<Publication> chosen = library.publications().stream().filter(request.selection()).toList();
            return request.format().render(List.of(style.renderFlat(library, chosen)), false, request.standalone());
        }
        boolean all = request.section().equals(ALL);
        List<HouseStyle.Section> sections = all ? style.sections()
                : List.of(style.sections().stream().filter(s -> s.id().equalsIgnoreCase(request.section()))
                        .findFirst().orElseThrow(() -> new IllegalArgumentException("no section " + request.section())));
        List<RenderedSection> rendered = style.render(library, sections);
        return request.format().render(rendered, all, request.standalone());
    }
}
