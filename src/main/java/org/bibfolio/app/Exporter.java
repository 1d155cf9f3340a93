package org.bibfolio.app;

import java.util.List;
import org.bibfolio.model.Library;
import org.bibfolio.style.CvRenderer;
import org.bibfolio.style.HouseStyle;
import org.bibfolio.style.RenderedSection;
import org.bibfolio.style.format.Format;

/** The export use case: a library's CV sections in one style and format. */
public final class Exporter {

    public static final String ALL = "all";

    /** What to export: every section of the style ({@code all}) or one by id. */
    public record Request(HouseStyle style, String section, Format format, boolean standalone) { }

    private Exporter() {
    }

    public static String export(Library library, Request request) {
        HouseStyle style = request.style();
        boolean all = request.section().equals(ALL);
        List<HouseStyle.Section> sections = all ? style.sections()
                : List.of(style.section(request.section()).orElseThrow(
                        () -> new IllegalArgumentException("no section " + request.section())));
        List<RenderedSection> rendered = new CvRenderer(style, library).render(library, sections);
        return request.format().render(rendered, all, request.standalone());
    }
}
