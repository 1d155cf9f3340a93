package org.bibfolio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.bibfolio.testing.CliRun;
import org.bibfolio.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** How the command line answers a person's slips: did you mean, any case, a missing file, help at any width. */
class CliMannersTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "export --fromat latex      | unknown option '--fromat'   | did you mean --format?",
        "exprot                     | unknown command 'exprot'    | did you mean export?",
        "add --statsu submitted     | unknown option '--statsu'   | did you mean --status?",
        "export --format latx       | Invalid value for option '--format': expected one of [markdown, latex, html, "
                + "text, json, csl-json, bibtex, css] (case-insensitive) but was 'latx' | did you mean latex?",
        "export --section confrence | Invalid value for option '--section': expected one of [all, selected, "
                + "conference, journal, preprint, book, report, thesis, software, other] (case-insensitive) but was "
                + "'confrence' | did you mean conference?",
        "search x --sort relevanse  | Invalid value for option '--sort': expected one of [year, relevance] "
                + "(case-insensitive) but was 'relevanse' | did you mean relevance?",
        "status k submited          | Invalid value for positional parameter at index 1 (STATUS): expected one of "
                + "[submitted, accepted, published, preprint, inpreparation] (case-insensitive) but was 'submited' "
                + "| did you mean submitted?",
        "check --format gitlab      | Invalid value for option '--format': expected one of [text, json, github] "
                + "(case-insensitive) but was 'gitlab' | did you mean github?",
        "export --style no/such.csl | Invalid value for option '--style': no such file: no/such.csl "
                + "| see 'bibfolio export --help'",
        "list extra                 | unexpected argument 'extra' | see 'bibfolio list --help'",
        "-l library.bib tag k Oral  | unknown option '-l'         | a command's options go after it: 'bibfolio tag -l …'",
    })
    void aSlipGetsOneLineAndWhatWasMeant(String args, String message, String hint) throws Exception {
        Fixtures.copyLibraryTo(dir);
        CliRun run = CliRun.in(dir, args.strip().split(" +"));
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
        assertEquals("bibfolio: error: " + message.strip() + "\n  " + hint.strip() + "\n", run.err());
        assertEquals("", run.out());
    }

    @Test
    void optionValuesAreCaseInsensitive() throws Exception {
        Fixtures.copyLibraryTo(dir);
        CliRun latex = CliRun.in(dir, "export", "--format", "LaTeX", "--section", "Conference");
        assertEquals(0, latex.exitCode(), latex.err());
        assertTrue(latex.out().contains("\\begin{itemize}"), latex.out());
        CliRun search = CliRun.in(dir, "search", "author:belkin", "--sort", "Relevance", "--color", "NEVER", "-f", "JSON");
        assertEquals(0, search.exitCode(), search.err());
        assertTrue(search.out().startsWith("["), search.out());
        CliRun status = CliRun.in(dir, "status", "zhu2022note", "Submitted", "--dry-run");
        assertEquals(0, status.exitCode(), status.err());
        assertTrue(status.out().contains("+  pubstate"), status.out());
    }

    @Test
    void stylesListsAsJson() {
        CliRun run = CliRun.in(dir, "styles", "--search", "cv-numbered", "--json");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("[ {\n  \"id\" : \"cv-numbered\",\n  \"kind\" : \"house\",\n  \"title\" : "),
                run.out());
    }

    /**
     * At any width, help lines fit (or are one word too long to break), and every example pastes back as the
     * command the source spells out: continuation lines end in " \" and the words are untouched.
     */
    @ParameterizedTest
    @CsvSource({"55", "80", "200"})
    void helpFitsTheWidthAndNeverBreaksAnExample(int width) {
        CommandLine root = Main.commandLine(new CliContext(dir, Map.of()));
        for (CommandLine command : root.getSubcommands().values()) {
            String name = command.getCommandName();
            CliRun run = CliRun.in(dir, Map.of("COLUMNS", String.valueOf(width)), name, "--help");
            assertEquals(0, run.exitCode(), name);
            for (String line : run.out().split("\n")) {
                assertTrue(line.length() <= width || !line.strip().contains(" "),
                        name + " at " + width + ": " + line);
            }
            String pasted = run.out().replace(" \\\n      ", " ");
            for (String example : examples(command)) {
                assertTrue(pasted.contains(example), name + " at " + width + " lost: " + example + "\n" + run.out());
            }
        }
    }

    @Test
    void theSynopsisIsNotCutInsideAnOptionsLabel() {
        CliRun run = CliRun.in(dir, Map.of("COLUMNS", "80"), "init", "--help");
        assertTrue(run.out().contains("[--owner=NAME]"), run.out());
        assertTrue(run.out().lines().noneMatch(line -> line.endsWith("=\"")), run.out());
    }

    /** The example commands of a command's footer, each on one line, notes left out. */
    private static List<String> examples(CommandLine command) {
        if (!command.getCommandSpec().usageMessage().footerHeading().contains("Examples")) {
            return List.of();
        }
        String footer = String.join("\n", command.getCommandSpec().usageMessage().footer()).replace(" \\\n", " ");
        return Arrays.stream(footer.split("\n")).filter(l -> l.startsWith("  ") && !l.isBlank())
                .map(l -> l.strip().split(" {3,}")[0].replaceAll(" +", " ")).toList();
    }

    @Test
    void theExitCodeTableWrapsUnderItsMeanings() {
        CliRun run = CliRun.in(dir, Map.of("COLUMNS", "55"), "--help");
        assertTrue(run.out().contains("""
                  2   usage error: unknown option or value, malformed
                      search query, library not found or not a regular
                      file, unknown key
                """), run.out());
    }
}
