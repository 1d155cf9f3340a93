package org.bibfolio.search;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bibfolio.bibtex.BibItem;
import org.bibfolio.bibtex.BibParser;
import org.bibfolio.bibtex.BibSyntaxException;
import org.bibfolio.bibtex.LibraryReader;
import org.bibfolio.bibtex.LibrarySettings;
import org.bibfolio.bibtex.MacroTable;
import org.bibfolio.model.Library;
import org.bibfolio.model.Publication;

/**
 * Entries read apart from their file (a batch of the index being built, or the stored texts of some hits) become the
 * model exactly as reading the whole file makes them, so search and export never decode one entry two ways. Both
 * go through {@link LibraryReader#map}, given each entry with its crossref parent and the items that give it meaning
 * ({@link LibraryReader#shapesEntries}: {@code @string}s, {@code @preamble}s, the settings), in file order: an
 * {@code @string} defined below an entry is undefined for it, as for BibTeX.
 */
final class ContextMapping {

    /** The stored text of an entry and of its crossref parent, each with how many context items stand before it. */
    record Text(String text, int contextBefore, Optional<String> parentText, int parentContextBefore) { }

    private ContextMapping() {
    }

    /** The publications of {@code batch}, in its order, from items parsed out of one file. */
    static Library map(List<LibrarySource.Entry> batch, List<BibItem> context, LibrarySettings settings) {
        Set<BibItem> items = Collections.newSetFromMap(new IdentityHashMap<>());
        items.addAll(context);
        for (LibrarySource.Entry entry : batch) {
            entry.parentItem().ifPresent(items::add);
            items.add(entry.item());
        }
        List<BibItem> inFileOrder = new ArrayList<>(items);
        inFileOrder.sort(Comparator.comparingInt(item -> item.span().start()));
        Library library = LibraryReader.map(inFileOrder, settings, new MacroTable());
        Map<BibItem, Publication> byItem = new IdentityHashMap<>();
        int next = 0;
        for (BibItem item : inFileOrder) {
            if (item instanceof BibItem.Entry) {
                byItem.put(item, library.publications().get(next++));
            }
        }
        return new Library(batch.stream().map(entry -> byItem.get(entry.item())).toList(), library.owner(),
                library.knownTags());
    }

    /**
     * The publications of the stored {@code batch}, in its order, read with {@code context} (the context items' texts
     * as {@link LibrarySource#context()} joined them). The pieces go in file order: the i-th context item after the
     * entries with fewer than i+1 context items before them; parents before the entries beside them, as the first
     * entry of a key (the one crossref finds) always stands before the others.
     */
    static Library map(String displayName, Charset charset, String context, List<Text> batch)
            throws BibSyntaxException {
        /** One item of the text to read: where it goes, and which hit it is (-1 for none; parents are entries too). */
        record Piece(int place, int rank, String text, boolean entry, int hit) { }
        List<Piece> pieces = new ArrayList<>();
        List<BibItem> contextItems = BibParser.parse(displayName, context, charset).items().stream()
                .filter(LibraryReader::shapesEntries).toList();
        for (int i = 0; i < contextItems.size(); i++) {
            pieces.add(new Piece(2 * i + 1, 0, contextItems.get(i).span().of(context), false, -1));
        }
        Set<String> parents = new LinkedHashSet<>();
        for (Text entry : batch) {
            entry.parentText().filter(parents::add).ifPresent(parent ->
                    pieces.add(new Piece(2 * entry.parentContextBefore(), 0, parent, true, -1)));
        }
        for (int i = 0; i < batch.size(); i++) {
            pieces.add(new Piece(2 * batch.get(i).contextBefore(), 1, batch.get(i).text(), true, i));
        }
        pieces.sort(Comparator.comparingInt(Piece::place).thenComparingInt(Piece::rank)); // stable
        StringBuilder text = new StringBuilder();
        int[] publicationOf = new int[batch.size()];
        int entries = 0;
        for (Piece piece : pieces) {
            text.append(piece.text()).append('\n');
            if (piece.hit() >= 0) {
                publicationOf[piece.hit()] = entries;
            }
            entries += piece.entry() ? 1 : 0;
        }
        Library library = LibraryReader.read(displayName, text.toString(), charset).library();
        List<Publication> publications = new ArrayList<>(batch.size());
        for (int index : publicationOf) {
            publications.add(library.publications().get(index));
        }
        return new Library(publications, library.owner(), library.knownTags());
    }
}
