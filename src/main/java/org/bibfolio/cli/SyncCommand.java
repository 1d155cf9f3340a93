package org.bibfolio.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.bibfolio.app.WorkSync;
import org.bibfolio.bibtex.LibraryReader;
import org.bibfolio.sources.Services;
import org.bibfolio.sources.Work;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bibfolio sync --orcid ID}. */
@Command(name = "sync", addMethodSubcommands = false,
        description = "List the works of your ORCID record that the library lacks (matched by DOI, arXiv id, or "
                + "title and year); with --add, add them from Crossref (by DOI) or arXiv.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  bibfolio sync --orcid 0000-0002-1825-0097",
            "  bibfolio sync --orcid https://orcid.org/0000-0002-1825-0097 --add --dry-run"})
final class SyncCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    UpdateOptions update;

    @Option(names = "--orcid", required = true, paramLabel = "ID",
            description = "Your ORCID iD (0000-0002-1825-0097, or its https://orcid.org/ link).")
    String orcid;

    @Option(names = "--add", description = "Add the missing works (those with a DOI or an arXiv id).")
    boolean add;

    SyncCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        String id = ServiceAccess.orcid(spec, orcid);
        LibraryReader.Loaded library = update.library.read(context);
        Services services = ServiceAccess.services(context, spec, library.settings());
        List<Work> listed = services.orcid().worksOf(id);
        List<WorkSync.Missing> missing = WorkSync.missing(library.library(), listed);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String name = update.library.name(context);
        if (missing.isEmpty()) {
            err.println("bibfolio: all " + listed.size() + " works on ORCID " + id + " are in " + name);
            return ExitCodes.OK;
        }
        if (!add) {
            for (WorkSync.Missing item : missing) {
                Work work = item.work();
                out.println(work.year().map(String::valueOf).orElse("    ") + "  " + item.title()
                        + work.doi().map(doi -> "  doi:" + doi).orElse("")
                        + work.arxiv().map(arxiv -> "  arXiv:" + arxiv).orElse(""));
            }
            err.println("bibfolio: " + missing.size() + " of " + listed.size() + " works on ORCID " + id
                    + " are not in " + name + "; add them with --add");
            return ExitCodes.OK;
        }
        WorkSync.Additions additions = WorkSync.add(library, missing, services.crossref(), services.arxiv());
        additions.notes().forEach(note -> err.println("bibfolio: note: " + note));
        return update.run(context, spec, additions.change());
    }
}
