package org.bibfolio.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.bibfolio.model.Links;
import org.bibfolio.model.Owner;
import org.bibfolio.model.PersonList;
import org.bibfolio.model.PersonName;
import org.bibfolio.model.Publication;
import org.bibfolio.model.ReviewStatus;
import org.bibfolio.model.VenueTag;

/** The documented JSON shape of publications (README, "JSON output"). Jackson stays inside this package. */
public final class PublicationJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** The fields {@code LinkReader} reads as one link each (the DOI and arXiv id stay as written). */
    private static final List<String> LINK_FIELDS = Stream.concat(Stream.of("url", "pdf", "code"),
            Links.MATERIALS.stream()).toList();

    private PublicationJson() {
    }

    public static String array(List<Publication> publications, Owner owner) {
        ArrayNode array = MAPPER.createArrayNode();
        publications.forEach(p -> array.add(object(p, owner)));
        return write(array);
    }

    public static String write(Object tree) {
        try {
            return MAPPER.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /**
     * {@link #write} of an array of {@code items}, written to {@code out} one item at a time: the same text, without
     * holding all items or the whole text at once.
     */
    public static void writeArray(Iterator<?> items, Writer out) throws IOException {
        try (JsonGenerator generator = MAPPER.writer().createGenerator(out)) {
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            generator.writeStartArray();
            while (items.hasNext()) {
                writeValue(items.next(), generator);
            }
            generator.writeEndArray();
        }
        out.write("\n");
    }

    /**
     * A tree of maps, lists, strings and numbers written straight to the generator, as the mapper would write it
     * (same generator, same pretty printer, so the same text): asking the mapper's serializers for each of 50,000
     * items' maps and values was a third of the time a CSL-JSON export spent writing. Anything else goes to the
     * mapper.
     */
    private static void writeValue(Object value, JsonGenerator generator) throws IOException {
        if (value instanceof String text) {
            generator.writeString(text);
        } else if (value instanceof Map<?, ?> map && namedByStrings(map)) {
            generator.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                generator.writeFieldName((String) entry.getKey());
                writeValue(entry.getValue(), generator);
            }
            generator.writeEndObject();
        } else if (value instanceof List<?> list) {
            generator.writeStartArray();
            for (Object element : list) {
                writeValue(element, generator);
            }
            generator.writeEndArray();
        } else if (value instanceof Integer number) {
            generator.writeNumber(number);
        } else {
            generator.writeObject(value);
        }
    }

    private static boolean namedByStrings(Map<?, ?> map) {
        for (Object key : map.keySet()) {
            if (!(key instanceof String)) {
                return false;
            }
        }
        return true;
    }

    public static ObjectNode object(Publication publication, Owner owner) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("key", publication.key());
        node.put("type", publication.type());
        node.put("category", publication.category().id());
        ObjectNode status = node.putObject("status");
        status.put("id", publication.status().id());
        if (publication.status() instanceof ReviewStatus.Submitted submitted) {
            submitted.to().ifPresent(to -> status.put("to", to));
        }
        node.put("selected", publication.selected());
        ArrayNode tags = node.putArray("tags");
        publication.tags().stream().map(VenueTag::label).forEach(tags::add);
        putOptional(node, "year", publication.year());
        putOptional(node, "month", publication.date().flatMap(d -> d.month()));
        node.put("title", publication.title());
        node.set("authors", people(publication.authors(), owner));
        node.set("editors", people(publication.editors(), owner));
        node.set("translators", people(publication.translators(), owner));
        ObjectNode venue = node.putObject("venue");
        venue.put("name", publication.venue().name());
        publication.venue().abbreviation().ifPresent(a -> venue.put("abbreviation", a));
        ObjectNode links = node.putObject("links");
        publication.links().doi().ifPresent(v -> links.put("doi", v));
        publication.links().arxiv().ifPresent(v -> links.put("arxiv", v));
        publication.links().url().ifPresent(v -> links.put("url", v));
        publication.links().pdf().ifPresent(v -> links.put("pdf", v));
        publication.links().code().ifPresent(v -> links.put("code", v));
        publication.links().materials().forEach(links::put);
        ObjectNode fields = node.putObject("fields");
        publication.fields().forEach(fields::put);
        // A link field holds the link as read, the value of links.*: a URL an editor wrapped over lines, or one of
        // several listed one a line (Beebe's TeX Live files), is the .bib file's layout, not data to pass on.
        for (String name : LINK_FIELDS) {
            publication.links().byName(name).filter(link -> fields.has(name)).ifPresent(link -> fields.put(name, link));
        }
        return node;
    }

    private static ArrayNode people(PersonList list, Owner owner) {
        ArrayNode array = MAPPER.createArrayNode();
        for (PersonName name : list.names()) {
            ObjectNode person = array.addObject();
            person.put("first", name.first());
            person.put("von", name.von());
            person.put("last", name.last());
            person.put("jr", name.jr());
            if (owner.isOwner(name)) {
                person.put("owner", true);
            }
        }
        if (list.truncated()) {
            array.addObject().put("others", true);
        }
        return array;
    }

    private static void putOptional(ObjectNode node, String name, Optional<Integer> value) {
        value.ifPresent(v -> node.put(name, v));
    }
}
