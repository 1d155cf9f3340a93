package org.bibfolio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bibfolio.bench.SyntheticLibrary;
import org.bibfolio.bibtex.BibParser;
import org.bibfolio.bibtex.LibraryReader;
import org.bibfolio.model.Publication;
import org.junit.jupiter.api.Test;

/**
 * {@code add} on a skim of the library ({@link LibrarySkim}) writes what it writes on the whole parse, and refuses
 * what it refuses there with the same words: the same key, layout, duplicate papers (by DOI, arXiv id, title and
 * year, inherited through crossref), key clashes and biblatex's required fields.
 */
class LibrarySkimTest {

    private static final PaperDraft NOTHING = new PaperDraft(Optional.empty(), Optional.empty(), Optional.empty(),
            List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), false,
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of());

    /** What an add did: its text and warnings, or why it refused. */
    private static String outcome(Check add) {
        try {
            LibraryUpdate.Edit edit = add.run();
            return edit.text() + "\n--\n" + String.join("\n", edit.warnings());
        } catch (EntryRejectedException e) {
            return "refused: " + e.getMessage();
        }
    }

    @FunctionalInterface
    private interface Check {
        LibraryUpdate.Edit run() throws EntryRejectedException;
    }

    /** The outcome on the whole parse and on the skim, which must agree; false when the skim declined. */
    private static boolean sameOnSkim(String library, String snippet) throws Exception {
        AddPaper add = (AddPaper) AddPaper.fromSnippet(snippet, NOTHING, false);
        LibraryReader.Loaded parsed = LibraryReader.lazily(BibParser.parse("lib.bib", library, StandardCharsets.UTF_8));
        String whole = outcome(() -> add.apply(parsed));
        if (add.needs().isEmpty()) {
            return false;
        }
        Optional<LibrarySkim> skim = LibrarySkim.of("lib.bib", LibraryReader.decode(
                library.getBytes(StandardCharsets.UTF_8)), add.needs().get());
        if (skim.isEmpty()) {
            return false;
        }
        assertEquals(whole, outcome(() -> add.apply(skim.get())), snippet);
        return true;
    }

    @Test
    void aSyntheticLibraryTakesEveryKindOfNewPaperAlike() throws Exception {
        String library = SyntheticLibrary.generate(600, 11);
        List<Publication> publications = LibraryReader.read("lib.bib", library, StandardCharsets.UTF_8).library()
                .publications();
        Publication titled = publications.get(300);
        Publication preprint = publications.stream().filter(p -> p.links().arxiv().isPresent()).findFirst()
                .orElseThrow();
        Publication last = publications.get(publications.size() - 1);
        List<String> snippets = List.of(
                "@article{fresh, author = {Nowak, Anna}, title = {Something new}, journal = {J}, year = 2025}",
                "@misc{x, title = {" + titled.title().toUpperCase() + "}, year = " + titled.year().orElseThrow() + "}",
                "@misc{y, title = {Other}, year = 1999, eprint = {" + preprint.links().arxiv().get() + "v3},"
                        + " eprinttype = {arxiv}}",
                "@misc{" + last.key().toUpperCase() + ", title = {Clash}, year = 2020}",
                "@article{two, title = {First of two}, journal = {J}, year = 2024}\n"
                        + "@article{two, title = {Second of two}, journal = {J}, year = 2024}",
                "@article{nojournal, title = {Missing its journal}, year = 2023}");
        for (String snippet : snippets) {
            assertTrue(sameOnSkim(library, snippet), snippet);
        }
    }

    @Test
    void crossrefsDuplicatesAndBiblatexAcrossTheFile() throws Exception {
        String library = """
                @inproceedings{child, title = {Kernels at Scale}, author = {Zhu, Libin}, crossref = {proc}}
                @article{a1, author = {Li, Wei}, title = {Old paper}, journal = {J}, year = 2001,
                  doi = {https://doi.org/10.1000/XYZ.7}}
                @article{A1, author = {Li, Wei}, title = {Repeated key, ignored}, journal = {J}, year = 2021,
                  doi = {10.1000/abc}}
                @online{web, title = {A page}, url = {https://example.org}, date = {2021-03}}
                @proceedings{proc, title = {Proceedings of Somewhere}, year = 2021}
                """;
        assertTrue(sameOnSkim(library, "@misc{k1, title = {Kernels at scale}, year = 2021}"));
        assertTrue(sameOnSkim(library, "@misc{k2, title = {Another}, year = 1999, doi = {10.1000/xyz.7}}"));
        assertTrue(sameOnSkim(library, "@misc{k3, title = {Another}, year = 2021, doi = {10.1000/abc}}"));
        assertTrue(sameOnSkim(library, "@book{k4, title = {A book}, author = {Kim, Min}, year = 2021}"));
        assertTrue(sameOnSkim(library, "@misc{a1, title = {Clash in case}, year = 2021}"));
        // a new entry's crossref needs the whole library
        assertFalse(sameOnSkim(library, "@inproceedings{k5, title = {Talk}, crossref = {proc}}"));
    }

    @Test
    void aChildAfterItsDroppedParentIsReadWhole() throws Exception {
        String library = """
                @proceedings{proc, title = {Proceedings of Somewhere}, year = 2019}
                @inproceedings{child, title = {Kernels}, author = {Zhu, Libin}, crossref = {proc}, year = 2021}
                """;
        assertFalse(sameOnSkim(library, "@misc{k1, title = {Kernels}, year = 2021}"));
        assertTrue(sameOnSkim(library, "@misc{k2, title = {Kernels}, year = 2023}"));
    }
}
