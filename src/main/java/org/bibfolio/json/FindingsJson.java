package org.bibfolio.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The documented JSON shape of {@code bibfolio check --json} (docs/editing.md):
 * {@code {"errors": n, "warnings": n, "findings": [{"file", "line", "column", "severity", "rule", "message"}]}}.
 */
public final class FindingsJson {

    /** One finding, in the plain terms this package needs (it knows neither the app nor BibTeX). */
    public record Item(String file, int line, int column, String severity, String rule, String message) { }

    private FindingsJson() {
    }

    public static String write(List<Item> findings) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("errors", findings.stream().filter(f -> f.severity().equals("error")).count());
        root.put("warnings", findings.stream().filter(f -> f.severity().equals("warning")).count());
        ArrayNode array = root.putArray("findings");
        for (Item finding : findings) {
            ObjectNode node = array.addObject();
            node.put("file", finding.file());
            node.put("line", finding.line());
            node.put("column", finding.column());
            node.put("severity", finding.severity());
            node.put("rule", finding.rule());
            node.put("message", finding.message());
        }
        return PublicationJson.write(root);
    }
}
