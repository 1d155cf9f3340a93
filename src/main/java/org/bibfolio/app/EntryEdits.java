package org.bibfolio.app;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bibfolio.bibtex.BibEditor;
import org.bibfolio.bibtex.BibItem;
import org.bibfolio.bibtex.LibraryReader;

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

    /**
     * Removes an entry with its lines; comments above it stay, as they may be about the next one. An entry that
     * others inherit fields from ({@code crossref}, biblatex's {@code xdata}) is refused unless {@code force}: its
     * children would lose their booktitle, editors and year, which {@code check} then calls an error.
     */
    public static LibraryUpdate.Change remove(String key, boolean force) {
        return library -> {
            EntryUpdate.of(library, key);
            BibEditor editor = new BibEditor(library.file());
            BibItem.Entry entry = editor.entry(key).orElseThrow();
            List<String> children = library.file().entries().filter(e -> inheritsFrom(library, e, entry.key()))
                    .map(BibItem.Entry::key).toList();
            if (!children.isEmpty() && !force) {
                throw new EntryRejectedException(entry.key() + " is cross-referenced by " + String.join(", ", children)
                        + ", which inherit" + (children.size() == 1 ? "s" : "") + " its fields; removing it would "
                        + "leave " + (children.size() == 1 ? "that entry" : "them") + " without them",
                        Optional.of("remove or edit " + (children.size() == 1 ? "it" : "them") + " first, or use "
                                + "--force to remove " + entry.key() + " anyway"));
            }
            editor.remove(entry.key());
            EntryDiff diff = EntryDiff.of(entry.key(), Optional.of(library.file().textOf(entry)), Optional.empty());
            List<String> warnings = children.stream()
                    .map(k -> k + " cross-references " + entry.key() + ", which no longer exists").toList();
            return new LibraryUpdate.Edit(editor.text(), List.of(diff), warnings);
        };
    }

    /** Whether {@code child} names {@code parent} in its {@code crossref} or among its {@code xdata} keys. */
    private static boolean inheritsFrom(LibraryReader.Loaded library, BibItem.Entry child, String parent) {
        for (String field : List.of("crossref", "xdata")) {
            Optional<String> keys = child.field(field).map(f -> library.macros().resolve(f.value()));
            if (keys.isPresent() && java.util.Arrays.stream(keys.get().replaceAll("[{}\\s]", "").split(","))
                    .anyMatch(parent::equalsIgnoreCase)) {
                return true;
            }
        }
        return false;
    }

    static void requireFieldName(String name) throws EntryRejectedException {
        if (!name.matches(FIELD_NAME)) {
            throw new EntryRejectedException("'" + name + "' is not a BibTeX field name",
                    Optional.of("field names are letters, digits and - _ : . + and start with a letter"));
        }
    }
}
