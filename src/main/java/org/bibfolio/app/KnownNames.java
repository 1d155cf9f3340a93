package org.bibfolio.app;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.bibfolio.bibtex.LibraryReader;
import org.bibfolio.bibtex.NameParser;
import org.bibfolio.model.GivenName;
import org.bibfolio.model.Library;
import org.bibfolio.model.Owner;
import org.bibfolio.model.PersonName;
import org.bibfolio.model.Publication;
import org.bibfolio.model.VenueTag;

/**
 * What a library already knows, most used first (tags as declared): the completions {@code bibfolio add} offers when
 * it prompts. {@code abbreviationOf} maps a venue to the abbreviation its papers give it most often, so a venue is
 * found by its abbreviation too ("NeurIPS").
 */
public record KnownNames(List<String> venues, List<String> venueAbbreviations, Map<String, String> abbreviationOf,
                         List<String> people, List<String> tags) {

    public KnownNames {
        venues = List.copyOf(venues);
        venueAbbreviations = List.copyOf(venueAbbreviations);
        abbreviationOf = Map.copyOf(abbreviationOf);
        people = List.copyOf(people);
        tags = List.copyOf(tags);
    }

    /**
     * People are offered once each, as the library writes them at their fullest: every spelling of the owner as the
     * owner's first full variant, a misspelling of the owner's name ({@link OwnerNameCheck}) not at all, and
     * "Kato, Y." as "Kato, Yuki" when that is the one Kato Y. the library knows ({@link LibraryNames}).
     */
    public static KnownNames of(LibraryReader.Loaded loaded) {
        Library library = loaded.library();
        List<Publication> publications = library.publications();
        Owner owner = library.owner();
        Optional<PersonName> ownerName = owner.variants().stream().filter(v -> !GivenName.of(v).isInitials())
                .findFirst().or(() -> owner.variants().stream().findFirst());
        OwnerNameCheck lookalikes = new OwnerNameCheck(owner, loaded.settings().value("not-owner")
                .map(names -> NameParser.parse(names).names()).orElse(List.of()));
        LibraryNames names = LibraryNames.of(library);
        Function<PersonName, Optional<PersonName>> offered = name -> owner.isOwner(name) ? ownerName
                : lookalikes.lookalike(name).isPresent() ? Optional.empty() : Optional.of(names.spell(name));
        return new KnownNames(
                byUse(publications.stream().map(p -> p.venue().name()).filter(n -> !n.isEmpty())),
                byUse(publications.stream().flatMap(p -> p.venue().abbreviation().stream())),
                abbreviations(publications),
                byUse(publications.stream().flatMap(p -> p.authors().names().stream())
                        .filter(name -> !name.isOthers()).flatMap(name -> offered.apply(name).stream())
                        .map(KnownNames::written)),
                library.knownTags().stream().map(VenueTag::label).toList());
    }

    /** "Zhu, Libin": how names are typed into {@code --author}. */
    static String written(PersonName name) {
        return name.first().isEmpty() ? name.familyWithParticle() : name.familyWithParticle() + ", " + name.first();
    }

    /** Each venue's most used abbreviation (the first written of equally used ones), for venues that have one. */
    private static Map<String, String> abbreviations(List<Publication> publications) {
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        for (Publication p : publications) {
            String venue = p.venue().name();
            p.venue().abbreviation().filter(a -> !venue.isEmpty()).ifPresent(abbreviation -> counts
                    .computeIfAbsent(venue, v -> new LinkedHashMap<>()).merge(abbreviation, 1L, Long::sum));
        }
        Map<String, String> most = new LinkedHashMap<>();
        counts.forEach((venue, uses) -> most.put(venue,
                Collections.max(uses.entrySet(), Map.Entry.comparingByValue()).getKey()));
        return most;
    }

    private static List<String> byUse(Stream<String> names) {
        Map<String, Long> counts = new LinkedHashMap<>();
        names.forEach(name -> counts.merge(name, 1L, Long::sum));
        return counts.keySet().stream().sorted(Comparator.comparing((Function<String, Long>) counts::get).reversed())
                .toList();
    }
}
