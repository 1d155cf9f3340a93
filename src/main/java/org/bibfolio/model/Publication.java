package org.bibfolio.model;

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

    /** A publication whose title protects nothing and whose authors carry no annotations. */
    public Publication(String key, String type, Map<String, String> fields, PersonList authors, PersonList editors,
                       String title, Optional<PartialDate> date, Venue venue, List<VenueTag> tags,
                       ReviewStatus status, Category category, boolean selected, Links links) {
        this(key, type, fields, authors, editors, title, date, venue, tags, status, category, selected, links,
                Map.of(), Map.of(), Map.of());
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
