package org.bibfolio.app;

import java.util.List;
import java.util.function.Predicate;
import org.bibfolio.bibtex.LibraryReader;
import org.bibfolio.model.Library;
import org.bibfolio.model.Progress;
import org.bibfolio.model.Publication;
import org.bibfolio.style.HouseStyle;
import org.bibfolio.style.RenderedSection;
import org.bibfolio.style.Style;

/**
 * The export use case: a library's CV sections, or one flat list, in one style and format. The style always
 * renders, even for the data formats: it decides which entries a section holds and in what order.
 */
public final class Exporter {

    public static final String ALL = "all";

    /**
     * What to export.
     *
     * @param section   every section of the style ({@code all}) or one by id; ignored when {@code flat}
     * @param flat      one list in the style's own order, without CV sections
     * @param selection which entries to export: every entry, or the hits of a search ({@code --query})
     */
    public record Request(Style style, String section, ExportFormat format, boolean standalone, boolean flat,
                          Predicate<Publication> selection) { }

    private Exporter() {
    }

    /**
     * The export of a library as read; data formats need the file itself (the bibtex format copies its text).
     * {@code rendering} is told how many of the entries the style has rendered, the long part of a big export.
     */
    public static String export(LibraryReader.Loaded source, Request request, Progress rendering) {
        Style style = request.style();
        Library library = selected(source, request);
        if (request.flat()) {
            return request.format().write(new ExportFormat.Export(style.id(),
                    List.of(style.renderFlat(library, library.publications(), rendering)), false, request.standalone(), source));
        }
        boolean all = request.section().equals(ALL);
        List<HouseStyle.Section> sections = all ? style.sections()
                : List.of(style.sections().stream().filter(s -> s.id().equalsIgnoreCase(request.section()))
                        .findFirst().orElseThrow(() -> new IllegalArgumentException("no section " + request.section())));
        // Under headings, a list with nothing in it is left out rather than printed as a bare heading.
        List<RenderedSection> rendered = style.render(library, sections, rendering).stream()
                .filter(section -> !all || !section.entries().isEmpty()).toList();
        return request.format().write(new ExportFormat.Export(style.id(), rendered, all, request.standalone(),
                source));
    }

    /**
     * For an export of the whole CV: a warning line for each chosen entry that no section of the style includes,
     * which the CV leaves out ({@link UnlistedEntries}). One section or a flat list leaves nothing out unasked.
     */
    public static List<String> unlisted(LibraryReader.Loaded source, Request request) {
        if (request.flat() || !request.section().equals(ALL)) {
            return List.of();
        }
        return UnlistedEntries.of(request.style()).warnings(selected(source, request));
    }

    private static Library selected(LibraryReader.Loaded source, Request request) {
        Library whole = source.library();
        return new Library(whole.publications().stream().filter(request.selection()).toList(), whole.owner(),
                whole.knownTags());
    }
}
