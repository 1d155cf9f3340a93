package org.bibfolio.app;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.bibfolio.bibtex.LibraryReader;
import org.bibfolio.model.Library;
import org.bibfolio.model.Owner;
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
        return request.format().write(rendered(source, request, Progress.NONE));
    }

    /**
     * {@link #export}, written to {@code out} as the format writes it: entry by entry where it can. {@code rendering}
     * is told how many of the entries the style has rendered, the long part of a big export.
     */
    public static void export(LibraryReader.Loaded source, Request request, Writer out, Progress rendering)
            throws IOException {
        request.format().write(rendered(source, request, rendering), out);
    }

    private static ExportFormat.Export rendered(LibraryReader.Loaded source, Request request, Progress rendering) {
        Style style = request.style();
        Library library = selected(source, distinct(source, request));
        boolean all = request.section().equals(ALL);
        List<HouseStyle.Section> sections = all ? style.sections()
                : List.of(style.sections().stream().filter(s -> s.id().equalsIgnoreCase(request.section()))
                        .findFirst().orElseThrow(() -> new IllegalArgumentException("no section " + request.section())));
        if (request.flat()) {
            List<Publication> entries = all ? library.publications() : library.publications().stream()
                    .filter(sections.get(0).rule()::matches).toList();
            return new ExportFormat.Export(style.id(), List.of(style.renderFlat(library, entries, rendering)), false,
                    request.standalone(), source);
        }
        // Under headings, a list with nothing in it is left out rather than printed as a bare heading.
        List<RenderedSection> rendered = style.render(library, sections, rendering).stream()
                .filter(section -> !all || !section.entries().isEmpty()).toList();
        return new ExportFormat.Export(style.id(), rendered, all, request.standalone(), source);
    }

    /**
     * A warning line for each chosen entry that repeats an earlier paper, which every export prints once, and for an
     * export of the whole CV for each that no section of the style includes, which the CV leaves out
     * ({@link UnlistedEntries}). One section or a flat list leaves nothing out unasked.
     */
    public static List<String> warnings(LibraryReader.Loaded source, Request request) {
        DuplicatePapers.Distinct distinct = distinct(source, request);
        List<String> warnings = new ArrayList<>(distinct.warnings());
        if (!request.flat() && request.section().equals(ALL)) {
            warnings.addAll(UnlistedEntries.of(request.style()).warnings(selected(source, distinct)));
        }
        return warnings;
    }

    /** The chosen entries, each paper once ({@link DuplicatePapers#distinct}). */
    private static Library selected(LibraryReader.Loaded source, DuplicatePapers.Distinct distinct) {
        Library whole = source.library();
        return new Library(distinct.publications(), whole.owner(), whole.knownTags());
    }

    /**
     * The chosen entries that are works of the CV ({@link #isWork}), each paper once. An entry whose key an earlier
     * entry has is left out first, as BibTeX leaves it out (the reading command warns of it,
     * {@link LibraryReader.Loaded#repeatedKeys}); a format that lists each key once would otherwise lose it unsaid
     * and one that does not would print the first entry twice.
     */
    private static DuplicatePapers.Distinct distinct(LibraryReader.Loaded source, Request request) {
        Set<String> keys = new HashSet<>();
        List<Publication> all = source.library().publications().stream()
                .filter(p -> keys.add(p.key().toLowerCase(Locale.ROOT))).toList();
        Set<String> parents = all.stream().map(p -> p.fields().get("crossref")).filter(Objects::nonNull)
                .map(key -> key.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        Owner owner = source.library().owner();
        return DuplicatePapers.distinct(all.stream().filter(p -> isWork(p, parents, owner))
                .filter(request.selection()).toList());
    }

    /**
     * Whether an entry is a work to list: not biblatex's {@code @set} or {@code @xdata} (their members are entries of
     * their own), nor a crossref parent the owner did not edit (the proceedings the owner's paper is in, which BibTeX
     * too prints only as part of its children).
     */
    private static boolean isWork(Publication p, Set<String> parents, Owner owner) {
        if (p.type().equals("set") || p.type().equals("xdata")) {
            return false;
        }
        return !parents.contains(p.key().toLowerCase(Locale.ROOT)) || p.people().stream().anyMatch(owner::isOwner);
    }
}
