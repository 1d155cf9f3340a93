package org.bibfolio.style.csl;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.json.MapJsonBuilderFactory;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.bibfolio.model.Owner;
import org.bibfolio.model.Publication;

/**
 * Publications as CSL-JSON items, for other CSL processors (pandoc, Zotero): the same mapping bibfolio renders CSL
 * styles with ({@link CslItems}), as plain maps, lists, strings and numbers that the {@code json} package writes.
 */
public final class CslJson {

    /** Below this many items, making them on one thread is as fast as handing the work out. */
    private static final int PARALLEL_FROM = 2_000;
    /** Items made at once: enough to share out, few enough that an export never holds many (two batches at most). */
    private static final int BATCH = 1_024;

    private CslJson() {
    }

    /** One CSL-JSON object per publication, keys {@code id} and {@code type} first, then in alphabetical order. */
    public static List<Map<String, Object>> items(List<Publication> publications) {
        return stream(publications).toList();
    }

    /**
     * {@link #items}, made a batch at a time as they are read: a writer can let go of every item once written. A big
     * library's next batch is made on the other cores (the items are independent) while the caller writes the one
     * before, so making and writing overlap.
     */
    public static Stream<Map<String, Object>> stream(List<Publication> publications) {
        // Owner.NOBODY: no owner mark, which is bibfolio's own device for bold names. A locale that is not English:
        // no style is chosen yet, so the edition stays as the entry states it and the processor that reads the
        // file makes the ordinal ("3" → "3rd ed.").
        CslItems mapping = new CslItems(Owner.NOBODY, "und");
        MapJsonBuilderFactory factory = new MapJsonBuilderFactory();
        Function<Publication, Map<String, Object>> item = p -> item(p, mapping, factory);
        if (publications.size() < PARALLEL_FROM) {
            return publications.stream().map(item);
        }
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(new Ahead(publications, item),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** The items in order, each batch made in the background while the one before is taken. */
    private static final class Ahead implements Iterator<Map<String, Object>> {
        private final List<Publication> publications;
        private final Function<Publication, Map<String, Object>> item;
        private int nextBatch;
        private CompletableFuture<List<Map<String, Object>>> ahead;
        private Iterator<Map<String, Object>> current = Collections.emptyIterator();

        Ahead(List<Publication> publications, Function<Publication, Map<String, Object>> item) {
            this.publications = publications;
            this.item = item;
            this.ahead = start();
        }

        private CompletableFuture<List<Map<String, Object>>> start() {
            int from = Math.min(publications.size(), nextBatch * BATCH);
            List<Publication> batch = publications.subList(from, Math.min(publications.size(), from + BATCH));
            nextBatch++;
            return CompletableFuture.supplyAsync(() -> batch.parallelStream().map(item).toList());
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && ahead != null) {
                List<Map<String, Object>> made;
                try {
                    made = ahead.join();
                } catch (CompletionException e) {
                    throw e.getCause() instanceof RuntimeException cause ? cause : e;
                }
                ahead = (long) nextBatch * BATCH < publications.size() ? start() : null;
                current = made.iterator();
            }
            return current.hasNext();
        }

        @Override
        public Map<String, Object> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }
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
