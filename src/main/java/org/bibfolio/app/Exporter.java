package org.bibfolio.app;

import java.io.IOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.bibfolio.bibtex.LibraryReader;
import org.bibfolio.model.Library;
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
     * @param section   every section of the style ({@code all}) or one by id
     * @param flat      one list in the style's own order, without CV sections: of every entry, or of the entries
     *                  {@code section} includes
     * @param selection which entries to export: every entry, or the hits of a search ({@code --query})
     */
    public record Request(Style style, String section, ExportFormat format, boolean standalone, boolean flat,
                          Predicate<Publication> selection) { }

    private Exporter() {
    }

    /** The export of a library as read; data formats need the file itself (the bibtex format copies its text). */
    public static String export(LibraryReader.Loaded source, Request request) {
        return request.format().write(rendered(source, request));
    }

    /** {@link #export}, written to {@code out} as the format writes it: entry by entry where it can. */
    public static void export(LibraryReader.Loaded source, Request request, Writer out) throws IOException {
        request.format().write(rendered(source, request), out);
    }

    private static ExportFormat.Export rendered(LibraryReader.Loaded source, Request request) {
        Style style = request.style();
        Library library = selected(source, request);
        boolean all = request.section().equals(ALL);
        List<HouseStyle.Section> sections = all ? style.sections()
                : List.of(style.sections().stream().filter(s -> s.id().equalsIgnoreCase(request.section()))
                        .findFirst().orElseThrow(() -> new IllegalArgumentException("no section " + request.section())));
        if (request.flat()) {
            List<Publication> entries = all ? library.publications() : library.publications().stream()
                    .filter(sections.get(0).rule()::matches).toList();
            return new ExportFormat.Export(style.id(), List.of(style.renderFlat(library, entries)), false,
                    request.standalone(), source);
        }
        // Under headings, a list with nothing in it is left out rather than printed as a bare heading.
        List<RenderedSection> rendered = style.render(library, sections).stream()
                .filter(section -> !all || !section.entries().isEmpty()).toList();
        return new ExportFormat.Export(style.id(), rendered, all, request.standalone(), source);
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

    /**
     * The entries to export: an entry whose key an earlier entry has is left out, as BibTeX leaves it out (the
     * reading command warns of it, {@link LibraryReader.Loaded#repeatedKeys}); a format that lists each key once
     * would otherwise lose it unsaid and one that does not would print the first entry twice.
     */
    private static Library selected(LibraryReader.Loaded source, Request request) {
        Library whole = source.library();
        Set<String> keys = new HashSet<>();
        return new Library(whole.publications().stream().filter(p -> keys.add(p.key().toLowerCase(Locale.ROOT)))
                .filter(request.selection()).toList(), whole.owner(), whole.knownTags());
    }
}
