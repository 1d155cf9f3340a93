package org.bibfolio.search;

import org.bibfolio.model.PersonName;

/** An author as the index stores it: the four name parts and whether it is the library's owner. */
public record StoredAuthor(PersonName name, boolean owner) {

    private static final String SEPARATOR = "\u001F";

    static String encode(PersonName name, boolean owner) {
        return String.join(SEPARATOR, name.first(), name.von(), name.last(), name.jr(), owner ? "1" : "0");
    }

    static StoredAuthor decode(String stored) {
        String[] parts = stored.split(SEPARATOR, -1);
        return new StoredAuthor(new PersonName(parts[0], parts[1], parts[2], parts[3]), parts[4].equals("1"));
    }
}
