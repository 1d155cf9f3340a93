package org.bibfolio.bibtex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bibfolio.model.Owner;
import org.bibfolio.model.VenueTag;

/**
 * The settings a library carries for bibfolio, in the spirit of JabRef's {@code @comment{jabref-meta: …}}:
 * <pre>
 * &#64;comment{bibfolio:
 *   owner = Zhu, Libin and Zhu, L.
 *   tags  = Spotlight; Oral Presentation; Best Paper
 * }
 * </pre>
 * {@code owner} is a BibTeX name list of every variant the owner publishes under; {@code tags} adds venue tags to the
 * built-in ones. Keeping them inside library.bib means the file alone is the whole state.
 */
public record LibrarySettings(Owner owner, List<VenueTag> tags, Map<String, String> values) {

    static final String MARKER = "bibfolio:";

    /** Venue tags recognised in {@code keywords} without any configuration. */
    public static final List<VenueTag> BUILT_IN_TAGS = tags("Oral Presentation; Oral; Spotlight; Best Paper; "
            + "Best Paper Award; Best Student Paper; Outstanding Paper; Honorable Mention; Highlight; "
            + "Invited Talk; Contributed Talk; Long Talk; Short Talk; Poster");

    public static final LibrarySettings DEFAULT = new LibrarySettings(Owner.NOBODY, BUILT_IN_TAGS, Map.of());

    public LibrarySettings {
        tags = List.copyOf(tags);
        values = Map.copyOf(values);
    }

    public Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** The settings of the first {@code @comment{bibfolio: …}} block of the file, or the defaults. */
    public static LibrarySettings of(BibFile file) {
        return file.items().stream()
                .filter(item -> item instanceof BibItem.Comment comment && isSettings(comment))
                .findFirst()
                .map(item -> parse(((BibItem.Comment) item).content().strip().substring(MARKER.length())))
                .orElse(DEFAULT);
    }

    /** Whether a {@code @comment} is a settings block, {@code @comment{bibfolio: …}}. */
    public static boolean isSettings(BibItem.Comment comment) {
        return comment.content().strip().startsWith(MARKER);
    }

    private static LibrarySettings parse(String block) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : block.split("\\R")) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                values.put(line.substring(0, equals).strip().toLowerCase(java.util.Locale.ROOT),
                        line.substring(equals + 1).strip());
            }
        }
        Owner owner = Optional.ofNullable(values.get("owner"))
                .map(names -> new Owner(NameParser.parse(names).names()))
                .orElse(Owner.NOBODY);
        List<VenueTag> tags = new ArrayList<>(BUILT_IN_TAGS);
        Optional.ofNullable(values.get("tags")).map(LibrarySettings::tags).ifPresent(extra -> extra.stream()
                .filter(tag -> tags.stream().noneMatch(known -> known.matches(tag.label())))
                .forEach(tags::add));
        return new LibrarySettings(owner, tags, values);
    }

    private static List<VenueTag> tags(String list) {
        List<VenueTag> tags = new ArrayList<>();
        for (String label : list.split(";")) {
            if (!label.isBlank()) {
                tags.add(new VenueTag(label.strip()));
            }
        }
        return tags;
    }
}
