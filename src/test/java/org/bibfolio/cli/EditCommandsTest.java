package org.bibfolio.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bibfolio.testing.CliRun;
import org.bibfolio.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mutating commands in-process: what they print, when they refuse, and that refusing never writes. */
class EditCommandsTest {

    @Test
    void dryRunShowsTheDiffAndWritesNothing(@TempDir Path dir) throws Exception {
        Path library = Fixtures.copyLibraryTo(dir);
        byte[] before = Files.readAllBytes(library);
        CliRun run = CliRun.in(dir, "tag", "zhu2024catapults", "Spotlight", "--dry-run");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("""
                @@ zhu2024catapults
                -  keywords       = {selected},
                +  keywords       = {selected, Spotlight},
                """, run.out());
        assertTrue(run.err().contains("dry run"), run.err());
        assertArrayEquals(before, Files.readAllBytes(library));
    }

    @Test
    void anUnknownKeyIsAUsageErrorWithSuggestions(@TempDir Path dir) throws Exception {
        Fixtures.copyLibraryTo(dir);
        CliRun run = CliRun.in(dir, "select", "zhu2024catapult");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals("bibfolio: error: no entry with key 'zhu2024catapult'\n  did you mean zhu2024catapults?\n",
                run.err());
    }

    @Test
    void aLibraryThatDoesNotParseIsNeverRewritten(@TempDir Path dir) throws Exception {
        Path library = dir.resolve("library.bib");
        Files.writeString(library, "@misc{a, title = {T}}\n@misc{b, title = {unclosed}\n");
        byte[] before = Files.readAllBytes(library);
        CliRun run = CliRun.in(dir, "edit", "a", "--set", "year=2020");
        assertEquals(ExitCodes.DATA_ERROR, run.exitCode());
        assertEquals("""
                library.bib:2:28: error: missing '}' to close the entry (reached the end of the file) in entry b \
                (which starts at line 2)
                  nothing was written; 'bibfolio check' lists every problem of the library
                """, run.err());
        assertArrayEquals(before, Files.readAllBytes(library));
    }

    @Test
    void addRefusesADuplicatePaperUnlessForced(@TempDir Path dir) throws Exception {
        Fixtures.copyLibraryTo(dir);
        String[] args = {"add", "--type", "online", "--title", "A note on linear bottleneck networks and their "
                + "transition to multilinearity", "--author", "Zhu, Libin", "--year", "2022", "--url", "https://x.org"};
        CliRun refused = CliRun.in(dir, args);
        assertEquals(ExitCodes.DATA_ERROR, refused.exitCode());
        assertEquals("bibfolio: error: zhu2022noteb repeats zhu2022note (line 174): same title and year\n"
                + "  fix it, or use --force to write it anyway\n", refused.err());
        String[] forced = java.util.Arrays.copyOf(args, args.length + 1);
        forced[args.length] = "--force";
        assertEquals(0, CliRun.in(dir, forced).exitCode());
    }

    @Test
    void addRefusesMissingRequiredFields(@TempDir Path dir) throws Exception {
        Fixtures.copyLibraryTo(dir);
        CliRun run = CliRun.in(dir, "add", "--type", "article", "--title", "Untitled", "--author", "Zhu, Libin");
        assertEquals(ExitCodes.DATA_ERROR, run.exitCode());
        assertEquals("bibfolio: error: zhuuntitled: @article needs journal or journaltitle, year or date\n"
                + "  fix it, or use --force to write it anyway\n", run.err());
    }

    @Test
    void addReadsASnippetFromStdinAndOptionsOverrideIt(@TempDir Path dir) throws Exception {
        Fixtures.copyLibraryTo(dir);
        String snippet = "@misc{whatever,\n title={Kernel ridgeless regression is inconsistent},\n"
                + " author={Libin Zhu and Mikhail Belkin},\n year={2026}, month = feb,\n eprint={2601.12345},\n"
                + " archivePrefix={arXiv}}\n";
        CliRun run = CliRun.withInput(dir, snippet, false, "add", "--key", "zhu2026kernel", "--status", "submitted");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("""
                @@ zhu2026kernel
                +@misc{zhu2026kernel,
                +  title          = {Kernel ridgeless regression is inconsistent},
                +  author         = {Libin Zhu and Mikhail Belkin},
                +  year           = {2026},
                +  month          = feb,
                +  eprint         = {2601.12345},
                +  archivePrefix  = {arXiv},
                +  pubstate       = {submitted},
                +}
                """, run.out());
    }

    @Test
    void addPromptsInATerminalAndCompletesFromTheLibrary(@TempDir Path dir) throws Exception {
        Fixtures.copyLibraryTo(dir);
        // type, title, two authors, year, no month, venue, abbreviation, no tags or status, selected, no DOI or
        // arXiv id, then yes to the preview
        String answers = "inp\nGrokking with kernels\nZhu, Libin\nBel\n\n2026\n\nProceedings of the 42nd\nICML\n\n\ny\n"
                + "\n\ny\n";
        CliRun run = CliRun.withInput(dir, answers, true, "add");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("1) Zhu, Libin"), run.err());
        String library = Files.readString(dir.resolve("library.bib"), StandardCharsets.UTF_8);
        assertTrue(library.endsWith("""
                @inproceedings{zhu2026grokking,
                  author         = {Zhu, Libin and Belkin, Mikhail},
                  title          = {Grokking with kernels},
                  booktitle      = {Proceedings of the 42nd International Conference on Machine Learning},
                  shortbooktitle = {ICML},
                  year           = {2026},
                  keywords       = {selected},
                }
                """), library);
    }

    @Test
    void aLatinOneLibraryIsWrittenBackInLatinOne(@TempDir Path dir) throws Exception {
        Path library = dir.resolve("library.bib");
        byte[] latin1 = "@misc{m, author = {M\u00fcller, J\u00f6rg}, title = {\u00dcber}}\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        Files.write(library, latin1);
        assertEquals(0, CliRun.in(dir, "edit", "m", "--set", "note=Gr\u00fc\u00dfe").exitCode());
        assertEquals("@misc{m, author = {M\u00fcller, J\u00f6rg}, title = {\u00dcber},\n  note = {Gr\u00fc\u00dfe}}\n",
                Files.readString(library, StandardCharsets.ISO_8859_1));
        CliRun cjk = CliRun.in(dir, "edit", "m", "--set", "note=\u6731");
        assertEquals(ExitCodes.IO_ERROR, cjk.exitCode(), cjk.err());
    }

    @Test
    void everyNewCommandHasExamplesInItsHelp(@TempDir Path dir) {
        for (String command : new String[] {"add", "edit", "remove", "tag", "select", "unselect", "status", "check"}) {
            CliRun run = CliRun.in(dir, command, "--help");
            assertEquals(0, run.exitCode(), command);
            assertTrue(run.out().contains("Examples:") && run.out().contains("bibfolio " + command), command);
        }
    }
}
