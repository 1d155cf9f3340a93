package org.bibfolio.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.bibfolio.cli.CliContext;
import org.bibfolio.cli.Main;
import picocli.CommandLine;

/** Runs the CLI in-process, through the same factory as {@code main}, with captured stdout and stderr. */
public record CliRun(int exitCode, String out, String err) {

    public static CliRun in(Path workingDirectory, String... args) {
        return in(workingDirectory, Map.of(), args);
    }

    public static CliRun in(Path workingDirectory, Map<String, String> environment, String... args) {
        return in(new CliContext(workingDirectory, environment), args);
    }

    /** The standard output of a command that must succeed (exit code 0; its stderr is the failure message). */
    public static String output(Path workingDirectory, String... args) {
        CliRun run = in(workingDirectory, args);
        org.junit.jupiter.api.Assertions.assertEquals(0, run.exitCode(), String.join(" ", args) + ": " + run.err());
        return run.out();
    }

    /** Runs with {@code stdin} as standard input; {@code terminal} says whether a person answers prompts. */
    public static CliRun withInput(Path workingDirectory, String stdin, boolean terminal, String... args) {
        return in(new CliContext(workingDirectory, Map.of(),
                new java.io.ByteArrayInputStream(stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8)), terminal),
                args);
    }

    /** Runs with an environment, {@code stdin} as standard input, and {@code terminal} for a person at prompts. */
    public static CliRun withInput(Path workingDirectory, Map<String, String> environment, String stdin,
                                   boolean terminal, String... args) {
        return in(new CliContext(workingDirectory, environment,
                new java.io.ByteArrayInputStream(stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8)), terminal),
                args);
    }

    private static CliRun in(CliContext context, String... args) {
        CommandLine commandLine = Main.commandLine(context, args);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }
}
