package org.bibfolio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.bibfolio.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;

/** Which commands a run registers (and so models): the one it names; every one for help and for mistakes. */
class LazyCommandsTest {

    @TempDir
    Path folder;

    private List<String> registered(String... args) {
        return List.copyOf(Main.commandLine(new CliContext(folder, Map.of()), args).getSubcommands().keySet());
    }

    @Test
    void aRunThatNamesItsCommandRegistersThatOne() {
        assertEquals(List.of("export"), registered("export", "--style", "apa", "--section", "journal"));
        assertEquals(List.of("tag"), registered("--debug", "tag", "key", "Spotlight"));
        assertEquals(List.of("completion"), registered("completion", "bash"));
    }

    @Test
    void helpAndMistakesRegisterEveryCommand() {
        assertEquals(Main.COMMANDS, registered("--help"));
        assertEquals(Main.COMMANDS, registered("help", "export"));
        assertEquals(Main.COMMANDS, registered("exprot"));
        assertEquals(Main.COMMANDS, registered("-h", "export"));
        assertEquals(List.of("export"), registered("export", "--help"));
    }

    @Test
    void theVersionRegistersNone() {
        assertEquals(List.of(), registered("--version"));
        assertEquals(List.of(), registered());
    }

    /** The names the switch knows are the names the classes declare. */
    @Test
    void everyNameIsItsCommandsName() {
        for (String name : Main.COMMANDS) {
            Class<?> type = Main.commandClass(name);
            assertEquals(name, type.getAnnotation(Command.class).name(), type.getName());
        }
        assertEquals(Main.COMMANDS, List.copyOf(Main.commandLine(new CliContext(folder, Map.of()))
                .getSubcommands().keySet()));
    }

    @Test
    void aRunWithoutACommandSaysSoInTwoLines() {
        CliRun run = CliRun.in(folder);
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals("bibfolio: error: missing command\n  see 'bibfolio --help'\n", run.err());
    }

    @Test
    void helpStillListsEveryCommand() {
        CliRun run = CliRun.in(folder, "--help");
        for (String name : Main.COMMANDS) {
            org.junit.jupiter.api.Assertions.assertTrue(run.out().contains("  " + name + " ") || run.out().contains("  " + name + "\n"),
                    name + " missing from\n" + run.out());
        }
    }
}
