package org.bibfolio.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bibfolio.cli.ExitCodes;
import org.bibfolio.testing.CliRun;
import org.bibfolio.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A style file as a stranger writes one: every mistake is one located line (file:line:column, exit 65), never an
 * internal error; and what TOML allows for long settings (lists, multi-line strings) is understood.
 */
class StyleFileSchemaTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', quoteCharacter = '`', value = {
        "[names]\\net-al-use-first = -5 ¦ 2:19: error: 'et-al-use-first' must be between 1 and 1000, not -5",
        "[names]\\net-al-min = 12345678901234567890 ¦ 2:13: error: the number 12345678901234567890 is too large",
        "[names]\\net-al-min = 2.5 ¦ 2:13: error: '2.5' is a floating-point number; style settings take whole numbers",
        "[names]\\net-al-min = \"3\" ¦ 2:13: error: 'et-al-min' must be a whole number, not a string",
        "[names]\\net-al-use-frist = 3 ¦ 2:1: error: unknown key 'et-al-use-frist' in [names]; did you mean et-al-use-first?",
        "[nmaes]\\nform = \"full\" ¦ 1:1: error: unknown key 'nmaes' in the top level; did you mean names?",
        "[names]\\nform = \"ful\" ¦ 2:8: error: 'form' must be one of initials-first, family-first, full, not \"ful\"; did you mean full?",
        "names = \"full\" ¦ 1:9: error: 'names' must be a table ([names]), not a string",
        "[templates]\\ndefault = '{authors}. {titel}.' ¦ 2:24: error: unknown variable 'titel' in template 'default'; did you mean title?",
        "[templates]\\nconferense = '{title}' ¦ 2:14: error: unknown template 'conferense' in [templates]; did you mean conference?",
        "[templates]\\ndefault = '{title|bold}' ¦ 2:19: error: unknown filter 'bold' (known: emph, strong, link=…, text=…, default=…, unless=…) in template 'default'",
        "[templates]\\ndefault = '{title|link=papr}' ¦ 2:19: error: link needs one of paper, doi, arxiv, url, pdf, code, slides, video, poster, supp, blog, website: link=papr is not one in template 'default'",
        "[templates]\\ndefault = '''\\n{authors}\\n[{venue}'''\\n ¦ 4:1: error: '[' is never closed in template 'default'",
        "[[sections]]\\nheading = \"Talks\" ¦ 1:1: error: [[sections]] #1 needs an id, the name --section takes (id = \"workshop\")",
        "[[sections]]\\nid = \"a\"\\ninclude = \"categroy=journal\" ¦ 3:11: error: unknown condition 'categroy' in section rule 'categroy=journal' (known: all, category, type, status, tag, selected, year)",
        "[[sections]]\\nid = \"a\"\\ninclude = [\"category=journal\",\\n  \"year=20x5\"]\\n ¦ 4:3: error: bad year '20x5' in section rule 'year=20x5' (use 2022, 2020..2024, 2020.. or ..2019)",
        "[[sections]]\\nid = \"a\"\\n[[sections]]\\nid = \"A\" ¦ 4:6: error: two sections have the id \"A\"",
        "[[sections]]\\nid = \"a\"\\nheadline = \"x\" ¦ 3:1: error: unknown key 'headline' in [[sections]] #1; did you mean heading?",
        "[order]\\nsort = \"date-desc\"\\n[order]\\nnumbering = \"ascending\" ¦ 3:1: error: the table [order] is defined twice",
        "title = \"a\"\\ntitle = \"b\" ¦ 2:1: error: 'title' is set twice",
        "title = \"unclosed ¦ 1:9: error: the string is not closed on its line (use \"\"\" for text over several lines)",
        "[csl]\\norder = \"cv\"\\nstyle = 3 ¦ 3:9: error: 'style' must be a string (in quotes), not a number",
    })
    void aMistakeIsOneLocatedLine(String style, String expected) throws Exception {
        Fixtures.copyLibraryTo(dir);
        Files.writeString(dir.resolve("mine.toml"), style.replace("\\n", "\n"));
        CliRun run = CliRun.in(dir, "export", "--style", "mine.toml");
        assertEquals(ExitCodes.DATA_ERROR, run.exitCode(), run.err());
        assertEquals("mine.toml:" + expected.strip() + "\n", run.err());
        assertEquals("", run.out());
    }

    @Test
    void listsAndMultiLineStringsWriteLongSettingsNaturally() throws Exception {
        Path library = dir.resolve("library.bib");
        Files.writeString(library, """
                @comment{bibfolio:
                  owner = Kowalska, Anna
                }
                @inproceedings{k1, author = {Kowalska, Anna and Nowak, Jan}, title = {Sparse graphs},
                  booktitle = {SODA}, year = 2023, keywords = {Best Paper}}
                @inproceedings{k2, author = {Kowalska, Anna}, title = {Dense graphs}, booktitle = {STOC},
                  year = 2024}
                @article{k3, author = {Kowalska, Anna}, title = {Planar graphs}, journal = {JACM}, year = 2022,
                  volume = 69, pages = {1--20}}
                """);
        Files.writeString(dir.resolve("long.toml"), """
                title = "Awarded papers, then journals"

                [templates]
                default = '''
                  {authors} ({year}).
                  {title|emph}.[ {venue}.]
                '''
                "journal.published" = \"""
                {authors} ({year}). {title|emph}. \\
                {venue|emph}[, {volume}][, {pages}].\"""

                [[sections]]
                id = "awards"
                heading = "Awarded papers"
                include = [
                  "category=conference",   # proceedings only
                  "tag=Best Paper",        # a condition with a space
                ]

                [[sections]]
                id = "journal"
                heading = "Journal articles"
                include = ["category=journal"]
                """);
        CliRun run = CliRun.in(dir, "export", "--style", "long.toml");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("""
                ## Awarded papers

                - **A. Kowalska** & J. Nowak (2023). *Sparse graphs*. SODA.

                ## Journal articles

                - **A. Kowalska** (2022). *Planar graphs*. *JACM*, 69, 1–20.
                """, run.out());
    }

    @Test
    void theBuiltInStylesPassTheirOwnSchema() {
        for (String style : new String[] {"cv", "cv-numbered", "cv-compact"}) {
            CliRun run = CliRun.in(dir, "styles", "--search", style);
            assertEquals(0, run.exitCode(), style + ": " + run.err());
            assertTrue(run.out().startsWith(style + "\thouse\t"), run.out());
        }
    }
}
