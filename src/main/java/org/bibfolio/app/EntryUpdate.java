package org.bibfolio.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.bibfolio.bibtex.BibEditor;
import org.bibfolio.bibtex.BibField;
import org.bibfolio.bibtex.BibItem;
import org.bibfolio.bibtex.EntryFormatter;
import org.bibfolio.bibtex.LibraryReader;
import org.bibfolio.bibtex.MacroTable;
import org.bibfolio.bibtex.ValuePart;

/** Field changes to one existing entry, written in that entry's own style, ending in an {@link LibraryUpdate.Edit}. */
final class EntryUpdate {

    private final LibraryReader.Loaded library;
    private final BibEditor editor;
    private final String key;
    private final List<String> warnings = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private EntryUpdate(LibraryReader.Loaded library, String key) {
        this.library = library;
        this.editor = new BibEditor(library.file());
        this.key = key;
    }

    /** Starts an update of {@code key}; the key as written in the library is used from then on. */
    static EntryUpdate of(LibraryReader.Loaded library, String key) throws UnknownKeyException {
        BibItem.Entry entry = new BibEditor(library.file()).entry(key)
                .orElseThrow(() -> new UnknownKeyException(key, similarKeys(library, key)));
        return new EntryUpdate(library, entry.key());
    }

    String key() {
        return key;
    }

    String type() {
        return entry().normalizedType();
    }

    /** The field's value with macros resolved, as raw LaTeX; empty when absent or blank. */
    Optional<String> value(String name) {
        return entry().field(name).map(field -> new MacroTable().resolve(field.value()))
                .map(String::strip).filter(v -> !v.isEmpty());
    }

    boolean has(String name) {
        return entry().field(name).isPresent();
    }

    /** The names of the entry's fields, as written. */
    List<String> fieldNames() {
        return entry().fields().stream().map(BibField::name).toList();
    }

    /** Sets a field to text, keeping the delimiters of the value it replaces, or else the entry's style. */
    EntryUpdate set(String name, String text) {
        Optional<BibField> old = entry().field(name).filter(field -> field.value().size() == 1);
        EntryFormatter formatter = new EntryFormatter(editor.styleOf(key));
        String value;
        if (old.isEmpty() || name.equalsIgnoreCase("month")) {
            value = formatter.value(name, text);
        } else {
            ValuePart part = old.get().value().get(0);
            value = part instanceof ValuePart.Number && text.matches("\\d+") ? text
                    : EntryFormatter.delimited(text, part instanceof ValuePart.Quoted);
        }
        editor.set(key, name.toLowerCase(Locale.ROOT), value);
        return this;
    }

    /** Changes the entry's type, as when a preprint ({@code @misc}) is published ({@code @article}). */
    EntryUpdate retype(String type) {
        editor.setType(key, type);
        return this;
    }

    EntryUpdate unset(String name) {
        editor.unset(key, name);
        return this;
    }

    EntryUpdate warn(String warning) {
        warnings.add(warning);
        return this;
    }

    /** Something the user should know about the result that is not a problem ("moved to Journal publications"). */
    EntryUpdate note(String note) {
        notes.add(note);
        return this;
    }

    /** The library's text after the changes so far, unchecked: for output (a shareable copy), never for writing. */
    String text() {
        return editor.text();
    }

    /** The edit, once {@code check}'s rules found nothing new wrong with the entry ({@link WriteCheck}). */
    LibraryUpdate.Edit finish() throws EntryRejectedException {
        return finish(false);
    }

    /** {@link #finish()}, where {@code force} writes the entry despite what the rules find (they warn). */
    LibraryUpdate.Edit finish(boolean force) throws EntryRejectedException {
        String before = library.file().textOf(new BibEditor(library.file()).entry(key).orElseThrow());
        String after = editor.file().textOf(entry());
        List<String> all = new ArrayList<>(warnings);
        all.addAll(WriteCheck.verify(library, editor.file(), List.of(key), force));
        return new LibraryUpdate.Edit(editor.text(), List.of(EntryDiff.of(key, Optional.of(before),
                Optional.of(after))), all, notes);
    }

    /** The library as it stands after the changes so far, for what a command tells about the result. */
    LibraryReader.Loaded result() throws EntryRejectedException {
        return WriteCheck.reread(library, editor.file(), Set.of(key.toLowerCase(Locale.ROOT)));
    }

    private BibItem.Entry entry() {
        return editor.entry(key).orElseThrow();
    }

    /** Keys sharing the longest beginning with the one asked for: what a typo most likely meant. */
    static List<String> similarKeys(LibraryReader.Loaded library, String key) {
        String wanted = key.toLowerCase(Locale.ROOT);
        return library.file().entries().map(BibItem.Entry::key)
                .filter(k -> commonPrefix(k.toLowerCase(Locale.ROOT), wanted) >= Math.min(wanted.length(),
                        Math.max(4, wanted.length() - 3)))
                .sorted(Comparator.comparingInt((String k) -> -commonPrefix(k.toLowerCase(Locale.ROOT), wanted))
                        .thenComparing(String::length))
                .limit(3).toList();
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }
}
