package org.bibfolio.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.FutureTask;
import java.util.stream.IntStream;
import org.bibfolio.model.Background;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code bibfolio} command: a publication manager for researchers. Every command says
 * {@code addMethodSubcommands = false}: none has methods as subcommands, and without it picocli reads the annotations
 * of every method of each command class (and of {@code Object}) at each start to find some.
 */
@Command(name = "bibfolio", addMethodSubcommands = false,
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Keeps a researcher's publications in a BibTeX library and turns them into CV and web-page lists.",
        footer = ExitCodes.HELP_FOOTER)
public final class Main implements Runnable {

    private static final int MIN_HELP_WIDTH = 55;

    /**
     * Every subcommand, in the order help lists them. Registering one builds its picocli model (reflection over its
     * annotations, a proxy class per annotation type, its converters), which for all twenty cost more than the work
     * of a short export; so a run that names its command registers only that one (see {@link #commandLine}).
     */
    private static final CommandModels MODELS = CommandModels.standard();

    static final List<String> COMMANDS = List.of("export", "list", "search", "add", "edit", "remove", "tag",
            "select", "unselect", "status", "init", "import", "update", "sync", "check", "index", "coauthors",
            "venues", "styles", "completion", "help");

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine(CliContext.ofProcess(), args).execute(args));
    }

    /**
     * The command line that runs {@code args}, as {@link #main} does; tests call this with their own context and
     * streams. When {@code args} name a command, only that command is registered; for help, {@code help} or a word
     * that is no command, every command is, so help lists them all and a mistyped one gets "did you mean"; for the
     * root's other options alone ({@code --version}), none is.
     */
    public static CommandLine commandLine(CliContext context, String... args) {
        int command = first(args, arg -> !arg.startsWith("-"));
        int help = first(args, arg -> arg.equals("-h") || arg.equals("--help"));
        boolean rootHelp = help >= 0 && (command < 0 || help < command);
        if (command >= 0 && !rootHelp && COMMANDS.contains(args[command]) && !args[command].equals("help")) {
            return commandLine(context, List.of(args[command]));
        }
        return commandLine(context, command >= 0 || rootHelp ? COMMANDS : List.of());
    }

    /** The index of the first argument that {@code test} accepts, or -1. */
    private static int first(String[] args, java.util.function.Predicate<String> test) {
        return IntStream.range(0, args.length).filter(i -> test.test(args[i])).findFirst().orElse(-1);
    }

    /** The whole command line, every command registered: for help, completion scripts and the man page. */
    public static CommandLine commandLine(CliContext context) {
        return commandLine(context, COMMANDS);
    }

    private static CommandLine commandLine(CliContext context, List<String> names) {
        CommandLine commandLine = tree(context, names, MODELS);
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

    /** The root and the commands {@code names}, their models from {@code models}, before any setting of a run. */
    static CommandLine tree(CliContext context, List<String> names, CommandModels models) {
        ContextFactory factory = new ContextFactory(context);
        // The one command a run names is modelled on a second thread while this one models the root.
        Optional<FutureTask<CommandLine>> only = names.size() == 1
                ? Optional.of(Background.start("bibfolio-model", () -> command(names.get(0), factory, models)))
                : Optional.empty();
        CommandLine commandLine = model(Main.class, factory, models);
        if (only.isPresent()) {
            commandLine.addSubcommand(names.get(0), Background.unchecked(only.get()));
        } else {
            names.stream().filter(name -> !name.equals("help"))
                    .forEach(name -> commandLine.addSubcommand(name, command(name, factory, models)));
        }
        // A generated model holds what its command inherits from the root (the standard help options, the footer),
        // so its root passes them on only when every command is there (help, completion, the man page): picocli
        // makes those options again by reflection for each command at hand when the root is made to pass them on.
        // picocli's own help command, added then, inherits them as usual.
        if (names.contains("help")) {
            commandLine.getCommandSpec().scopeType(ScopeType.INHERIT);
            commandLine.addSubcommand("help", new CommandLine(CommandLine.HelpCommand.class, factory));
        }
        return commandLine;
    }

    private static CommandLine command(String name, ContextFactory factory, CommandModels models) {
        return model(commandClass(name), factory, models);
    }

    private static CommandLine model(Class<?> type, ContextFactory factory, CommandModels models) {
        try {
            return new CommandLine(models.spec(factory.create(type), factory), factory);
        } catch (CommandLine.InitializationException e) {
            throw e;
        } catch (Exception e) {
            throw new CommandLine.InitializationException("cannot model " + type.getName() + ": " + e, e);
        }
    }

    /**
     * The help width: {@code COLUMNS} when the environment has it (tests, and shells that export it), else
     * picocli asks the terminal when help is printed. Never below picocli's minimum of 55.
     */
    private static Optional<Integer> helpWidth(CliContext context) {
        return context.env("COLUMNS").filter(c -> c.strip().matches("\\d{1,4}"))
                .map(c -> Math.max(MIN_HELP_WIDTH, Integer.parseInt(c.strip())));
    }

    /** The class of a command of {@link #COMMANDS}; a switch, so that only the one asked for is loaded. */
    static Class<?> commandClass(String name) {
        return switch (name) {
            case "export" -> ExportCommand.class;
            case "list" -> ListCommand.class;
            case "search" -> SearchCommand.class;
            case "add" -> AddCommand.class;
            case "edit" -> EditCommand.class;
            case "remove" -> RemoveCommand.class;
            case "tag" -> TagCommand.class;
            case "select" -> SelectCommand.class;
            case "unselect" -> UnselectCommand.class;
            case "status" -> StatusCommand.class;
            case "init" -> InitCommand.class;
            case "import" -> ImportCommand.class;
            case "update" -> UpdateCommand.class;
            case "sync" -> SyncCommand.class;
            case "check" -> CheckCommand.class;
            case "index" -> IndexCommand.class;
            case "coauthors" -> CoauthorsCommand.class;
            case "venues" -> VenuesCommand.class;
            case "styles" -> StylesCommand.class;
            case "completion" -> CompletionCommand.class;
            case "help" -> CommandLine.HelpCommand.class;
            default -> throw new IllegalArgumentException("no command " + name);
        };
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
