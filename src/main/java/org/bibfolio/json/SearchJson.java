package org.bibfolio.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.bibfolio.app.Coauthors;
import org.bibfolio.app.Venues;

/** The documented JSON shapes of {@code bibfolio coauthors --json} and {@code venues --json} (docs/search.md). */
public final class SearchJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SearchJson() {
    }

    public static String coauthors(List<Coauthors.Coauthor> coauthors) {
        ArrayNode array = MAPPER.createArrayNode();
        for (Coauthors.Coauthor coauthor : coauthors) {
            ObjectNode node = array.addObject();
            node.put("name", coauthor.name());
            coauthor.variants().forEach(node.putArray("variants")::add);
            node.put("papers", coauthor.papers());
            years(node, coauthor.firstYear(), coauthor.lastYear());
        }
        return PublicationJson.write(array);
    }

    public static String venues(List<Venues.VenueCount> venues) {
        ArrayNode array = MAPPER.createArrayNode();
        for (Venues.VenueCount venue : venues) {
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
