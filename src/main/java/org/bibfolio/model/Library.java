package org.bibfolio.model;

import java.util.List;
import java.util.Optional;

/** The publications of one library file, in file order, and whose CV it is. */
public record Library(List<Publication> publications, Owner owner, List<VenueTag> knownTags) {

    public Library {
        publications = List.copyOf(publications);
        knownTags = List.copyOf(knownTags);
    }

    public Optional<Publication> find(String key) {
        return publications.stream().filter(p -> p.key().equalsIgnoreCase(key)).findFirst();
    }
}
