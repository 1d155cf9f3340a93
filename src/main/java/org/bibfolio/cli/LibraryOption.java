package org.bibfolio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bibfolio.bibtex.BibItem;
import org.bibfolio.bibtex.BibParser;
import org.bibfolio.bibtex.BibSyntaxException;
import org.bibfolio.bibtex.LibraryNotFoundException;
import org.bibfolio.bibtex.LibraryReader;
import org.bibfolio.search.LibraryIndex;
import picocli.CommandLine.Option;

/** {@code --library FILE}, shared by every command that reads the library. */
public final class LibraryOption {

    static final String ENV = "BIBFOLIO_LIBRARY";

    @Option(names = {"-l", "--library"}, paramLabel = "FILE",
            description = "The BibTeX library. Default: $" + ENV + " if set, otherwise library.bib "
                    + "in the current folder.")
    String library;

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
     * {@link #read}; {@code modelOnly}: the command needs the entries' model and not their text, so they are read
     * without keeping the parse ({@link LibraryReader#readModel}).
     */
    LibraryReader.Loaded read(CliContext context, boolean modelOnly) throws IOException, BibSyntaxException {
        return modelOnly ? LibraryReader.readModel(path(context), name(context)) : read(context);
    }

    /** The citation keys in file order, from the parse alone (no field is decoded, nothing is mapped). */
    List<String> keys(CliContext context) throws IOException, BibSyntaxException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path(context));
        } catch (NoSuchFileException e) {
            throw new LibraryNotFoundException(name(context));
        }
        LibraryReader.Decoded text = LibraryReader.decode(bytes);
        return BibParser.parse(name(context), text.text(), text.charset()).entries().map(BibItem.Entry::key).toList();
    }

    /** How many repeated keys a reading command names one by one before it counts the rest. */
    static final int REPEATS_SHOWN = 10;

    /**
     * Reads the library for a command that only reads it, reporting each broken entry on {@code err} (one
     * {@code file:line:col: error: …} line each) and each entry whose key an earlier one has (a warning: BibTeX
     * and export ignore it). The entries that parse are all there; the command prints its
     * result from them and ends with {@link #exitCode}, so a script never mistakes a half-read library for a whole.
     */
    LibraryReader.Loaded readReporting(CliContext context, PrintWriter err) throws IOException, BibSyntaxException {
        return report(read(context), context, err);
    }

    /** {@code loaded}, its broken entries and repeated keys reported on {@code err} as {@link #readReporting} does. */
    LibraryReader.Loaded report(LibraryReader.Loaded loaded, CliContext context, PrintWriter err) {
        // a concatenation of bibliographies can repeat thousands of keys: the first few say what is going on
        List<String> repeated = loaded.repeatedKeys();
        repeated.stream().limit(REPEATS_SHOWN).forEach(err::println);
        if (repeated.size() > REPEATS_SHOWN) {
            err.println("bibfolio: warning: " + (repeated.size() - REPEATS_SHOWN) + " more entries repeat an earlier "
                    + "key and are left out of exports; 'bibfolio check' lists them all");
        }
        List<BibSyntaxException> broken = loaded.file().broken().stream().map(BibItem.Broken::error).toList();
        reportBroken(context, err, broken, broken.size(), loaded.library().publications().size());
        return loaded;
    }

    /**
     * For a command that would write a file from the library ({@code export -o FILE}): false, after reporting each
     * broken entry on {@code err} and saying that {@code output} was not written, when some entry could not be read.
     * A file written without them would pass for the whole CV (a CI job committing it, a page deployed from it), and
     * README promises that a failing command writes nothing; standard output still gets what the other entries give.
     */
    boolean mayWrite(LibraryReader.Loaded loaded, CliContext context, PrintWriter err, String output) {
        List<BibItem.Broken> broken = loaded.file().broken();
        if (broken.isEmpty()) {
            return true;
        }
        broken.forEach(item -> err.println(item.error().getMessage()));
        err.println("bibfolio: error: " + brokenCount(loaded) + " of " + name(context) + " could not be read, so "
                + output + " was not written (it would lack " + (broken.size() == 1 ? "it" : "them") + ")");
        err.println("  fix the entry, or export without -o to see what the other "
                + loaded.library().publications().size() + " give");
        err.flush();
        return false;
    }

    private static String brokenCount(LibraryReader.Loaded loaded) {
        int broken = loaded.file().broken().size();
        return broken == 1 ? "1 entry" : broken + " entries";
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
        reportBroken(context, err, unread.errors(), unread.count(), unread.read());
        return unread.isEmpty() ? found : ExitCodes.DATA_ERROR;
    }

    /** Each broken entry's {@code file:line:col: error: …} line, then one line saying what the result lacks. */
    private void reportBroken(CliContext context, PrintWriter err, List<BibSyntaxException> shown, int count,
                              int read) {
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
