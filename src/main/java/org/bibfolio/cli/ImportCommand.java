package org.bibfolio.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.bibfolio.app.ImportEntries;
import org.bibfolio.app.LibraryUpdate;
import org.bibfolio.bibtex.LibraryReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bibfolio import FILE.bib…}. */
@Command(name = "import", addMethodSubcommands = false,
        description = "Merge other .bib files into the library: a coauthor's, or a Google Scholar, DBLP or Zotero "
                + "export. Adds new entries, skips the papers the library has (same DOI, arXiv id, or title and "
                + "year), gives a taken key a fresh one, and writes names the library's way.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  bibfolio import scholar.bib",
            "  bibfolio import dblp.bib coauthor.bib --update      also fill in DOIs, volumes, pages",
            "  bibfolio import zotero.bib --dry-run                 see what would happen"})
final class ImportCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    UpdateOptions update;

    @Parameters(arity = "1..*", paramLabel = "FILE.bib", description = "The .bib files to import, in order.")
    List<String> files = new ArrayList<>();

    @Option(names = "--update", description = "For a paper the library has, copy the fields its entry lacks "
            + "(doi, volume, number, pages, month, publisher, eprint, url, isbn…) from the imported one.")
    boolean merge;

    @Option(names = "--force", description = "Import entries that check's rules refuse (a malformed year, DOI or "
            + "arXiv id, a missing required field, an unknown type), each with a warning, instead of skipping them.")
    boolean force;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no line per entry; only the summary.")
    boolean quiet;

    ImportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        List<ImportEntries.Source> sources = new ArrayList<>();
        for (String name : files) {
            Path path = context.resolve(name);
            if (!Files.isRegularFile(path)) {
                throw new ParameterException(spec.commandLine(), "cannot import " + name + ": no such file");
            }
            LibraryReader.Loaded loaded = LibraryReader.read(path, name);
            loaded.file().requireWellFormed(); // a broken entry would be dropped unseen
            sources.add(new ImportEntries.Source(name, loaded));
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ImportEntries importer = new ImportEntries(sources, merge, force,
                ProgressBar.forStderr(err, "entries", ProgressBar.IMPORT, quiet));
        LibraryUpdate writer = new LibraryUpdate(update.library.path(context), update.library.name(context));
        LibraryUpdate.Result result = writer.run(importer, update.dryRun);
        result.edit().warnings().forEach(warning -> err.println("bibfolio: warning: " + warning));
        ImportEntries.Report report = importer.report();
        if (!quiet) {
            report.lines().forEach(out::println);
        }
        out.println("added " + report.added() + ", merged " + report.merged() + ", skipped " + report.skipped());
        if (update.dryRun) {
            err.println("bibfolio: dry run: " + update.library.name(context) + " was not changed");
        }
        out.flush();
        err.flush();
        return ExitCodes.OK;
    }
}
