package org.bibfolio.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code bibfolio} command: a publication manager for researchers. */
@Command(name = "bibfolio",
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Keeps a researcher's publications in a BibTeX library and turns them into CV and web-page lists.",
        subcommands = {ExportCommand.class, ListCommand.class, SearchCommand.class, AddCommand.class,
            EditCommand.class, RemoveCommand.class, TagCommand.class, SelectCommand.class, UnselectCommand.class,
            StatusCommand.class, InitCommand.class, ImportCommand.class, UpdateCommand.class, SyncCommand.class,
            CheckCommand.class, IndexCommand.class, CoauthorsCommand.class, VenuesCommand.class,
            StylesCommand.class, CommandLine.HelpCommand.class},
        footer = ExitCodes.HELP_FOOTER)
public final class Main implements Runnable {

    private static final int MIN_HELP_WIDTH = 55;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine(CliContext.ofProcess()).execute(args));
    }

    /** The command line as {@link #main} runs it; tests call this with their own context and streams. */
    public static CommandLine commandLine(CliContext context) {
        CommandLine commandLine = new CommandLine(new Main(), new ContextFactory(context));
        commandLine.setExecutionExceptionHandler(new ErrorHandler());
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        helpWidth(context).ifPresentOrElse(commandLine::setUsageHelpWidth,
                () -> commandLine.setUsageHelpAutoWidth(true));
        HelpSections.install(commandLine);
        commandLine.setOut(utf8(System.out));
        commandLine.setErr(utf8(System.err));
        return commandLine;
    }

    /**
     * The help width: {@code COLUMNS} when the environment has it (tests, and shells that export it), else
     * picocli asks the terminal when help is printed. Never below picocli's minimum of 55.
     */
    private static java.util.Optional<Integer> helpWidth(CliContext context) {
        return context.env("COLUMNS").filter(c -> c.strip().matches("\\d{1,4}"))
                .map(c -> Math.max(MIN_HELP_WIDTH, Integer.parseInt(c.strip())));
    }

    private static PrintWriter utf8(java.io.PrintStream stream) {
        Writer writer = new java.io.OutputStreamWriter(stream, java.nio.charset.StandardCharsets.UTF_8);
        return new PrintWriter(writer, true);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
    }

    /** Builds commands with the context passed in, so nothing reads the process's globals behind a test's back. */
    private record ContextFactory(CliContext context) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                return type.getDeclaredConstructor(CliContext.class).newInstance(context);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }

    static String stackTrace(Throwable error) {
        StringWriter out = new StringWriter();
        error.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
