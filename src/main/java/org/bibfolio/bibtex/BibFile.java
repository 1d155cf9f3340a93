package org.bibfolio.bibtex;

import java.nio.charset.Charset;
import java.util.List;
import java.util.stream.Stream;

/**
 * A library file as read: its full text, the charset it was decoded with (so it is written back in the same one),
 * and its items, which cover the text without gaps.
 */
public record BibFile(String source, String text, Charset charset, List<BibItem> items) {

    public BibFile {
        items = List.copyOf(items);
    }

    public Stream<BibItem.Entry> entries() {
        return items.stream().filter(BibItem.Entry.class::isInstance).map(BibItem.Entry.class::cast);
    }

    /** The items that are not valid BibTeX, in file order; a reading command skips them and says so. */
    public List<BibItem.Broken> broken() {
        return items.stream().filter(BibItem.Broken.class::isInstance).map(BibItem.Broken.class::cast).toList();
    }

    /**
     * This file, when every item in it is valid BibTeX; otherwise the error of the first broken item. Writers call
     * it: rewriting a file around text they cannot read would be guessing.
     */
    public BibFile requireWellFormed() throws BibSyntaxException {
        for (BibItem item : items) {
            if (item instanceof BibItem.Broken broken) {
                throw broken.error();
            }
        }
        return this;
    }

    /** The original text of one item. */
    public String textOf(BibItem item) {
        return item.span().of(text);
    }

    /** 1-based line and column of a character offset, for one message; see {@link #positions()} for many. */
    public int[] lineAndColumn(int offset) {
        return TextPosition.of(text, offset);
    }

    /** An index of the text's lines, for callers that need the positions of many offsets. */
    public TextPosition positions() {
        return TextPosition.index(text);
    }
}
