package org.bibfolio.style.csl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bibfolio.bibtex.LibraryReader;
import org.bibfolio.model.Library;
import org.bibfolio.style.HouseStyle;
import org.bibfolio.style.NameOptions;
import org.bibfolio.style.format.MarkdownFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The owner set apart by the parsed name in every kind of name rendering, and APA's year suffixes. */
class CslOwnerAndSuffixTest {

    private static final String BIB = """
            @comment{bibfolio:
              owner = Zhu, Libin
            }
            @article{b, author = {Zhu, Libin and Zhu, Li}, title = {Beta Paper}, journal = {J}, year = {2022}}
            @article{a, author = {Zhu, Libin and Zhu, Li}, title = {Alpha Paper}, journal = {J}, year = {2022}}
            """;

    private static final HouseStyle PROFILE = new HouseStyle("p", "p", NameOptions.DEFAULT, "file", "none",
            "section", Map.of(), List.of(), new HouseStyle.CslSettings(Optional.empty(), Optional.empty(), "style"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "apa | **Zhu, L.**, & Zhu, L. (2022a). Alpha paper. *J*.",
        "ieee | **L. Zhu** and L. Zhu, “Beta paper,” *J*, 2022.",
        "vancouver | **Zhu L**, Zhu L. Beta paper. J. 2022;",
        "chicago-author-date | **Zhu, Libin**, and Li Zhu. 2022a. “Alpha Paper.” *J*."})
    void boldsOnlyTheOwnerAndSuffixesByTitle(String style, String firstEntry) throws Exception {
        assertEquals(firstEntry, firstEntry(style, BIB));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "apa | **Berg, J. van der**, & King, M. L., Jr. (2018). T. *Advances in Big Things*. [https://doi.org/10.1/x](https://doi.org/10.1/x)",
        "chicago-author-date | **Berg, Jan van der**, and Martin Luther King Jr. 2018. “T.” In *Advances in Big Things*. [https://doi.org/10.1/x](https://doi.org/10.1/x)."})
    void placesParticlesAndSuffixesAndLinksTheDoi(String style, String entry) throws Exception {
        String bib = """
                @comment{bibfolio:
                  owner = van der Berg, Jan
                }
                @inproceedings{k, author = {van der Berg, Jan and King, Jr., Martin Luther}, title = {T},
                  booktitle = {Advances in Big Things}, year = {2018}, doi = {10.1/x}}
                """;
        assertEquals(entry, firstEntry(style, bib));
    }

    /** The word "and" between an author's initial and the owner is no particle of the owner's name. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "acm-sig-proceedings | Zieliński, M. and **Wiśniewska, M.** 2022. F. *J*. (2022).",
        "harvard-cite-them-right | Zieliński, M. and **Wiśniewska, M.** (2022) ‘F,’ *J* \\[Preprint\\].",
        "ieee | M. Zieliński and **M. Wiśniewska**, “F,” *J*, 2022.",
        "apa | Zieliński, M., & **Wiśniewska, M.** (2022). F. *J*."})
    void setsApartTheOwnerAfterAnAuthorWithTheSameInitial(String style, String entry) throws Exception {
        String bib = """
                @comment{bibfolio:
                  owner = Wiśniewska, Marta
                }
                @article{z, author = {Zieliński, Michał and Wiśniewska, Marta}, title = {F}, journal = {J}, year = {2022}}
                """;
        assertEquals(entry, firstEntry(style, bib));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ieee | M. Zieliński and **J. van der Berg**, “F,” *J*, 2022.",
        "acm-sig-proceedings | Zieliński, M. and **Berg, J. van der**. 2022. F. *J*. (2022)."})
    void keepsTheOwnersOwnParticleWithTheName(String style, String entry) throws Exception {
        String bib = """
                @comment{bibfolio:
                  owner = van der Berg, Jan
                }
                @article{z, author = {Zieliński, Michał and van der Berg, Jan}, title = {F}, journal = {J}, year = {2022}}
                """;
        assertEquals(entry, firstEntry(style, bib));
    }

    /** The first entry of {@code bib} in {@code style}, as Markdown. */
    private static String firstEntry(String style, String bib) throws Exception {
        Library library = LibraryReader.read("test.bib", bib, StandardCharsets.UTF_8).library();
        CslRenderer renderer = new CslRenderer(CslStyles.load(style, java.nio.file.Path.of(".")), PROFILE);
        var entries = renderer.renderFlat(library, library.publications()).entries();
        return new MarkdownFormat().inline(entries.get(0).content(), false);
    }
}
