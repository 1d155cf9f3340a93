package org.bibfolio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.bibfolio.testing.CliRun;
import org.bibfolio.testing.Processes;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile data ends in a documented exit code and at most a few one-line errors, never a stack trace or an
 * OutOfMemoryError (issue 13 item 4). The timeout only stops a hang from blocking the build; nothing is timed.
 */
@Timeout(300)
class HostileInputTest {

    private static final Set<Integer> DOCUMENTED = Set.of(0, 1, 2, 65, 70, 74, 75);

    @TempDir
    Path dir;

    private static String macroBomb() {
        StringBuilder bib = new StringBuilder("@string{s0 = \"ab\"}\n");
        for (int i = 1; i <= 31; i++) {
            bib.append("@string{s").append(i).append(" = s").append(i - 1).append(" # s").append(i - 1).append("}\n");
        }
        return bib.append("@misc{k, title = s31}\n").toString();
    }

    private void assertBounded(CliRun run) {
        assertTrue(DOCUMENTED.contains(run.exitCode()), "exit " + run.exitCode() + ": " + run.err());
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception") || run.err().contains("Error:"),
                run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "export", "list", "edit"})
    void aMacroBombEndsInOneLocatedError(String command) throws Exception {
        Files.writeString(dir.resolve("library.bib"), macroBomb());
        CliRun run = command.equals("edit") ? CliRun.in(dir, "edit", "k", "--set", "note=x")
                : CliRun.in(dir, command);
        assertBounded(run);
        assertEquals(ExitCodes.DATA_ERROR, run.exitCode());
        String error = "library.bib:20:1: error: @string s19 expands past 1,000,000 characters";
        assertTrue((run.out() + run.err()).contains(error), run.out() + run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"deep", "deepUnclosed", "ats", "hashes", "manyBroken", "longValue", "aliasChain"})
    void everyCommandEndsOnPathologicalText(String name) throws Exception {
        String text = switch (name) {
            case "deep" -> "@misc{k, title = {" + "{".repeat(100_000) + "x" + "}".repeat(100_000) + "}}\n";
            case "deepUnclosed" -> "@misc{k, title = {" + "{".repeat(100_000) + "\n@misc{j, title = {ok}}\n";
            case "ats" -> "@".repeat(1_000_000) + "\n";
            case "hashes" -> "@misc{k, title = {a}" + " # {b}".repeat(300_000) + "}\n";
            case "manyBroken" -> "@misc{k, title = {\n".repeat(50_000);
            case "longValue" -> "@misc{k, title = {" + "a".repeat(5_000_000) + "}}\n";
            default -> "@string{a0 = {x}}\n" + IntStream.range(1, 100_000)
                    .mapToObj(i -> "@string{a" + i + " = a" + (i - 1) + "}\n").collect(Collectors.joining())
                    + "@misc{k, title = a99999}\n";
        };
        Files.writeString(dir.resolve("library.bib"), text);
        for (String[] args : new String[][] {{"check"}, {"export"}, {"list", "--json"}, {"search", "x"},
            {"edit", "k", "--set", "note=x", "--dry-run"}}) {
            assertBounded(CliRun.in(dir, args));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "export", "list", "edit", "search"})
    void aFifoIsRefusedAtOnce(String command) throws Exception {
        Processes.require("mkfifo");
        Path fifo = dir.resolve("library.bib");
        assertEquals(0, Processes.run(dir, "mkfifo", fifo.toString()).exitCode());
        CliRun run = command.equals("edit") ? CliRun.in(dir, "edit", "k", "--set", "note=x")
                : command.equals("search") ? CliRun.in(dir, "search", "x") : CliRun.in(dir, command);
        assertBounded(run);
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("bibfolio: error: library"), run.err());
    }
}
