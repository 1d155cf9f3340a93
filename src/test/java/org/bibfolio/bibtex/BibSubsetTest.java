package org.bibfolio.bibtex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which items a stand-alone subset of a library needs, in which order, copied unchanged. */
class BibSubsetTest {

    private static final String LIBRARY = """
            @string{a = {A}}  % a comment after a definition is not part of it
            @string{ b = a # { and B} }
            @STRING{unused = {U}}
            @preamble{"\\providecommand{\\x}{}"}

            @misc{child, title = b, crossref = {Parent}}
            @misc{other,
              title  = {Other},
              month  = jan,
            }
            @book{parent, title = {P}, crossref = grand}
            @string{grand = {grandparent}}
            @book{grandparent, title = {G}}
            @misc{other, title = {A second 'other' that BibTeX ignores}}
            @misc{loop1, crossref = {loop2}}
            @misc{loop2, crossref = {loop1}}
            """;

    private static String subset(String... keys) throws BibSyntaxException {
        return BibSubset.of(BibParser.parse("t.bib", LIBRARY, StandardCharsets.UTF_8), List.of(keys));
    }

    @Test
    void entryWithoutNeedsIsCopiedUnchangedAfterThePreamble() throws Exception {
        assertEquals("""
                @preamble{"\\providecommand{\\x}{}"}

                @misc{other,
                  title  = {Other},
                  month  = jan,
                }
                """, subset("OTHER"));
    }

    @Test
    void stringsChainedStringsAndCrossrefParentsComeAlongParentsLast() throws Exception {
        assertEquals("""
                @string{a = {A}}
                @string{ b = a # { and B} }
                @preamble{"\\providecommand{\\x}{}"}
                @string{grand = {grandparent}}

                @misc{other,
                  title  = {Other},
                  month  = jan,
                }

                @misc{child, title = b, crossref = {Parent}}

                @book{parent, title = {P}, crossref = grand}

                @book{grandparent, title = {G}}
                """, subset("parent", "other", "child"), "a chosen parent moves after its child");
    }

    @Test
    void crossrefCycleEndsWithEachEntryOnce() throws Exception {
        assertEquals("""
                @preamble{"\\providecommand{\\x}{}"}

                @misc{loop1, crossref = {loop2}}

                @misc{loop2, crossref = {loop1}}
                """, subset("loop1"));
    }

    @Test
    void unknownKeyIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> subset("nowhere"));
    }
}
