package org.bibfolio.app;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.bibfolio.model.Library;
import org.bibfolio.model.PersonName;
import org.bibfolio.model.Publication;
import org.bibfolio.model.VenueTag;

/** What a library already knows, most used first (tags as declared): the completions {@code bibfolio add} offers when it prompts. */
public record KnownNames(List<String> venues, List<String> venueAbbreviations, List<String> people,
                         List<String> tags) {

    public KnownNames {
        venues = List.copyOf(venues);
        venueAbbreviations = List.copyOf(venueAbbreviations);
        people = List.copyOf(people);
        tags = List.copyOf(tags);
    }

    public static KnownNames of(Library library) {
        List<Publication> publications = library.publications();
        return new KnownNames(
                byUse(publications.stream().map(p -> p.venue().name()).filter(n -> !n.isEmpty())),
                byUse(publications.stream().flatMap(p -> p.venue().abbreviation().stream())),
                byUse(publications.stream().flatMap(p -> p.authors().names().stream()).map(KnownNames::written)),
                library.knownTags().stream().map(VenueTag::label).toList());
    }

    /** "Zhu, Libin": how names are typed into {@code --author}. */
    static String written(PersonName name) {
        return name.first().isEmpty() ? name.familyWithParticle() : name.familyWithParticle() + ", " + name.first();
    }

    private static List<String> byUse(Stream<String> names) {
        Map<String, Long> counts = new LinkedHashMap<>();
        names.forEach(name -> counts.merge(name, 1L, Long::sum));
        return counts.keySet().stream().sorted(Comparator.comparing((Function<String, Long>) counts::get).reversed())
                .toList();
    }
}
