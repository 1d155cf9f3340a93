package org.bibfolio.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * The documented JSON shapes of {@code bibfolio coauthors --json} and {@code venues --json} (docs/search.md). The
 * rows come in this package's own plain terms: {@code app} writes its export formats through this package, so this
 * package may not know {@code app}'s types (that would make the two one cycle).
 */
public final class SearchJson {

    /** One coauthor: the name as most often written in full, the other spellings, papers and years. */
    public record Coauthor(String name, List<String> variants, int papers, Optional<Integer> firstYear,
                           Optional<Integer> lastYear) { }

    /** One venue: its name, its abbreviation (empty when none), papers and years. */
    public record Venue(String name, String abbreviation, int papers, Optional<Integer> firstYear,
                        Optional<Integer> lastYear) { }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SearchJson() {
    }

    public static String coauthors(List<Coauthor> coauthors) {
        ArrayNode array = MAPPER.createArrayNode();
        for (Coauthor coauthor : coauthors) {
            ObjectNode node = array.addObject();
            node.put("name", coauthor.name());
            coauthor.variants().forEach(node.putArray("variants")::add);
            node.put("papers", coauthor.papers());
            years(node, coauthor.firstYear(), coauthor.lastYear());
        }
        return PublicationJson.write(array);
    }

    public static String venues(List<Venue> venues) {
        ArrayNode array = MAPPER.createArrayNode();
        for (Venue venue : venues) {
            ObjectNode node = array.addObject();
            node.put("name", venue.name());
            if (!venue.abbreviation().isEmpty()) {
                node.put("abbreviation", venue.abbreviation());
            }
            node.put("papers", venue.papers());
            years(node, venue.firstYear(), venue.lastYear());
        }
        return PublicationJson.write(array);
    }

    private static void years(ObjectNode node, Optional<Integer> first, Optional<Integer> last) {
        first.ifPresent(year -> node.put("firstYear", year));
        last.ifPresent(year -> node.put("lastYear", year));
    }
}
