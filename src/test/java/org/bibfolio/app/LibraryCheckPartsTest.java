package org.bibfolio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bibfolio.bibtex.BibParser;
import org.bibfolio.bibtex.LibraryReader;
import org.bibfolio.testing.TexLiveFiles;
import org.junit.jupiter.api.Test;

/**
 * A big library is checked in parts on every core ({@link CheckPart}); what needs the entries before an entry
 * (repeated keys and papers, @strings defined so far, an unknown type or LaTeX command reported once, at its
 * first use, with the count of all its uses) must come out as a check of the library in one part gives it.
 */
class LibraryCheckPartsTest {

    /** Every rule that looks past one entry, with causes on both sides of the parts' borders. */
    private static final String LIBRARY = """
            @string{jb = "Journal B"}
            @article{a1, author = {Nowak, Anna}, title = {Kernels at Scale}, journal = ja, year = 2020}
            @glossary{g1, name = {first}}
            @article{a2, author = {Li, Wei}, title = {On \\Frob{} maps}, journal = jb, year = 2021,
              doi = {10.1000/one}}
            @string{ja = "Journal A"}
            @article{a3, author = {Nowak, Anna}, title = {Kernels at scale}, journal = ja, year = 2020}
            @article{A1, author = {Doe, Jane}, title = {Repeated key}, journal = jb, year = 2019}
            @glossary{g2, name = {second}}
            @article{a4, author = {Li, Wei}, title = {More \\Frob{} maps}, journal = nowhere, year = 2022,
              doi = {10.1000/ONE}}
            @inproceedings{c1, author = {Kim, Min}, title = {A talk}, crossref = {proc}, month = jan # "~" # feb}
            @article{broken, title = {never closed, year = 2020
            @article{a5, author = {Kim, Min}, title = {A \\Frob{} again}, journal = nowhere, year = {20x1}}
            @proceedings{proc, title = {Proceedings of Somewhere}, year = 2021}
            @article{a6, author = {Zhu, Libin}, title = {Missing journal}, year = 2023, crossref = {absent}}
            @article{a7, author = {Zhu, Libin}, title = {Kernels at Scale}, journal = jb, year = 2020, volume = 2}
            """;

    @Test
    void partsOfAnySizeFindWhatOnePartFinds() throws Exception {
        LibraryReader.Loaded library = LibraryReader.lazily(BibParser.parse("lib.bib", LIBRARY,
                StandardCharsets.UTF_8));
        List<Finding> whole = LibraryCheck.findings(library, Integer.MAX_VALUE);
        Set<CheckRule> rules = whole.stream().map(Finding::rule).collect(Collectors.toSet());
        assertTrue(rules.containsAll(Set.of(CheckRule.SYNTAX, CheckRule.DUPLICATE_KEY, CheckRule.DUPLICATE_PAPER,
                CheckRule.ENTRY_TYPE, CheckRule.LATEX_COMMAND, CheckRule.UNDEFINED_STRING, CheckRule.CROSSREF,
                CheckRule.YEAR)), whole.toString());
        for (int size = 1; size <= 6; size++) {
            assertEquals(whole, LibraryCheck.findings(library, size), "parts of " + size);
        }
    }

    /** Five of Beebe's files, one after the other: @strings each, LaTeX commands, papers in two of them. */
    @Test
    void beebesBibliographiesInPartsAsWhole() throws Exception {
        TexLiveFiles.required();
        StringBuilder text = new StringBuilder();
        for (String name : List.of("epodd.bib", "serif.bib", "texbook1.bib", "type.bib", "texgraph.bib")) {
            text.append(new String(Files.readAllBytes(TexLiveFiles.BEEBE.resolve(name)), StandardCharsets.UTF_8))
                    .append('\n');
        }
        LibraryReader.Loaded library = LibraryReader.lazily(BibParser.parse("beebe.bib", text.toString(),
                StandardCharsets.UTF_8));
        List<Finding> whole = LibraryCheck.findings(library, Integer.MAX_VALUE);
        assertTrue(whole.size() > 50, "Beebe's files have findings: " + whole.size());
        assertEquals(whole, LibraryCheck.findings(library, 97));
    }
}
