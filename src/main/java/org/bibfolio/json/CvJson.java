package org.bibfolio.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.bibfolio.model.Owner;
import org.bibfolio.model.Publication;

/**
 * The documented JSON shape of {@code bibfolio export --format json} (docs/styles.md, "Formats"), the rendered CV for
 * web pages: {@code {"style", "sections": [{"id", "heading", "entries": [{"key", "label"?, "text", "html",
 * "markdown", "publication"}], "legend"?}]}}, where {@code publication} is {@link PublicationJson#object}.
 */
public final class CvJson {

    /** One CV list, in the plain terms this package needs (it knows no style or format); legend as plain text. */
    public record Section(String id, String heading, List<Entry> entries, Optional<String> legend) {
        public Section {
            entries = List.copyOf(entries);
        }
    }

    /** One entry as rendered, in three formats, with the publication it renders. */
    public record Entry(Publication publication, Optional<String> label, String text, String html, String markdown) { }

    private CvJson() {
    }

    public static String write(String style, List<Section> sections, Owner owner) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("style", style);
        ArrayNode array = root.putArray("sections");
        for (Section section : sections) {
            ObjectNode node = array.addObject();
            node.put("id", section.id());
            node.put("heading", section.heading());
            ArrayNode entries = node.putArray("entries");
            for (Entry entry : section.entries()) {
                ObjectNode item = entries.addObject();
                item.put("key", entry.publication().key());
                entry.label().ifPresent(label -> item.put("label", label));
                item.put("text", entry.text());
                item.put("html", entry.html());
                item.put("markdown", entry.markdown());
                item.set("publication", PublicationJson.object(entry.publication(), owner));
            }
            section.legend().ifPresent(legend -> node.put("legend", legend));
        }
        return PublicationJson.write(root);
    }
}
