package org.bibfolio.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bibfolio.testing.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bibfolio add} in a terminal, driven by scripted answers: it asks where a person could be misread. */
class AddPromptTest {

    private static final String LIBRARY = """
            @comment{bibfolio:
              owner = Garc{\\'i}a, Mar{\\'i}a
            }

            @article{garcia2023transport,
              author       = {Garc{\\'i}a, Mar{\\'i}a and Schmidt, Anna and Singh, Ravi},
              title        = {Optimal transport on sparse graphs},
              journal      = {Journal of Machine Learning Research},
              shortjournal = {JMLR},
              year         = {2023},
            }

            @inproceedings{singh2024kernels,
              author         = {Singh, Ravi and Garc{\\'i}a, Mar{\\'i}a},
              title          = {Kernels that forget},
              booktitle      = {Advances in Neural Information Processing Systems},
              shortbooktitle = {NeurIPS},
              year           = {2024},
              keywords       = {Spotlight},
            }
            """;

    @TempDir
    Path dir;
    Path library;

    @BeforeEach
    void writeLibrary() throws Exception {
        library = Files.writeString(dir.resolve("library.bib"), LIBRARY, StandardCharsets.UTF_8);
    }

    @Test
    void ambiguousAnswersAskNewNamesAreConfirmedBadValuesAskedAgainThenAPreview() throws Exception {
        String answers = String.join("\n", "inp", "Sinkhorn meets {Wasserstein}",
                "gar", "s", "sc", "Nowak, Jan", "y", "",
                "20x5", "2025", "13", "jul",
                "adv", "neu", "spot", "", "y",
                "notadoi", "10.1234/abc.5", "2501.01234", "y", "");
        CliRun run = CliRun.withInput(dir, answers, true, "add");
        assertEquals(0, run.exitCode(), run.err());
        String err = run.err();
        assertTrue(err.contains("author 1: \u0020 = García, María"), err);
        assertTrue(err.contains("'s' fits 2: type more, or its number:\n  1) Singh, Ravi\n  2) Schmidt, Anna\n"), err);
        assertTrue(err.contains("'Nowak, Jan' is new to the library; add it? [Y/n]"), err);
        assertTrue(err.contains("  a year has four digits"), err);
        assertTrue(err.contains("  a month is 1 to 12 or its name"), err);
        assertTrue(err.contains("  a DOI looks like"), err);
        String written = Files.readString(library, StandardCharsets.UTF_8);
        assertTrue(written.startsWith(LIBRARY), written);
        String entry = written.substring(LIBRARY.length()).strip() + "\n";
        assertTrue(err.contains("The entry as it will be added to library.bib:\n"
                + entry.lines().map(line -> "  " + line + "\n").reduce("", String::concat)
                + "Add this entry? [Y/n] "), err);
        // the alignment is the file's (FileStyle's job); the values are what was answered
        assertEquals("""
                @inproceedings{garcia2025sinkhorn,
                author = {García, María and Schmidt, Anna and Nowak, Jan},
                title = {Sinkhorn meets {Wasserstein}},
                booktitle = {Advances in Neural Information Processing Systems},
                shortbooktitle = {NeurIPS},
                year = {2025},
                month = jul,
                doi = {10.1234/abc.5},
                eprint = {2501.01234},
                eprinttype = {arxiv},
                keywords = {selected, Spotlight},
                }
                """, entry.replaceAll("(?m)^ +", "").replaceAll(" +=", " ="));
    }

    /**
     * The venue prompt finds a venue by its abbreviation as the library's papers write it, lists each venue with it,
     * and the abbreviation prompt offers the chosen venue's own first; two venues of one abbreviation are asked.
     */
    @Test
    void aVenueIsFoundByItsAbbreviation() throws Exception {
        Files.writeString(library, LIBRARY + """

                @inproceedings{singh2023icml,
                  author         = {Singh, Ravi},
                  title          = {Forgetting at scale},
                  booktitle      = {Proceedings of the 40th International Conference on Machine Learning},
                  shortbooktitle = {ICML},
                  year           = {2023},
                }

                @inproceedings{singh2024icml,
                  author         = {Singh, Ravi},
                  title          = {Forgetting faster},
                  booktitle      = {Proceedings of the 41st International Conference on Machine Learning},
                  shortbooktitle = {ICML},
                  year           = {2024},
                }
                """, StandardCharsets.UTF_8);
        String answers = String.join("\n", "inp", "Kernels that remember", "sin", "", "2025", "",
                "neurips", "1", "", "", "", "", "", "y", "");
        CliRun run = CliRun.withInput(dir, answers, true, "add");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("  2) Advances in Neural Information Processing Systems (NeurIPS)\n"), run.err());
        assertTrue(run.err().contains("venue: \u0020 = Advances in Neural Information Processing Systems\n"
                + "  1) NeurIPS\n"), run.err());
        // the file's alignment aside
        String written = Files.readString(library, StandardCharsets.UTF_8).replaceAll(" +=", " =");
        assertTrue(written.contains("title = {Kernels that remember},\n  booktitle = {Advances in Neural Information Processing Systems}"), written);
        assertTrue(written.contains("shortbooktitle = {NeurIPS}"), written);

        CliRun icml = CliRun.withInput(dir, String.join("\n", "inp", "Kernels that learn", "sin", "", "2025", "",
                "icml", "2", "1", "", "", "", "", "", "y", ""), true, "add");
        assertEquals(0, icml.exitCode(), icml.err());
        assertTrue(icml.err().contains("'icml' fits 2: type more, or its number:\n"), icml.err());
        assertTrue(icml.err().contains(" (ICML)\n"), icml.err());
        assertTrue(icml.err().contains("venue: \u0020 = Proceedings of the 41st International Conference on Machine "
                + "Learning\n  1) ICML\n"), icml.err());
        assertTrue(Files.readString(library, StandardCharsets.UTF_8).replaceAll(" +=", " =")
                .contains("title = {Kernels that learn},\n  booktitle = {Proceedings of the 41st"));
    }

    @Test
    void theOwnerIsOfferedOnceAsDeclaredAndAMisspellingNotAtAll() throws Exception {
        Files.writeString(library, """
                @comment{bibfolio:
                  owner = Fernández-Ruiz, Inés and Fernández, Inés and Fernandez Ruiz, Ines
                }
                @article{a2021, author = {Fernández, Inés and Kato, Y.}, title = {A}, journal = {J}, year = 2021}
                @article{b2022, author = {Fernandez Ruiz, Ines and Kato, Yuki}, title = {B}, journal = {J}, year = 2022}
                @article{c2023, author = {Fern{\\'a}ndez-Ruiz, In{\\'e}s}, title = {C}, journal = {J}, year = 2023}
                @article{d2024, author = {Fernandez-Ruis, Ines and Fernández-Ruiz, Inés}, title = {D}, journal = {J},
                  year = 2024}
                """, StandardCharsets.UTF_8);
        String answers = String.join("\n", "artcle", "article", "A title", "fern", "kato", "", "2025", "", "J", "", "", "", "",
                "", "", "n", "");
        CliRun run = CliRun.withInput(dir, answers, true, "add");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("author 1: \u0020 = Fernández-Ruiz, Inés\n"), run.err());
        assertTrue(run.err().contains("author 2: \u0020 = Kato, Yuki\n"), run.err());
        assertFalse(run.err().contains("Ruis"), run.err());
        assertTrue(run.err().contains("type:   did you mean article?\n"), run.err());
    }

    /** "1" where no numbered list was shown (a library without abbreviations), or "7" past its end, is asked again. */
    @Test
    void aNumberThatPicksNoListedChoiceIsAskedAgain() throws Exception {
        Files.writeString(library, "", StandardCharsets.UTF_8);
        String answers = String.join("\n", "article", "A note", "Nowak, Jan", "y", "", "2025", "",
                "Journal of Notes", "y", "1", "JoN", "", "", "", "", "", "y", "");
        CliRun run = CliRun.withInput(dir, answers, true, "add");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("venue abbreviation (optional): \u0020 no choice is numbered 1 here: type the "
                + "venue abbreviation\n"), run.err());
        String written = Files.readString(library, StandardCharsets.UTF_8);
        assertTrue(written.contains("shortjournal = {JoN}"), written);
        assertFalse(written.contains("{1}"), written);

        CliRun pastTheList = CliRun.withInput(dir, String.join("\n", "article", "Another note", "Nowak", "", "2025",
                "", "7", "Journal of Notes", "", "", "", "", "", "", "y", ""), true, "add");
        assertEquals(0, pastTheList.exitCode(), pastTheList.err());
        assertTrue(pastTheList.err().contains("venue: \u0020 no choice is numbered 7 here: type 1 to 1, or the venue\n"),
                pastTheList.err());
        assertFalse(Files.readString(library, StandardCharsets.UTF_8).contains("{7}"));
    }

    @Test
    void noAtTheEndWritesNothing() throws Exception {
        byte[] before = Files.readAllBytes(library);
        String answers = String.join("\n", "article", "A note", "Singh, Ravi", "", "2025", "", "Journal of Machine",
                "", "", "", "", "", "", "n", "");
        CliRun run = CliRun.withInput(dir, answers, true, "add");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().endsWith("Add this entry? [Y/n] bibfolio: nothing added\n"), run.err());
        assertArrayEquals(before, Files.readAllBytes(library));
        assertEquals("", run.out());
    }

    @Test
    void inputEndingEarlyWritesNothing() throws Exception {
        byte[] before = Files.readAllBytes(library);
        CliRun run = CliRun.withInput(dir, "article\nA note\n", true, "add");
        assertEquals(ExitCodes.IO_ERROR, run.exitCode(), run.err());
        assertTrue(run.err().endsWith("bibfolio: error: input ended before the author 2 was given\n")
                || run.err().contains("input ended before the author"), run.err());
        assertArrayEquals(before, Files.readAllBytes(library));
    }
}
