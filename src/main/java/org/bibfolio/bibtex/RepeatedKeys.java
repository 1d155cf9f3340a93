package org.bibfolio.bibtex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The entries whose key an earlier entry already has (compared without case, as BibTeX does): BibTeX ignores
 * them, and so does every export. Found while a library is read, entry by entry, so that a reader which lets go of
 * each entry's parse can still say where each one stands.
 */
final class RepeatedKeys {

    /** One entry whose key came before; {@code line}, {@code column} and {@code firstLine} count from 1. */
    record Repeat(String key, int line, int column, int firstLine) {

        /** The one-line warning a reading command prints about it. */
        String message(String source) {
            return source + ":" + line + ":" + column + ": warning: duplicate key '" + key + "' (first used at line "
                    + firstLine + "); BibTeX ignores this entry, and so does export";
        }
    }

    /** A repeat by offsets, turned into lines once the text is indexed. */
    private record Seen(String key, int offset, int firstOffset) { }

    private final Map<String, Integer> firstAt = new HashMap<>();
    private final List<Seen> repeats = new ArrayList<>();

    void add(BibItem.Entry entry) {
        Integer first = firstAt.putIfAbsent(entry.key().toLowerCase(Locale.ROOT), entry.span().start());
        if (first != null) {
            repeats.add(new Seen(entry.key(), entry.span().start(), first));
        }
    }

    /** The repeats seen, in file order; {@code text} is the file's text, indexed only when there is one. */
    List<Repeat> found(String text) {
        if (repeats.isEmpty()) {
            return List.of();
        }
        TextPosition positions = TextPosition.index(text);
        return repeats.stream().map(seen -> {
            int[] at = positions.of(seen.offset());
            return new Repeat(seen.key(), at[0], at[1], positions.of(seen.firstOffset())[0]);
        }).toList();
    }

    /** The repeats among {@code file}'s entries. */
    static List<Repeat> of(BibFile file) {
        RepeatedKeys keys = new RepeatedKeys();
        file.entries().forEach(keys::add);
        return keys.found(file.text());
    }
}
