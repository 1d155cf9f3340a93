package org.bibfolio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.bibfolio.bibtex.LibraryReader;
import org.bibfolio.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** The BibTeX the page's copy button gives: the entry as written, less what only bibfolio reads. */
class ShareableBibtexTest {

    private static ShareableBibtex of(String text) throws Exception {
        return new ShareableBibtex(LibraryReader.read("shareable.bib", text, StandardCharsets.UTF_8));
    }

    private static String fixture() throws Exception {
        return Files.readString(Fixtures.projectDir().resolve("src/test/resources/fixtures/page/shareable.bib"),
                StandardCharsets.UTF_8);
    }

    @Test
    void selectedTagsAndCategoryGoTheRestStaysAsWrittenWithTheStringsItUses() throws Exception {
        assertEquals("""
                @string{icml = "International Conference on Machine Learning"}

                @inproceedings{doe2024spotlight,
                  author    = {Doe, Jane and Roe, Richard},
                  title     = {Kernels All the Way Down},
                  booktitle = icml,
                  year      = 2024,
                  keywords  = {kernel methods},
                }
                """, of(fixture()).of("doe2024spotlight"));
    }

    @Test
    void aKeywordsFieldLeftEmptyGoesAndTheCrossReferencedParentIsCleanedToo() throws Exception {
        assertEquals("""
                @inproceedings{doe2023demo,
                  author = "Doe, Jane",
                  title = "A Demo",
                  crossref = "demos2023",
                }

                @proceedings{demos2023,
                  title     = {Demos at Some Conference},
                  year      = {2023},
                }
                """, of(fixture()).of("doe2023demo"));
    }

    @Test
    void anEntryWithoutBibfoliosDataIsCopiedByteForByte() throws Exception {
        String text = fixture();
        String entry = text.substring(text.indexOf("@article{doe2022plain"));
        assertEquals(entry, of(text).of("doe2022plain"), "'selected-topics' is a keyword of its own");
    }

    @Test
    void whatAReferenceManagerKeepsForItsUserAloneGoes() throws Exception {
        assertEquals("""
                @article{doe2021managed,
                  author        = {Doe, Jane},
                  title         = {Kept by three reference managers},
                  journaltitle  = {Journal of Managed Entries},
                  date          = {2021-03},
                  urldate       = {2024-01-15},
                  abstract      = {What a reader may want stays.},
                }
                """, of(fixture()).of("doe2021managed"));
    }
}
