package org.bibfolio.model;

import java.util.List;

/** The authors (or editors) of a publication, in order; {@code truncated} when the list ended in "and others". */
public record PersonList(List<PersonName> names, boolean truncated) {

    public static final PersonList EMPTY = new PersonList(List.of(), false);

    public PersonList {
        names = List.copyOf(names);
    }

    public boolean isEmpty() {
        return names.isEmpty();
    }

    public int size() {
        return names.size();
    }
}
