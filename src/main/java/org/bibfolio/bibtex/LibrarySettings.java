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
                String name = line.substring(0, equals).strip().toLowerCase(java.util.Locale.ROOT);
                String value = unwrapped(line.substring(equals + 1).strip());
                values.merge(name, value, (first, more) -> joined(name, first, more));
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

    /**
     * A value as a BibTeX user writes it: {@code owner = {García, María},} is {@code García, María}. One brace group
     * or pair of quotes around the whole value, and a trailing comma, are field syntax, not part of the names (kept,
     * the braces made the whole list one name no author matches).
     */
    private static String unwrapped(String value) {
        String bare = value.endsWith(",") ? value.substring(0, value.length() - 1).strip() : value;
        if (bare.length() >= 2 && bare.startsWith("\"") && bare.endsWith("\"")) {
            return bare.substring(1, bare.length() - 1).strip();
        }
        return bare.startsWith("{") && closingBrace(bare) == bare.length() - 1
                ? bare.substring(1, bare.length() - 1).strip() : bare;
    }

    private static int closingBrace(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A setting given on two lines: names and tags add up (a second {@code owner =} line is another variant, not a
     * replacement that would leave the first unhighlighted); any other setting takes its last line.
     */
    private static String joined(String name, String first, String more) {
        return switch (name) {
            case "owner" -> first + " and " + more;
            case "tags" -> first + "; " + more;
            default -> more;
        };
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
