package org.bibfolio.bibtex;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class TextPositionTest {

    @Test
    void linesEndAtLineFeedCarriageReturnLineFeedOrALoneCarriageReturn() {
        String text = "ab\ncd\r\nef\rgh";
        TextPosition positions = TextPosition.index(text);
        assertArrayEquals(new int[] {1, 1}, positions.of(0));
        assertArrayEquals(new int[] {1, 3}, positions.of(2));
        assertArrayEquals(new int[] {2, 1}, positions.of(3));
        assertArrayEquals(new int[] {2, 3}, positions.of(5), "the \\r of \\r\\n is still on line 2");
        assertArrayEquals(new int[] {3, 1}, positions.of(7));
        assertArrayEquals(new int[] {4, 2}, positions.of(11));
        assertArrayEquals(new int[] {4, 3}, positions.of(text.length()), "the end of the text");
        assertArrayEquals(positions.of(8), TextPosition.of(text, 8));
    }
}
