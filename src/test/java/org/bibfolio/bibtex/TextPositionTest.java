package org.bibfolio.bibtex;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
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

    @Property
    void everyOffsetIsOnTheLineThatCountingLineEndsBeforeItGives(
            @ForAll @Chars({'a', '\n', '\r'}) @StringLength(max = 40) String text) {
        TextPosition positions = TextPosition.index(text);
        int line = 1;
        int lineStart = 0;
        for (int offset = 0; offset <= text.length(); offset++) {
            assertArrayEquals(new int[] {line, offset - lineStart + 1}, positions.of(offset), "offset " + offset);
            if (offset < text.length()) {
                char c = text.charAt(offset);
                boolean crlf = c == '\r' && offset + 1 < text.length() && text.charAt(offset + 1) == '\n';
                if (c == '\n' || c == '\r' && !crlf) {
                    line++;
                    lineStart = offset + 1;
                }
            }
        }
    }
}
