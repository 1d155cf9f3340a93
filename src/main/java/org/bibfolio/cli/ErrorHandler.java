package org.bibfolio.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.Optional;
import org.bibfolio.app.EntryRejectedException;
import org.bibfolio.app.LibraryBusyException;
import org.bibfolio.app.UnknownKeyException;
import org.bibfolio.bibtex.BibSyntaxException;
import org.bibfolio.bibtex.ExpansionLimitException;
import org.bibfolio.bibtex.NotALibraryFileException;
import org.bibfolio.bibtex.LibraryNotFoundException;
import org.bibfolio.search.QuerySyntaxException;
import org.bibfolio.sources.SourceException;
import org.bibfolio.style.StyleException;
import picocli.CommandLine;

/** Turns every failure into one line on stderr and its exit code; a stack trace only with {@code --debug}. */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception thrown, CommandLine commandLine, CommandLine.ParseResult parsed) {
        var err = commandLine.getErr();
        if (parsed.originalArgs().contains("--debug")) {
            err.print(Main.stackTrace(thrown));
        }
        Exception error = dataProblem(thrown).orElse(thrown);
        if (error instanceof BibSyntaxException syntax) {
            err.println(syntax.getMessage());
            err.println("  nothing was written; 'bibfolio check' lists every problem of the library");
            return ExitCodes.DATA_ERROR;
        }
        if (error instanceof ExpansionLimitException limit) {
            err.println("bibfolio: error: " + limit.getMessage());
            return ExitCodes.DATA_ERROR;
        }
        if (error instanceof NotALibraryFileException special) {
            err.println("bibfolio: error: " + special.getMessage());
            err.println("  point --library at a .bib file");
            return ExitCodes.USAGE;
        }
        if (error instanceof QuerySyntaxException query) {
            err.println("bibfolio: error: " + query.getMessage());
            err.println("  " + query.query());
            err.println("  " + " ".repeat(Math.max(0, query.column() - 1)) + "^");
            return ExitCodes.USAGE;
        }
        if (error instanceof LibraryNotFoundException missing) {
            err.println("bibfolio: error: library not found: " + missing.displayName());
            err.println("  point at another with --library FILE or the " + LibraryOption.ENV
                    + " environment variable");
            return ExitCodes.USAGE;
        }
        if (error instanceof UnknownKeyException unknown) {
            err.println("bibfolio: error: " + unknown.getMessage());
            err.println(unknown.similar().isEmpty() ? "  'bibfolio list' shows every key"
                    : "  did you mean " + String.join(", ", unknown.similar()) + "?");
            return ExitCodes.USAGE;
        }
        if (error instanceof EntryRejectedException rejected) {
            err.println("bibfolio: error: " + rejected.getMessage());
            rejected.hint().ifPresent(hint -> err.println("  " + hint));
            return ExitCodes.DATA_ERROR;
        }
        if (error instanceof LibraryBusyException busy) {
            err.println("bibfolio: error: " + busy.getMessage());
            err.println("  try again; if no bibfolio is running, check the processes that have the lock file open");
            return ExitCodes.BUSY;
        }
        if (error instanceof SourceException source) {
            err.println("bibfolio: error: " + source.getMessage());
            source.hint().ifPresent(hint -> err.println("  " + hint));
            return source instanceof SourceException.Unreachable ? ExitCodes.UNAVAILABLE
                    : source instanceof SourceException.UnreadableAnswer ? ExitCodes.PROTOCOL : ExitCodes.DATA_ERROR;
        }
        if (error instanceof StyleException style) {
            err.println(style.diagnostic());
            return ExitCodes.DATA_ERROR;
        }
        if (error instanceof IOException io) {
            err.println("bibfolio: error: " + describe(io));
            return ExitCodes.IO_ERROR;
        }
        err.println("bibfolio: internal error: " + error);
        err.println("  run again with --debug for details, and please report it");
        return ExitCodes.INTERNAL;
    }

    /**
     * A problem with the user's data that surfaced wrapped (from an indexing thread, say): it is still the data's
     * fault, not a bug, and gets its own message and exit code.
     */
    private static Optional<Exception> dataProblem(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof BibSyntaxException || cause instanceof ExpansionLimitException) {
                return Optional.of((Exception) cause);
            }
        }
        return Optional.empty();
    }

    private static String describe(IOException error) {
        if (error instanceof NoSuchFileException missing && missing.getReason() != null) {
            return missing.getFile() + ": " + missing.getReason(); // the reason says what is missing
        }
        String kind = error.getClass().getSimpleName().replace("Exception", "")
                .replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return error.getMessage() == null ? kind : kind + ": " + error.getMessage();
    }
}
