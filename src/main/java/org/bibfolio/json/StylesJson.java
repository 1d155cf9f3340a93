package org.bibfolio.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The documented JSON shape of {@code bibfolio styles --json} (docs/styles.md): {@code [{"id", "kind", "title"}]}. */
public final class StylesJson {

    /** One style as the listing shows it: its name for {@code --style}, {@code house} or {@code csl}, its title. */
    public record Style(String id, String kind, String title) { }

    private StylesJson() {
    }

    public static String write(List<Style> styles) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (Style style : styles) {
            ObjectNode node = array.addObject();
            node.put("id", style.id());
            node.put("kind", style.kind());
            node.put("title", style.title());
        }
        return PublicationJson.write(array);
    }
}
