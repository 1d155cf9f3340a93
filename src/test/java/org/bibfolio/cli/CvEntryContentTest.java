package org.bibfolio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bibfolio.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a CV says of entries a researcher's own library holds and the bundled one did not: edited volumes and
 * translations, biblatex types and type keys, preprint servers, data sets and web pages, a paper entered twice.
 * Each test writes the few entries it is about, as a library exported from Zotero or Google Scholar has them.
 */
class CvEntryContentTest {

    private static final String OWNER = "@comment{bibfolio:\n  owner = Lindqvist, Maja\n}\n";

    @TempDir
    Path folder;

    private CliRun export(String entries, String... options) throws Exception {
        Files.writeString(folder.resolve("library.bib"), OWNER + entries, StandardCharsets.UTF_8);
        String[] args = new String[options.length + 1];
        args[0] = "export";
        System.arraycopy(options, 0, args, 1, options.length);
        CliRun run = CliRun.in(folder, args);
        assertEquals(0, run.exitCode(), run.err());
        return run;
    }

    private static void assertHas(CliRun run, String expected) {
        assertTrue(run.out().contains(expected), () -> "expected «" + expected + "» in\n" + run.out());
    }

    @Test
    void anEditedVolumeNamesItsEditorsWhereTheAuthorsGo() throws Exception {
        String bib = """
                @book{ed, editor = {Lindqvist, Maja and Okafor, Chidi}, title = {Sacred Art in the North},
                  publisher = {Brill}, year = {2025}}
                @proceedings{ws, editor = {Okafor, Chidi}, title = {Proceedings of the Workshop on Icons},
                  publisher = {ACM}, year = {2018}}
                """;
        assertHas(export(bib), "- **M. Lindqvist** & C. Okafor (Eds.) (2025). *Sacred Art in the North*. Brill.");
        assertHas(export(bib), "- C. Okafor (Ed.) (2018). *Proceedings of the Workshop on Icons*. ACM.");
        assertHas(export(bib, "--style", "cv-compact"),
                "- **Lindqvist, M.**, Okafor, C. (eds.) — Sacred Art in the North. Brill 2025.");
        assertFalse(export(bib).out().contains("-  ("), "no entry starts with an empty name list");
    }

    @Test
    void aTranslationNamesItsTranslatorAndSearchFindsTheOwnersTranslationsAndEditions() throws Exception {
        String bib = """
                @book{tr, author = {Herbert, Zbigniew}, translator = {Lindqvist, Maja}, title = {The Labyrinth on the Sea},
                  publisher = {Carcanet}, year = {2018}}
                @book{ed, editor = {Lindqvist, Maja}, title = {An Edited Volume}, publisher = {Brill}, year = {2025}}
                """;
        assertHas(export(bib), "Z. Herbert (2018). *The Labyrinth on the Sea*. Translated by **M. Lindqvist**. Carcanet.");
        assertHas(export(bib, "--style", "apa"), "*The labyrinth on the sea* (**M. Lindqvist**, Trans.). Carcanet.");
        CliRun search = CliRun.in(folder, "search", "author:lindqvist");
        assertEquals(0, search.exitCode(), search.err());
        assertTrue(search.out().contains("tr\t") && search.out().contains("ed\t"), search.out());
    }

    @Test
    void oneWordJournalNamesInCapitalsStayInCapitals() throws Exception {
        String bib = """
                @article{a, author = {Lindqvist, Maja}, title = {One}, journal = {PNAS}, year = {2015}}
                @article{b, author = {Lindqvist, Maja}, title = {Two}, journal = {GAFA}, year = {2016}}
                """;
        for (String style : new String[] {"apa", "chicago-author-date", "modern-language-association"}) {
            CliRun run = export(bib, "--style", style);
            assertHas(run, "*PNAS*");
            assertHas(run, "*GAFA*");
        }
        String json = export(bib, "--format", "csl-json").out();
        assertTrue(json.contains("\"container-title\" : \"GAFA\""), json);
    }

    @Test
    void aPaperEnteredTwiceWithItsDoiOnceAsALinkIsPrintedOnceWithAWarning() throws Exception {
        String bib = """
                @article{first, author = {Lindqvist, Maja}, title = {Organoids}, journal = {Cell}, year = {2023},
                  doi = {10.1016/j.cell.2023.01.001}, keywords = {selected}}
                @article{again, author = {Lindqvist, Maja}, title = {Organoids}, journal = {Cell}, year = {2023},
                  doi = {https://doi.org/10.1016/j.cell.2023.01.001}}
                """;
        CliRun run = export(bib, "--style", "apa");
        assertEquals(2, run.out().lines().filter(l -> l.contains("Organoids")).count(),
                "once in Selected, once among the journal papers: " + run.out());
        assertFalse(run.out().contains("2023a"), "no year suffix for a paper with itself: " + run.out());
        assertEquals("bibfolio: warning: again is the same paper as first (same DOI 10.1016/j.cell.2023.01.001), so the "
                + "CV shows it once; remove one of the two entries\n", run.err());
    }

    @Test
    void biblatexTypeKeysInTheTypeFieldAreSpelledOut() throws Exception {
        String bib = """
                @thesis{phd, author = {Lindqvist, Maja}, title = {Icons}, institution = {Uppsala University},
                  type = {phdthesis}, year = {2019}}
                @thesis{ma, author = {Lindqvist, Maja}, title = {Frescoes}, institution = {Uppsala University},
                  type = {mathesis}, year = {2014}}
                """;
        CliRun cv = export(bib);
        assertHas(cv, "*Icons*. PhD thesis, Uppsala University.");
        assertHas(cv, "*Frescoes*. Master’s thesis, Uppsala University.");
        assertHas(export(bib, "--style", "apa"), "*Icons* \\[PhD thesis\\]. Uppsala University.");
        assertFalse(export(bib, "--style", "vancouver").out().toLowerCase().contains("phdthesis"));
    }

    @Test
    void aJournalPapersVenueTagsAreShownAndSelectedLinksTheJournalWithoutAnAbbreviation() throws Exception {
        String bib = """
                @article{award, author = {Lindqvist, Maja}, title = {Nature paper with an award}, journal = {Nature},
                  year = {2023}, doi = {10.1038/x1}, keywords = {selected, Best Paper}}
                """;
        CliRun run = export(bib);
        assertHas(run, "*Nature paper with an award*. [*Nature* \\(Best Paper\\)](https://doi.org/10.1038/x1).");
        assertHas(run, "*Nature paper with an award*. *Nature* (**Best Paper**).");
    }

    @Test
    void aReviewKeepsItsJournalVolumeAndPages() throws Exception {
        String bib = """
                @review{rv, author = {Lindqvist, Maja}, title = {Review of \\emph{The Icon and the Axe} by James H. Billington},
                  journaltitle = {Slavic Review}, date = {2020}, volume = {79}, number = {2}, pages = {445--447}}
                """;
        assertHas(export(bib, "--style", "apa"), "*Slavic Review*, *79*(2), 445–447.");
    }

    @Test
    void dataSetsWebPagesAndPeriodicalsAreNoPreprints() throws Exception {
        String bib = """
                @dataset{counts, author = {Lindqvist, Maja}, title = {Count matrices}, publisher = {Zenodo},
                  doi = {10.5281/zenodo.1}, year = {2023}}
                @online{blog, author = {Lindqvist, Maja}, title = {How I clean data}, url = {https://ml.example/1},
                  date = {2022-03-01}}
                @periodical{issue, editor = {Lindqvist, Maja}, title = {Computers and Graphics},
                  issuetitle = {Semantic 3D Media}, volume = {35}, number = {4}, year = {2011}}
                """;
        String cv = export(bib + """
                @online{zotero, author = {Lindqvist, Maja}, title = {Fresco scans}, organization = {Zenodo},
                  doi = {10.5281/zenodo.8123456}, date = {2023-07-20}}
                @misc{tool, author = {Lindqvist, Maja}, title = {icontools}, howpublished = {GitHub},
                  keywords = {software}, year = {2022}}
                """).out();
        assertFalse(cv.contains("## Preprints"), cv);
        String data = section(cv, "## Software and data");
        assertTrue(data.contains("*Fresco scans*. Zenodo.") && data.contains("*icontools*. GitHub.")
                && data.contains("*Count matrices*. Zenodo."), cv);
        assertTrue(section(cv, "## Books").contains("**M. Lindqvist** (Ed.) (2011). *Computers and Graphics*."), cv);
        assertTrue(section(cv, "## Other").contains("*How I clean data*"), cv);
    }

    /** The list under a heading, up to the next heading. */
    private static String section(String cv, String heading) {
        int start = cv.indexOf(heading);
        assertTrue(start >= 0, () -> "no " + heading + " in\n" + cv);
        int end = cv.indexOf("\n## ", start + heading.length());
        return cv.substring(start, end < 0 ? cv.length() : end);
    }

    @Test
    void pageSuffixesAreKept() throws Exception {
        String bib = """
                @article{cell, author = {Lindqvist, Maja}, title = {Stem cells}, journal = {Cell Stem Cell},
                  volume = {30}, pages = {145--160.e7}, year = {2023}}
                """;
        assertHas(export(bib, "--style", "apa"), "145–160.e7");
        assertHas(export(bib, "--style", "vancouver"), "145–160.e7");
    }

    @Test
    void aPreprintSaysWhichServerItIsOnAndSearchFindsIt() throws Exception {
        String bib = """
                @misc{zotero, author = {Lindqvist, Maja}, title = {Organoids on a chip}, year = {2024},
                  doi = {10.1101/2024.02.14.580311}, publisher = {Cold Spring Harbor Laboratory}}
                @article{scholar, author = {Lindqvist, Maja}, title = {Frescoes by light}, journal = {medRxiv},
                  year = {2024}}
                @misc{arxiv, author = {Lindqvist, Maja}, title = {Icons by numbers}, year = {2023},
                  eprint = {2301.01234}, archiveprefix = {arXiv}}
                """;
        CliRun cv = export(bib);
        assertHas(cv, "*Organoids on a chip*. *bioRxiv*.");
        assertHas(cv, "*Frescoes by light*. *medRxiv*.");
        assertHas(cv, "- **M. Lindqvist** (2023). *Icons by numbers*.\n");
        assertHas(export(bib, "--style", "cv-numbered"),
                "*Icons by numbers*. arXiv:[2301.01234](https://arxiv.org/abs/2301.01234).");
        CliRun search = CliRun.in(folder, "search", "venue:bioRxiv");
        assertEquals(0, search.exitCode(), search.err());
        assertTrue(search.out().startsWith("zotero\t"), search.out());
    }

    @Test
    void aBiblatexSetIsNotPrintedItsMembersAre() throws Exception {
        String bib = """
                @set{both, entryset = {one,two}}
                @article{one, author = {Lindqvist, Maja}, title = {One}, journal = {J}, year = {2020}}
                @article{two, author = {Lindqvist, Maja}, title = {Two}, journal = {J}, year = {2020}}
                """;
        CliRun cv = export(bib);
        assertFalse(cv.out().contains("n.d."), cv.out());
        assertEquals("", cv.err());
        assertFalse(export(bib, "--style", "apa").out().contains("n.d."));
    }

    @Test
    void theProceedingsAPaperCrossreferencesAreNoWorkOfTheOwnerUnlessTheyEditedThem() throws Exception {
        String bib = """
                @inproceedings{talk, author = {Lindqvist, Maja}, title = {Icons in light}, crossref = {icm}, pages = {1--9}}
                @proceedings{icm, editor = {Sirakov, Boyan and Viana, Marcelo}, title = {Proceedings of the ICM 2018},
                  booktitle = {Proceedings of the ICM 2018}, publisher = {World Scientific}, year = {2018}}
                @inproceedings{own, author = {Okafor, Chidi}, title = {A paper in her volume}, crossref = {edited}}
                @proceedings{edited, editor = {Lindqvist, Maja}, title = {Workshop on Icons}, booktitle = {Workshop on Icons},
                  publisher = {ACM}, year = {2019}}
                """;
        CliRun cv = export(bib);
        assertHas(cv, "*Icons in light*. Proceedings of the ICM 2018.");
        assertFalse(cv.out().contains("Sirakov"), cv.out());
        assertHas(cv, "- **M. Lindqvist** (Ed.) (2019). *Workshop on Icons*. ACM.");
        assertEquals("", cv.err());
    }

    @Test
    void cslJsonKeepsAndOthersAndTheFullDate() throws Exception {
        String bib = """
                @article{big, author = {Lindqvist, Maja and Okafor, Chidi and others}, title = {Consortium},
                  journal = {Science}, date = {2023-08-10}}
                """;
        String json = export(bib, "--format", "csl-json").out();
        assertTrue(json.contains("\"literal\" : \"others\""), json);
        assertTrue(json.replaceAll("\\s", "").contains("\"date-parts\":[[2023,8,10]]"), json);
        assertHas(export(bib, "--style", "ieee"), "Aug. 2023");
    }

    @Test
    void aTalksHowpublishedIsNoContainer() throws Exception {
        String bib = """
                @misc{talk, author = {Lindqvist, Maja}, title = {Icons and light},
                  howpublished = {Invited talk, Gordon Research Conference}, year = {2023}}
                """;
        CliRun apa = export(bib, "--style", "apa");
        assertFalse(apa.out().contains("In *Invited"), apa.out());
        assertHas(apa, "*Icons and light*. Invited talk, Gordon Research Conference.");
    }

    @Test
    void acceptedWorkNamesItsJournalInItalicsAndAForthcomingBookItsPublisher() throws Exception {
        String bib = """
                @article{acc, author = {Lindqvist, Maja}, title = {Organoids grow}, journal = {Cell Stem Cell},
                  pubstate = {accepted}, year = {2025}}
                @book{book, author = {Lindqvist, Maja}, title = {Light in Icons}, publisher = {Cambridge University Press},
                  pubstate = {forthcoming}, year = {2026}}
                """;
        CliRun cv = export(bib);
        assertHas(cv, "*Organoids grow*. To appear in *Cell Stem Cell*.");
        assertHas(cv, "*Light in Icons*. Cambridge University Press. Forthcoming.");
        assertFalse(cv.out().contains("To appear in Cambridge"), cv.out());
    }

    @Test
    void sectionsNamesTheHouseStyleWhoseListsAreUsedAndIsNotIgnoredSilently() throws Exception {
        String bib = """
                @misc{talk, author = {Lindqvist, Maja}, title = {A talk}, howpublished = {Invited talk}, year = {2023}}
                """;
        Files.createDirectories(folder.resolve("styles"));
        Files.writeString(folder.resolve("styles/my-cv.toml"), """
                [[sections]]
                id = "journal"
                heading = "Journal papers"
                include = "category=journal"
                """, StandardCharsets.UTF_8);
        CliRun csl = export(bib, "--style", "apa", "--sections", "my-cv");
        assertTrue(csl.err().contains("is in no list of style 'my-cv'"), csl.err());
        CliRun house = export(bib, "--style", "cv", "--sections", "cv-compact");
        assertTrue(house.err().startsWith("bibfolio: warning: --sections applies to CSL styles; house style 'cv' has "
                + "its own lists, so --sections cv-compact is ignored\n"), house.err());
    }
}
