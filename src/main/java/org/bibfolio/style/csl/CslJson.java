package org.bibfolio.style.csl;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.json.MapJsonBuilderFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.bibfolio.model.Owner;
import org.bibfolio.model.Publication;

/**
 * Publications as CSL-JSON items, for other CSL processors (pandoc, Zotero): the same mapping bibfolio renders CSL
 * styles with ({@link CslItems}), as plain maps, lists, strings and numbers that the {@code json} package writes.
 */
public final class CslJson {

    /** Below this many items, making them on one thread is as fast as handing the work out. */
    private static final int PARALLEL_FROM = 2_000;
    /** Items made at once: enough to share out, few enough that an export never holds many. */
    private static final int BATCH = 1_024;

    private CslJson() {
    }

    /** One CSL-JSON object per publication, keys {@code id} and {@code type} first, then in alphabetical order. */
    public static List<Map<String, Object>> items(List<Publication> publications) {
        return stream(publications).toList();
    }

    /**
     * {@link #items}, made a batch at a time as they are read: a writer can let go of every item once written. A big
     * library's batches are made on every core (the items are independent), each then written in order.
     */
    public static Stream<Map<String, Object>> stream(List<Publication> publications) {
        // Owner.NOBODY: no owner mark, which is bibfolio's own device for bold names. A locale that is not English:
        // no style is chosen yet, so the edition stays as the entry states it and the processor that reads the
        // file makes the ordinal ("3" → "3rd ed.").
        CslItems mapping = new CslItems(Owner.NOBODY, "und");
        MapJsonBuilderFactory factory = new MapJsonBuilderFactory();
        int size = publications.size();
        if (size < PARALLEL_FROM) {
            return publications.stream().map(p -> item(p, mapping, factory));
        }
        return IntStream.range(0, (size + BATCH - 1) / BATCH).mapToObj(batch -> publications
                .subList(batch * BATCH, Math.min(size, (batch + 1) * BATCH)).parallelStream()
                .map(p -> item(p, mapping, factory)).toList()).flatMap(List::stream);
    }

    private static Map<String, Object> item(Publication p, CslItems mapping, MapJsonBuilderFactory factory) {
        CSLItemData data = mapping.item(p, Optional.empty());
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = new TreeMap<>((Map<String, Object>) data.toJson(factory.createJsonBuilder()));
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", fields.remove("id"));
        // the builder leaves the type as the Java enum, which would be written PAPER_CONFERENCE
        fields.remove("type");
        item.put("type", data.getType().toString());
        fields.forEach((name, value) -> item.put(name, shared(value)));
        return item;
    }

    /**
     * A value as other processors must read it: without the characters the mapping adds for citeproc-java's sake
     * only (the owner mark, the hyphen a report number keeps from being read as a range).
     */
    private static Object shared(Object value) {
        if (value instanceof String text) {
            return text.replace(CslItems.OWNER_MARK, "").replace(MarkerFormat.NUMBER_HYPHEN, '-');
        }
        if (value instanceof List<?> list) {
            return list.stream().map(CslJson::shared).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new TreeMap<>();
            map.forEach((k, v) -> out.put(k, shared(v)));
            return out;
        }
        return value;
    }
}
