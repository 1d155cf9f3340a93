package org.bibfolio.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bibfolio.testing.CliRun;
import org.bibfolio.testing.LatexCompiler;
import org.bibfolio.testing.Processes;
import org.bibfolio.testing.TexLiveFiles;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * QA defect 25: a stand-alone LaTeX export copied the library's {@code @preamble} as written, so
 * {@code \input{/etc/hostname}} printed the machine's name and texbook3.bib's {@code \input path.sty} stopped the
 * run. Only the command definitions bibfolio reads are copied, and only those that cannot read or run anything.
 */
class LibraryPreambleTest {

    @TempDir
    Path folder;

    @Test
    void onlyInertDefinitionsOfThePreambleReachTheDocument() throws Exception {
        Files.writeString(folder.resolve("secret.tex"), "SECRETCONTENT\n");
        Path library = folder.resolve("library.bib");
        Files.writeString(library, """
                @preamble{ "\\input{secret}" }
                @preamble{ "\\newcommand{\\evil}{\\input{secret}} \\def\\good{Good} \\renewcommand{\\sortkey}[1]{}" }
                @comment{bibfolio:
                  owner = Doe, Jane
                }
                @article{doe2024, author = {Doe, Jane}, title = {\\good{} \\evil{} Titles}, journal = {J}, year = {2024}}
                """, StandardCharsets.UTF_8);
        CliRun run = CliRun.in(folder, "export", "-l", library.toString(), "--format", "latex", "--standalone");
        assertEquals(0, run.exitCode(), run.err());
        String latex = run.out();
        assertTrue(latex.contains("% the library's @preamble: its command definitions, but 1 that could read files "
                + "or run programs\n\\providecommand{\\good}{Good}\n\\providecommand{\\sortkey}{}\\renewcommand{\\sortkey}"
                + "[1]{}\n"), latex);
        assertFalse(latex.contains("\\input{secret}"), latex);
        String pdf = LatexCompiler.compile(folder, "cv", latex);
        assertTrue(pdf.contains("Good"), pdf);
        assertFalse(pdf.contains("SECRETCONTENT"), pdf);
    }

    /** Beebe's files define their commands inside {@code \ifx…\fi} after {@code \input path.sty}. */
    @ParameterizedTest
    @ValueSource(strings = {"texbook3.bib", "printing-history.bib"})
    void beebesLibrariesCompileStandalone(String file) throws Exception {
        Path bib = TexLiveFiles.BEEBE.resolve(file);
        Processes.requireThat(Files.exists(bib), "TeX Live's " + file + " is not installed");
        CliRun run = CliRun.in(folder, "export", "-l", bib.toString(), "--format", "latex", "--standalone");
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.out().contains("\\input"), "the @preamble's \\input came through");
        assertTrue(LatexCompiler.compile(folder, "beebe", run.out()).contains("Journal publications"));
    }
}
