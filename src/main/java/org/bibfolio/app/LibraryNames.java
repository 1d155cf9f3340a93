package org.bibfolio.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bibfolio.model.Folding;
import org.bibfolio.model.Library;
import org.bibfolio.model.Owner;
import org.bibfolio.model.PersonName;
import org.bibfolio.model.Publication;

/**
 * The people a library already names, so a name from a service or another file can be written the library's way:
 * "Garcia, M." becomes "García, María José" when that is the one person of that family and initials the library
 * knows. Names match as the owner's variants do (family folded alike, given names equal or initials compatible).
 */
public final class LibraryNames {

    /**
     * Folded family name, in each spelling ("muller" and "mueller" for Müller, so arXiv's "Mueller" is written the
     * library's way) → the distinct spellings of people with that family name.
     */
    private final Map<String, List<PersonName>> byFamily;

    /** Knows nobody: every name is written as given. */
    public static final LibraryNames NONE = new LibraryNames(Map.of());

    private LibraryNames(Map<String, List<PersonName>> byFamily) {
        this.byFamily = byFamily;
    }

    public static LibraryNames of(Library library) {
        Map<String, Map<String, PersonName>> spellings = new HashMap<>();
        List<PersonName> names = new ArrayList<>(library.owner().variants());
        for (Publication publication : library.publications()) {
            names.addAll(publication.authors().names());
            names.addAll(publication.editors().names());
        }
        for (PersonName name : names) {
            if (!name.isOthers() && !name.last().isEmpty()) {
                for (String family : Folding.nameSpellings(name.familyWithParticle())) {
                    spellings.computeIfAbsent(family, f -> new LinkedHashMap<>())
                            .putIfAbsent(name.familyWithParticle() + "|" + name.first() + "|" + name.jr(), name);
                }
            }
        }
        Map<String, List<PersonName>> byFamily = new HashMap<>();
        spellings.forEach((family, distinct) -> byFamily.put(family, List.copyOf(distinct.values())));
        return new LibraryNames(byFamily);
    }

    /**
     * The library's spelling of {@code name}: the fullest spelling of the one person it can be, when that says at
     * least as much as {@code name}; otherwise {@code name} itself (unknown, ambiguous, or fuller than the library's).
     */
    public PersonName spell(PersonName name) {
        List<PersonName> candidates = Folding.nameSpellings(name.familyWithParticle()).stream()
                .flatMap(family -> byFamily.getOrDefault(family, List.of()).stream()).distinct()
                .filter(known -> compatible(known, name)).toList();
        Optional<PersonName> fullest = candidates.stream()
                .max(java.util.Comparator.comparingInt(known -> Folding.foldName(known.first()).length()));
        if (fullest.isEmpty() || candidates.stream().anyMatch(other -> !compatible(other, fullest.get()))) {
            return name;
        }
        return Folding.foldName(fullest.get().first()).length() >= Folding.foldName(name.first()).length()
                ? fullest.get() : name;
    }

    private static boolean compatible(PersonName a, PersonName b) {
        return new Owner(List.of(a)).isOwner(b);
    }
}
