package org.bibfolio.bibtex;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The fields an entry needs to be cited and listed on a CV, per entry type: BibTeX's standard styles and biblatex
 * merged, with the alternatives either accepts ({@code journal} or {@code journaltitle}, {@code year} or
 * {@code date}). An {@code @article} with only an arXiv id counts as a preprint, as the reader treats it.
 */
public final class RequiredFields {

    private static final List<String> WORK = List.of("author|editor", "title", "year|date");
    private static final Map<String, List<String>> EXTRA = Map.ofEntries(
            Map.entry("article", List.of("journal|journaltitle|eprint")),
            Map.entry("inproceedings", List.of("booktitle")),
            Map.entry("conference", List.of("booktitle")),
            Map.entry("incollection", List.of("booktitle")),
            Map.entry("inbook", List.of("booktitle|chapter|pages")),
            Map.entry("book", List.of("publisher")),
            Map.entry("phdthesis", List.of("school|institution")),
            Map.entry("mastersthesis", List.of("school|institution")),
            Map.entry("thesis", List.of("school|institution")),
            Map.entry("techreport", List.of("institution")),
            Map.entry("report", List.of("institution")),
            Map.entry("online", List.of("url|eprint|doi")));
    /** Types whose only firm need is a title: BibTeX's misc and unpublished, and biblatex's catch-alls. */
    private static final List<String> LOOSE = List.of("misc", "unpublished", "proceedings", "collection",
            "periodical", "manual", "booklet");

    /** biblatex's containers: a set lists members, an xdata entry lends fields; neither is cited alone. */
    private static final List<String> CONTAINERS = List.of("set", "xdata");

    private RequiredFields() {
    }

    /** The required fields missing from an entry, each as "name" or "name or other". */
    public static List<String> missing(String type, Map<String, String> fields) {
        String lowerType = type.toLowerCase(java.util.Locale.ROOT);
        if (CONTAINERS.contains(lowerType)) {
            return List.of();
        }
        List<String> needs = new ArrayList<>(LOOSE.contains(lowerType) ? List.of("title") : WORK);
        needs.addAll(EXTRA.getOrDefault(lowerType, List.of()));
        List<String> missing = new ArrayList<>();
        for (String need : needs) {
            boolean present = false;
            for (String name : need.split("\\|")) {
                present |= !fields.getOrDefault(name, "").isBlank();
            }
            if (!present) {
                missing.add(need.replace("|", " or "));
            }
        }
        return missing;
    }
}
