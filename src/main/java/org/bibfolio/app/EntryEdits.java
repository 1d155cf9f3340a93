package org.bibfolio.app;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bibfolio.bibtex.BibEditor;
import org.bibfolio.bibtex.BibItem;

/** The generic changes to one entry: {@code edit KEY --set/--unset} and {@code remove KEY}. */
public final class EntryEdits {

    private static final String FIELD_NAME = "[A-Za-z][A-Za-z0-9_:.+-]*";

    private EntryEdits() {
    }

    /**
     * Sets fields to text values (raw LaTeX, written between the entry's delimiters) and removes others; refused
     * when {@code check}'s rules find a new problem in the result, unless {@code force}.
     */
    public static LibraryUpdate.Change setAndUnset(String key, Map<String, String> set, List<String> unset,
                                                   boolean force) {
        return library -> {
            EntryUpdate update = EntryUpdate.of(library, key);
            for (Map.Entry<String, String> field : set.entrySet()) {
                requireFieldName(field.getKey());
                try {
                    update.set(field.getKey(), field.getValue());
                } catch (IllegalArgumentException e) {
                    throw new EntryRejectedException("cannot set " + field.getKey() + ": " + e.getMessage(),
                            Optional.of("braces in a value must balance: {like} {this}"));
                }
            }
            for (String name : unset) {
                requireFieldName(name);
                if (!update.has(name)) {
                    update.warn(update.key() + " has no field '" + name + "'");
                }
                update.unset(name);
            }
            return update.finish(force);
        };
    }

    /** Removes an entry with its lines; comments above it stay, as they may be about the next one. */
    public static LibraryUpdate.Change remove(String key) {
        return library -> {
            EntryUpdate.of(library, key);
            BibEditor editor = new BibEditor(library.file());
            BibItem.Entry entry = editor.entry(key).orElseThrow();
            List<String> citing = library.file().entries()
                    .filter(e -> e.field("crossref").map(f -> library.file().text()
                            .substring(f.valueSpan().start(), f.valueSpan().end()).replaceAll("[{}\"\\s]", "")
                            .equalsIgnoreCase(entry.key())).orElse(false))
                    .map(BibItem.Entry::key).toList();
            editor.remove(entry.key());
            EntryDiff diff = EntryDiff.of(entry.key(), Optional.of(library.file().textOf(entry)), Optional.empty());
            List<String> warnings = citing.stream()
                    .map(k -> k + " cross-references " + entry.key() + ", which no longer exists").toList();
            return new LibraryUpdate.Edit(editor.text(), List.of(diff), warnings);
        };
    }

    static void requireFieldName(String name) throws EntryRejectedException {
        if (!name.matches(FIELD_NAME)) {
            throw new EntryRejectedException("'" + name + "' is not a BibTeX field name",
                    Optional.of("field names are letters, digits and - _ : . + and start with a letter"));
        }
    }
}
