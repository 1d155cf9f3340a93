package org.bibfolio.bibtex;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The fields an entry type requires. For a BibTeX library, as BibTeX's standard styles check them
 * ({@code output.check} in plain.bst: an {@code @article} needs author, title, journal and year; {@code @misc} needs
 * one field of any kind); for a biblatex library, as biblatex's data model lists them (biblatex.pdf §2.1.1: a
 * {@code @book} needs no publisher there). biblatex's alternatives count in both: {@code journaltitle} for
 * {@code journal}, {@code date} for {@code year}, {@code institution} for a thesis's {@code school}. Fields taken
 * through {@code crossref} count, as in BibTeX.
 */
public final class RequiredFields {

    private static final String YEAR = "year|date";
    private static final String ANY = "author|editor|title|howpublished|month|year|date|note";
    /** plain.bst's entry functions; its @misc only warns when every field it prints is empty. */
    private static final Map<String, List<String>> PLAIN = Map.ofEntries(
            Map.entry("article", List.of("author", "title", "journal|journaltitle", YEAR)),
            Map.entry("book", List.of("author|editor", "title", "publisher", YEAR)),
            Map.entry("booklet", List.of("title")),
            Map.entry("inbook", List.of("author|editor", "title", "chapter|pages", "publisher", YEAR)),
            Map.entry("incollection", List.of("author", "title", "booktitle", "publisher", YEAR)),
            Map.entry("inproceedings", List.of("author", "title", "booktitle", YEAR)),
            Map.entry("conference", List.of("author", "title", "booktitle", YEAR)),
            Map.entry("manual", List.of("title")),
            Map.entry("mastersthesis", List.of("author", "title", "school|institution", YEAR)),
            Map.entry("phdthesis", List.of("author", "title", "school|institution", YEAR)),
            Map.entry("misc", List.of(ANY)),
            Map.entry("proceedings", List.of("title", YEAR)),
            Map.entry("techreport", List.of("author", "title", "institution", YEAR)),
            Map.entry("unpublished", List.of("author", "title", "note")));
    /** biblatex's data model (its "required" fields; biblatex itself prints whatever is there). */
    private static final Map<String, List<String>> BIBLATEX = Map.ofEntries(
            Map.entry("article", List.of("author", "title", "journal|journaltitle", YEAR)),
            Map.entry("book", List.of("author|editor", "title", YEAR)),
            Map.entry("mvbook", List.of("author|editor", "title", YEAR)),
            Map.entry("inbook", List.of("author", "title", "booktitle", YEAR)),
            Map.entry("bookinbook", List.of("author", "title", YEAR)),
            Map.entry("suppbook", List.of("author", "title", YEAR)),
            Map.entry("booklet", List.of("author|editor", "title", YEAR)),
            Map.entry("collection", List.of("editor", "title", YEAR)),
            Map.entry("mvcollection", List.of("editor", "title", YEAR)),
            Map.entry("incollection", List.of("author", "title", "booktitle", YEAR)),
            Map.entry("inproceedings", List.of("author", "title", "booktitle", YEAR)),
            Map.entry("conference", List.of("author", "title", "booktitle", YEAR)),
            Map.entry("proceedings", List.of("title", YEAR)),
            Map.entry("mvproceedings", List.of("title", YEAR)),
            Map.entry("online", List.of("author|editor", "title", YEAR, "url|doi|eprint")),
            Map.entry("patent", List.of("author", "title", "number", YEAR)),
            Map.entry("periodical", List.of("editor|title", YEAR)),
            Map.entry("report", List.of("author", "title", "institution", YEAR)),
            Map.entry("techreport", List.of("author", "title", "institution", YEAR)),
            Map.entry("thesis", List.of("author", "title", "institution|school", YEAR)),
            Map.entry("mastersthesis", List.of("author", "title", "institution|school", YEAR)),
            Map.entry("phdthesis", List.of("author", "title", "institution|school", YEAR)),
            Map.entry("unpublished", List.of("author", "title", YEAR)),
            Map.entry("misc", List.of(ANY)));
    /** Fields only biblatex reads: a library that uses one is written for biblatex. */
    private static final Set<String> BIBLATEX_FIELDS = Set.of("date", "journaltitle", "location", "eprinttype",
            "pubstate", "langid", "urldate", "eventtitle", "maintitle", "subtitle", "addendum", "origdate",
            "shortjournal", "related", "xdata", "ids", "entrysubtype", "sortname", "options");
    private static final Set<String> BIBTEX_TYPES = Set.of("article", "book", "booklet", "conference", "inbook",
            "incollection", "inproceedings", "manual", "mastersthesis", "misc", "phdthesis", "proceedings",
            "techreport", "unpublished");

    private RequiredFields() {
    }

    /** Whether a library is written for biblatex: an entry of a biblatex type, or a field only biblatex reads. */
    public static boolean isBiblatex(Stream<BibItem.Entry> entries) {
        return entries.anyMatch(entry -> !BIBTEX_TYPES.contains(entry.normalizedType())
                || entry.fields().stream().anyMatch(field -> BIBLATEX_FIELDS.contains(field.normalizedName())));
    }

    /** {@link #missing(String, Map, boolean)} in a BibTeX library: as plain.bst requires them. */
    public static List<String> missing(String type, Map<String, String> fields) {
        return missing(type, fields, false);
    }

    /** The required fields missing from an entry, each as "name" or "name or other". */
    public static List<String> missing(String type, Map<String, String> fields, boolean biblatex) {
        List<String> missing = new ArrayList<>();
        String lower = type.toLowerCase(Locale.ROOT);
        List<String> needs = (biblatex ? BIBLATEX : PLAIN).getOrDefault(lower, List.of());
        for (String need : needs) {
            boolean present = false;
            for (String name : need.split("\\|")) {
                present |= !fields.getOrDefault(name, "").isBlank();
            }
            if (!present) {
                missing.add(need.equals(ANY) ? "a field (it has none BibTeX prints)" : need.replace("|", " or "));
            }
        }
        return missing;
    }
}
