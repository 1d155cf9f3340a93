package org.bibfolio.style.csl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bibfolio.testing.CliRun;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Title case around math: the math goes through citeproc-java as a placeholder, and a stop word before a
 * placeholder joined by a hyphen ("the $\alpha$-stable") stays a stop word, as it does before a letter.
 */
class CslMathTitleCaseTest {

    private static final String BIB = """
            @article{holder, author = {Kowalczyk, Agnieszka}, journal = {Journal of Functional Analysis},
              title = {A note on the $\\frac{1}{2}$-Hölder continuity of the flow}, year = {2024}}
            @article{stable, author = {Kowalczyk, Agnieszka}, journal = {Annals of Probability},
              title = {On the $\\alpha$-stable limit of a walk}, year = {2023}}
            @article{norm, author = {Kowalczyk, Agnieszka}, journal = {Studia Mathematica},
              title = {Estimates in the $L^p$ norm}, year = {2022}}
            @article{vai, author = {Kowalczyk, Agnieszka}, journal = {Journal of Vai Studies},
              title = {The ꕙꔤ script and the $k$-means of its letters}, year = {2021}}
            """;

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"chicago-author-date", "modern-language-association", "chicago-fullnote-bibliography"})
    void aStopWordBeforeHyphenatedMathStaysLowercase(String style) throws Exception {
        Files.writeString(folder.resolve("library.bib"), BIB, StandardCharsets.UTF_8);
        CliRun run = CliRun.in(folder, "export", "--style", style, "--format", "text");
        assertEquals(0, run.exitCode(), run.err());
        for (String title : new String[] {"A Note on the 1/2-Hölder Continuity of the Flow",
            "On the α-Stable Limit of a Walk", "Estimates in the Lᵖ Norm",
            "The ꕙꔤ Script and the"}) {
            assertTrue(run.out().contains(title), style + " lacks " + title + ":\n" + run.out());
        }
        CliRun markdown = CliRun.in(folder, "export", "--style", style, "--format", "markdown");
        assertTrue(markdown.out().contains("On the $\\alpha$-Stable Limit"), markdown.out());
        // a title with Vai letters of its own goes in without placeholders: its letters stay letters
        assertTrue(markdown.out().contains("The ꕙꔤ Script and the"), markdown.out());
    }
}
