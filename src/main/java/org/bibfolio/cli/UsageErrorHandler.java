package org.bibfolio.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.bibfolio.model.Spelling;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A usage error is two lines on stderr, not the whole help: what is wrong, then either what was most likely meant
 * ("did you mean --format?") or where to read more. Exit code 2.
 */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException error, String[] args) {
        CommandLine commandLine = error.getCommandLine();
        CommandSpec spec = commandLine.getCommandSpec();
        String message = error.getMessage();
        String hint = "";
        if (error instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String first = unmatched.getUnmatched().get(0);
            if (first.startsWith("-") && first.length() > 1) {
                String option = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
                message = "unknown option '" + option + "'";
                hint = Spelling.didYouMean(option, optionNames(spec));
                if (hint.isEmpty() && spec.parent() == null) {
                    hint = commandAfter(spec, args).map(command -> "a command's options go after it: 'bibfolio "
                            + command + " " + first + " …'").orElse("");
                }
            } else if (!spec.subcommands().isEmpty() && spec.parent() == null
                    && commandLine.getParseResult().subcommand() == null) {
                message = "unknown command '" + first + "'";
                hint = Spelling.didYouMean(first, new ArrayList<>(spec.subcommands().keySet()));
            } else {
                message = "unexpected argument '" + first + "'";
            }
        } else if (error instanceof Choices.ValueException refused) {
            hint = Spelling.didYouMean(refused.value(), refused.valid());
        } else if (enumChoices(error).isPresent()) {
            // picocli names an enum's constants (TEXT, GITHUB), but users type and read the values in lower case
            List<String> valid = enumChoices(error).get();
            message = "Invalid value for option '" + ((OptionSpec) error.getArgSpec()).longestName()
                    + "': expected one of " + valid + " (case-insensitive) but was '" + error.getValue() + "'";
            hint = Spelling.didYouMean(error.getValue(), valid);
        } else if (withoutEquals(error).isPresent()) {
            // picocli's own message for this case says "option option '--set'"
            OptionSpec option = withoutEquals(error).get();
            message = "option '" + option.longestName() + "' takes " + option.paramLabel() + ", not '"
                    + error.getValue() + "'";
            hint = "write it as " + option.longestName() + " " + error.getValue() + "=VALUE";
        } else {
            hint = meant(error).orElse("");
        }
        PrintWriter err = commandLine.getErr();
        err.println("bibfolio: error: " + message);
        err.println(hint.isEmpty() ? "  see '" + spec.qualifiedName() + " --help'" : "  " + hint);
        err.flush();
        return ExitCodes.USAGE;
    }

    /** The command named later on the line, when an option was put before it ({@code bibfolio -l lib.bib tag …}). */
    private static Optional<String> commandAfter(CommandSpec root, String[] args) {
        return Arrays.stream(args).filter(root.subcommands()::containsKey).findFirst();
    }

    /** The option, when {@code error} is a value without {@code =} given to an option of {@code KEY=VALUE} pairs. */
    private static Optional<OptionSpec> withoutEquals(ParameterException error) {
        return error.getArgSpec() instanceof OptionSpec option && Map.class.isAssignableFrom(option.type())
                && error.getValue() != null && !error.getValue().contains("=") ? Optional.of(option) : Optional.empty();
    }

    /** For a value outside an option's choices (enums and {@link ChoiceConverter}s list them), the close ones. */
    private static Optional<String> meant(ParameterException error) {
        ArgSpec arg = error.getArgSpec();
        if (arg == null || error.getValue() == null || arg.completionCandidates() == null) {
            return Optional.empty();
        }
        List<String> candidates = StreamSupport.stream(arg.completionCandidates().spliterator(), false).toList();
        return Optional.of(Spelling.didYouMean(error.getValue(), candidates)).filter(h -> !h.isEmpty());
    }

    /** The lower-case values of an enum-typed option whose value was refused. */
    private static Optional<List<String>> enumChoices(ParameterException error) {
        if (!(error.getArgSpec() instanceof OptionSpec option) || error.getValue() == null || !option.type().isEnum()) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(option.type().getEnumConstants())
                .map(constant -> ((Enum<?>) constant).name().toLowerCase(Locale.ROOT)).toList());
    }

    private static List<String> optionNames(CommandSpec spec) {
        return spec.options().stream().filter(o -> !o.hidden()).map(OptionSpec::longestName).toList();
    }
}
