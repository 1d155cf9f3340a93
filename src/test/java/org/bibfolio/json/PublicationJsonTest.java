package org.bibfolio.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The streamed array is the text the mapper writes for the same tree, whatever the values hold. */
class PublicationJsonTest {

    @Test
    void anArrayWrittenItemByItemIsTheMappersText() throws Exception {
        Map<String, Object> names = new TreeMap<>(Map.of("family", "Łukasiewicz \"Ł\"", "given", "Jan\\\t\n\u0001"));
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("id", "k1");
        first.put("author", List.of(names, Map.of()));
        first.put("issued", Map.of("date-parts", List.of(List.of(2024, 5))));
        first.put("empty", List.of());
        first.put("note", "日本語 — 𝔸 </script>");
        first.put("flags", Map.of(1, true));
        List<Map<String, Object>> items = List.of(first, Map.of(), Map.of("id", "k2"));
        StringWriter streamed = new StringWriter();
        PublicationJson.writeArray(items.iterator(), streamed);
        assertEquals(PublicationJson.write(items), streamed.toString());
        StringWriter none = new StringWriter();
        PublicationJson.writeArray(List.of().iterator(), none);
        assertEquals(PublicationJson.write(List.of()), none.toString());
    }
}
