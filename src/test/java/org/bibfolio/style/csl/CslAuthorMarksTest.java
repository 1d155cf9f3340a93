package org.bibfolio.style.csl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bibfolio.bibtex.LibraryReader;
import org.bibfolio.model.Library;
import org.bibfolio.style.HouseStyle;
import org.bibfolio.style.NameOptions;
import org.bibfolio.style.RenderedSection;
import org.bibfolio.style.format.MarkdownFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Author marks in CSL styles: placed after the whole name however the style wrote it (natural or inverted order,
 * moved particle and suffix, the owner's emphasis kept on the name alone), and never on a name hidden by "et al.".
 */
class CslAuthorMarksTest {

    private static final HouseStyle PROFILE = new HouseStyle("p", "p", NameOptions.DEFAULT, "file", "none",
            "section", Map.of(), List.of(), new HouseStyle.CslSettings(Optional.empty(), Optional.empty(), "style"));

    private static final String BIB = """
            @comment{bibfolio:
              owner = Zhu, Libin
            }
            @article{berg2020,
              author = {van der Berg, Jan and Zhu, Libin and King, Jr., Martin Luther and Smith, Anna},
              author+an = {1=equal; 2=corresponding; 3=equal, corresponding},
              title = {Particles}, journal = {J}, year = {2020}}
            @article{seven2021,
              author = {One, A. and Two, B. and Three, C. and Four, D. and Five, E. and Six, F. and Seven, G.},
              author+an = {7=corresponding}, title = {Seven}, journal = {J}, year = {2021}}
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "apa | Berg, J. van der\\*, **Zhu, L.**†, King, M. L., Jr.\\*†, & Smith, A. (2020). Particles. *J*.",
        "ieee | J. van der Berg\\*, **L. Zhu**†, M. L. King Jr.\\*†, and A. Smith, “Particles,” *J*, 2020.",
        "chicago-author-date | Berg, Jan van der\\*, **Libin Zhu**†, Martin Luther King Jr.\\*†, and Anna Smith. 2020. “Particles.” *J*."})
    void marksFollowTheWholeName(String style, String expected) throws Exception {
        RenderedSection section = render(style, "berg2020");
        assertEquals(expected, new MarkdownFormat().inline(section.entries().get(0).content(), false));
        assertEquals("\\* Equal contribution. † Corresponding author.",
                new MarkdownFormat().inline(section.legend(), false));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ieee", "apa"})
    void aNameHiddenByEtAlGetsNoMarkAndTheListNoLegend(String style) throws Exception {
        RenderedSection section = render(style, "seven2021");
        String text = section.entries().get(0).plainText();
        assertEquals(style.equals("apa"), text.contains("Seven, G.†"), text);
        assertEquals(style.equals("apa"), !section.legend().isEmpty());
    }

    private static RenderedSection render(String style, String key) throws Exception {
        Library library = LibraryReader.read("test.bib", BIB, StandardCharsets.UTF_8).library();
        CslRenderer renderer = new CslRenderer(CslStyles.load(style, Path.of(".")), PROFILE);
        return renderer.renderFlat(library, library.publications().stream().filter(p -> p.key().equals(key))
                .toList());
    }
}
