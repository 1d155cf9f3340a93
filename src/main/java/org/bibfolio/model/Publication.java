package org.bibfolio.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One work as a CV needs it. Built by the reader from one library entry; {@code fields} keeps every field
 * (lower-case names, values decoded to Unicode) so unknown fields are never lost to formatters or the index.
 *
 * @param key       the citation key, as written in the library
 * @param type      the entry type, lower case ({@code article}, {@code inproceedings}…)
 * @param date      year and month where known; for a preprint without a year, the arXiv month
 * @param selected  whether the work goes into the "Selected" list
 * @param caseProtected  per decoded field ({@code title}, {@code booktitle}…), the parts whose case a style must
 *                       not change
 * @param translators    biblatex's {@code translator}: who translated the work
 * @param authorRoles    per author (0-based position in {@code authors}), what annotations say about them
 * @param latex          per decoded field, the parts written as math or as commands only LaTeX shows as written;
 *                       fields without such parts are absent
 */
public record Publication(
        String key,
        String type,
        Map<String, String> fields,
        PersonList authors,
        PersonList editors,
        PersonList translators,
        String title,
        Optional<PartialDate> date,
        Venue venue,
        List<VenueTag> tags,
        ReviewStatus status,
        Category category,
        boolean selected,
        Links links,
        Map<String, List<ProtectedSpan>> caseProtected,
        Map<Integer, Set<AuthorRole>> authorRoles,
        Map<String, List<LatexSpan>> latex) {

    public Publication {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        tags = List.copyOf(tags);
        caseProtected = Map.copyOf(caseProtected);
        authorRoles = Map.copyOf(authorRoles);
        latex = Map.copyOf(latex);
    }

    /**
     * Everyone the work names as its makers, in the order a reader meets them: authors, editors, translators. The
     * owner is one of them on every work of the CV (an edited volume, a translation), and search finds them all.
     */
    public List<PersonName> people() {
        List<PersonName> people = new ArrayList<>(authors.names());
        people.addAll(editors.names());
        people.addAll(translators.names());
        return people;
    }

    /** The case-protected parts of a decoded field, empty when it protects nothing. */
    public List<ProtectedSpan> protectedIn(String field) {
        return caseProtected.getOrDefault(field, List.of());
    }

    /** The math and LaTeX-only commands in a decoded field, in order; empty when it has none. */
    public List<LatexSpan> latexIn(String field) {
        return latex.getOrDefault(field, List.of());
    }

    /** The annotations of the author at {@code position} (0-based), empty when there are none. */
    public Set<AuthorRole> rolesOf(int position) {
        return authorRoles.getOrDefault(position, Set.of());
    }

    public Optional<String> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    public Optional<Integer> year() {
        return date.map(PartialDate::year);
    }
}
