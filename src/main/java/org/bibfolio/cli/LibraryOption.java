package org.bibfolio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bibfolio.bibtex.BibItem;
import org.bibfolio.bibtex.BibSyntaxException;
import org.bibfolio.bibtex.LibraryReader;
import org.bibfolio.search.LibraryIndex;
import picocli.CommandLine.Option;

/** {@code --library FILE}, shared by every command that reads the library. */
public final class LibraryOption {

    static final String ENV = "BIBFOLIO_LIBRARY";

    @Option(names = {"-l", "--library"}, paramLabel = "FILE",
            description = "The BibTeX library. Default: $" + ENV + " if set, otherwise library.bib "
                    + "in the current folder.")
    private String library;

    /** The library as the user named it; messages use this name. */
    String name(CliContext context) {
        return Optional.ofNullable(library).or(() -> context.env(ENV)).orElse("library.bib");
    }

    Path path(CliContext context) {
        return context.resolve(name(context));
    }

    LibraryReader.Loaded read(CliContext context) throws IOException, BibSyntaxException {
        return LibraryReader.read(path(context), name(context));
    }

    /**
     * Reads the library for a command that only reads it, reporting each broken entry on {@code err} (one
     * {@code file:line:col: error: …} line each). The entries that parse are all there; the command prints its
     * result from them and ends with {@link #exitCode}, so a script never mistakes a half-read library for a whole.
     */
    LibraryReader.Loaded readReporting(CliContext context, PrintWriter err) throws IOException, BibSyntaxException {
        LibraryReader.Loaded loaded = read(context);
        List<BibSyntaxException> broken = loaded.file().broken().stream().map(BibItem.Broken::error).toList();
        report(context, err, broken, broken.size(), loaded.library().publications().size());
        return loaded;
    }

    /** 0 when every entry was read, else {@link ExitCodes#DATA_ERROR}: the output lacks the broken entries. */
    static int exitCode(LibraryReader.Loaded loaded) {
        return loaded.file().broken().isEmpty() ? ExitCodes.OK : ExitCodes.DATA_ERROR;
    }

    /**
     * For a command that read the library through its search index: reports the entries the index could not read
     * as {@link #readReporting} does, and gives the exit code: {@code found} (0, or 1 for nothing matched) when every
     * entry was read, else {@link ExitCodes#DATA_ERROR}, since what it printed may lack the broken entries.
     */
    int reportUnread(CliContext context, PrintWriter err, LibraryIndex.Unread unread, int found) {
        report(context, err, unread.errors(), unread.count(), unread.read());
        return unread.isEmpty() ? found : ExitCodes.DATA_ERROR;
    }

    /** Each broken entry's {@code file:line:col: error: …} line, then one line saying what the result lacks. */
    private void report(CliContext context, PrintWriter err, List<BibSyntaxException> shown, int count, int read) {
        shown.forEach(error -> err.println(error.getMessage()));
        if (count > 0) {
            err.println("bibfolio: error: " + (count == 1 ? "1 entry" : String.format(Locale.ROOT, "%,d entries", count))
                    + " of " + name(context) + " could not be read and " + (count == 1 ? "is" : "are") + " left out"
                    + (count > shown.size() ? " (the first " + shown.size() + " are named above)" : "")
                    + "; the other " + read + " were read");
        }
        err.flush();
    }
}
