package org.bibfolio.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.bibfolio.model.Owner;
import org.bibfolio.model.PersonName;
import org.bibfolio.model.Publication;
import org.bibfolio.model.Venue;
import org.bibfolio.model.VenueTag;

/**
 * The index's fields and how a publication becomes a document. Change {@link #VERSION} whenever a field or its
 * analysis changes: an index of another version is rebuilt on its next use.
 */
final class IndexSchema {

    static final String VERSION = "8";

    static final String ID = "id";
    static final String HASH = "hash";
    static final String KEY = "key";
    static final String KEY_STORED = "key_stored";
    static final String KEY_SORT = "key_sort";
    static final String YEAR = "year";
    static final String DATE = "date";
    static final String TITLE = "title";
    static final String ABSTRACT = "abstract";
    static final String VENUE = "venue";
    static final String VENUE_NAME = "venue_name";
    static final String VENUE_ABBR = "venue_abbr";
    static final String TAG = "tag";
    static final String KEYWORDS = "keywords";
    static final String STATUS = "status";
    static final String TYPE = "type";
    static final String SELECTED = "selected";
    static final String OWNED = "owned";
    static final String AUTHOR = "author";
    static final String SOURCE = "source";
    static final String PARENT_SOURCE = "parent_source";
    /** How many context items ({@code @string}, {@code @preamble}, settings) stand before the entry, its parent. */
    static final String CONTEXT_BEFORE = "context_before";
    static final String PARENT_CONTEXT_BEFORE = "parent_context_before";

    private IndexSchema() {
    }

    /**
     * What {@link #document} derives from names and venues, remembered for one build (shared by its threads): CV
     * libraries repeat the same authors (the owner above all) and a few dozen venues on every other entry. Lucene
     * only reads a field while it indexes a document, so the fields of an author are shared by the documents.
     */
    static final class Cache {

        /** @param keys the fields {@code author:} queries match; {@code fields} adds the stored name to them */
        private record Author(boolean owner, List<Field> fields, List<Field> keys) { }

        private final Owner owner;
        private final Map<PersonName, Author> authors = new ConcurrentHashMap<>();
        private final Map<Venue, String> venues = new ConcurrentHashMap<>();

        Cache(Owner owner) {
            this.owner = owner;
        }

        private Author author(PersonName name) {
            return authors.computeIfAbsent(name, n -> {
                boolean isOwner = owner.isOwner(n);
                List<Field> keys = new ArrayList<>();
                NameKeys.of(n).forEach((field, values) ->
                        values.forEach(value -> keys.add(new StringField(field, value, Store.NO))));
                List<Field> fields = new ArrayList<>();
                fields.add(new StoredField(AUTHOR, StoredAuthor.encode(n, isOwner)));
                fields.addAll(keys);
                return new Author(isOwner, List.copyOf(fields), List.copyOf(keys));
            });
        }

        private String venueText(Venue venue) {
            return venues.computeIfAbsent(venue, IndexSchema::venueText);
        }
    }

    static Document document(LibrarySource.Entry entry, Publication publication, Cache cache) {
        Document doc = new Document();
        doc.add(new KeywordField(ID, entry.id(), Store.NO));
        // The texts are stored as their UTF-8 (which the hash reads anyway), so Lucene does not encode them again.
        byte[] text = entry.text().getBytes(StandardCharsets.UTF_8);
        Optional<byte[]> parentText = entry.parentText().map(parent -> parent.getBytes(StandardCharsets.UTF_8));
        doc.add(new BinaryDocValuesField(HASH, new BytesRef(entry.hash(text, parentText))));
        doc.add(new StringField(KEY, publication.key().toLowerCase(Locale.ROOT), Store.NO));
        doc.add(new StoredField(KEY_STORED, publication.key()));
        doc.add(new SortedDocValuesField(KEY_SORT, new BytesRef(publication.key().toLowerCase(Locale.ROOT))));
        publication.date().ifPresent(date -> {
            doc.add(new IntField(YEAR, date.year(), Store.YES));
            doc.add(new NumericDocValuesField(DATE, date.year() * 100L + date.month().orElse(0)));
        });
        doc.add(new TextField(TITLE, publication.title(), Store.YES));
        publication.field("abstract").ifPresent(value -> doc.add(new TextField(ABSTRACT, value, Store.NO)));
        doc.add(new TextField(VENUE, cache.venueText(publication.venue()), Store.NO));
        doc.add(new StoredField(VENUE_NAME, publication.venue().name()));
        publication.venue().abbreviation().ifPresent(abbr -> doc.add(new StoredField(VENUE_ABBR, abbr)));
        for (VenueTag tag : publication.tags()) {
            doc.add(new TextField(TAG, tag.label(), Store.NO));
        }
        publication.field("keywords").ifPresent(keywords -> KEYWORD_SEPARATORS.splitAsStream(keywords)
                .filter(keyword -> !keyword.isBlank()).forEach(keyword -> doc.add(new TextField(KEYWORDS, keyword,
                        Store.NO))));
        doc.add(new StringField(STATUS, publication.status().id(), Store.NO));
        doc.add(new StringField(TYPE, publication.category().id(), Store.NO));
        doc.add(new StringField(TYPE, publication.type(), Store.NO));
        doc.add(new StringField(SELECTED, String.valueOf(publication.selected()), Store.NO));
        boolean owned = false;
        for (PersonName name : publication.authors().names()) {
            Cache.Author author = cache.author(name);
            owned |= author.owner();
            author.fields().forEach(doc::add);
        }
        // editors and translators are found by author: queries too (an edited volume, a translation), while the
        // stored authors, which search prints and coauthors counts, stay the authors
        List<PersonName> people = publication.people();
        people.subList(publication.authors().size(), people.size()).stream()
                .filter(name -> !publication.authors().names().contains(name)).distinct()
                .forEach(name -> cache.author(name).keys().forEach(doc::add));
        doc.add(new StringField(OWNED, String.valueOf(owned), Store.NO));
        doc.add(new StoredField(SOURCE, text));
        doc.add(new StoredField(CONTEXT_BEFORE, entry.contextBefore()));
        parentText.ifPresent(parent -> {
            doc.add(new StoredField(PARENT_SOURCE, parent));
            doc.add(new StoredField(PARENT_CONTEXT_BEFORE, entry.parentContextBefore()));
        });
        return doc;
    }

    /** The venue's name, its abbreviation, and the acronym of its name ("ICLR" for "… Learning Representations"). */
    private static String venueText(Venue venue) {
        Set<String> parts = new LinkedHashSet<>();
        parts.add(venue.name());
        venue.abbreviation().ifPresent(parts::add);
        parts.add(acronym(venue.name()));
        return String.join(" ; ", parts);
    }

    /** How bibtex.PublicationMapper splits {@code keywords} into tags. */
    private static final Pattern KEYWORD_SEPARATORS = Pattern.compile("[,;]");

    private static final Set<String> MINOR_WORDS = Set.of("of", "on", "in", "the", "and", "for", "to", "a", "an",
            "&");

    private static final Pattern VENUE_PREFIX =
            Pattern.compile("(?i)^((proceedings|proc\\.)\\s+of\\s+)?(the\\s+)?");
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\-/,:]+");
    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("(?i)'?\\d+(st|nd|rd|th)?"
            + "|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\p{L}+teenth"
            + "|\\p{L}+tieth|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety");

    /**
     * The initials of the capitalised words of a venue name, after "Proceedings of the", ordinals ("42nd",
     * "Twelfth") and years: "International Conference on Learning Representations" → "ICLR".
     */
    static String acronym(String venue) {
        String name = VENUE_PREFIX.matcher(venue).replaceFirst("");
        List<String> letters = new ArrayList<>();
        for (String word : WORD_BREAK.split(name)) {
            boolean skip = word.isEmpty() || MINOR_WORDS.contains(word.toLowerCase(Locale.ROOT))
                    || ORDINAL.matcher(word).matches();
            if (!skip && Character.isUpperCase(word.codePointAt(0))) {
                letters.add(word.substring(0, Character.charCount(word.codePointAt(0))));
            }
        }
        return letters.size() >= 2 ? String.join("", letters) : "";
    }
}
