package org.bibfolio.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One work as a CV needs it. Built by the reader from one library entry; {@code fields} keeps every field
 * (lower-case names, values decoded to Unicode) so unknown fields are never lost to formatters or the index.
 *
 * @param key       the citation key, as written in the library
 * @param type      the entry type, lower case ({@code article}, {@code inproceedings}…)
 * @param date      year and month where known; for a preprint without a year, the arXiv month
 * @param selected  whether the work goes into the "Selected" list
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
        Links links) {

    public Publication {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        tags = List.copyOf(tags);
    }

    public Optional<String> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    public Optional<Integer> year() {
        return date.map(PartialDate::year);
    }
}
