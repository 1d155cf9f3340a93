package org.bibfolio.search;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The fields a query can name ({@code author:belkin}); {@link #ANY} is a word without a field. */
public enum SearchField {
    ANY, AUTHOR("author", "coauthor"), VENUE("venue"), TITLE("title"), ABSTRACT("abstract"), YEAR("year"),
    TAG("tag"), KEYWORDS("keywords", "keyword"), STATUS("status"), TYPE("type"), SELECTED("selected"), KEY("key");

    private final List<String> names;

    SearchField(String... names) {
        this.names = List.of(names);
    }

    public static Optional<SearchField> byName(String name) {
        return Arrays.stream(values()).filter(f -> f.names.contains(name.toLowerCase(java.util.Locale.ROOT)))
                .findFirst();
    }

    public static List<String> allNames() {
        return Arrays.stream(values()).flatMap(f -> f.names.stream()).toList();
    }
}
