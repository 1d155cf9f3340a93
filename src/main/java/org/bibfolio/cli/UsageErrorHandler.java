package org.bibfolio.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * A usage error is two lines on stderr, not the whole help: what is wrong (with picocli's list of valid values
 * or "did you mean" suggestions) and where to read more. Exit code 2.
 */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(CommandLine.ParameterException error, String[] args) {
        CommandLine commandLine = error.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("bibfolio: error: " + error.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(error, err);
        err.println("  see '" + commandLine.getCommandSpec().qualifiedName() + " --help'");
        err.flush();
        return ExitCodes.USAGE;
    }
}
