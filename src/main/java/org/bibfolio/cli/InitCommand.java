package org.bibfolio.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.bibfolio.app.InitLibrary;
import org.bibfolio.bibtex.NameParser;
import org.bibfolio.model.PersonName;
import org.bibfolio.sources.ServiceSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code bibfolio init}. */
@Command(name = "init", addMethodSubcommands = false,
        description = "Start a library: create library.bib with its settings block (whose CV it is, the key "
                + "pattern), or add that block to an existing .bib without touching anything else. bibfolio's own "
                + "files go in .bibfolio/, which git ignores by itself. On a library with settings, --owner adds a "
                + "name variant to them. In a terminal it asks for your name and the variants you publish under.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  bibfolio init --owner \"García, María José\" --owner \"Garcia, M. J.\"",
            "  bibfolio init --library ~/cv/papers.bib --mailto maria.garcia@usal.es",
            "  bibfolio init                              asks for your name (in a terminal)"})
final class InitCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    LibraryOption library;

    // a label without a space: the synopsis wraps at spaces, and "Last, First" was cut in two at 80 columns
    @Option(names = "--owner", paramLabel = "NAME",
            description = "Your name as you publish it, \"Last, First\"; repeat for each variant (\"Garcia, M. J.\").")
    List<String> owners = new ArrayList<>();

    @Option(names = "--mailto", paramLabel = "ADDRESS",
            description = "Contact address sent to Crossref with each request, as it asks (else $"
                    + ServiceSettings.MAILTO + ").")
    Optional<String> mailto;

    InitCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> names = new ArrayList<>(owners);
        if (names.isEmpty() && context.interactive() && !java.nio.file.Files.exists(library.path(context))) {
            Answers answers = new Answers(context, err);
            answers.ask("Your name as you publish it, 'Family, Given' (empty to skip): ")
                    .map(String::strip).filter(a -> !a.isEmpty()).ifPresent(names::add);
            err.println("Other spellings you publish under, one per line ('Garcia, M. J.'); an empty line ends:");
            for (Optional<String> variant = answers.ask("  variant: ").map(String::strip);
                    variant.isPresent() && !variant.get().isEmpty(); variant = answers.ask("  variant: ")
                    .map(String::strip)) {
                names.add(variant.get());
            }
        }
        for (String name : names) {
            List<PersonName> parsed = NameParser.parse(name).names();
            if (parsed.size() != 1 || parsed.get(0).last().isEmpty()) {
                throw new ParameterException(spec.commandLine(), "'" + name + "' is not one name: give it as "
                        + "'Family, Given', one per --owner");
            }
        }
        String name = library.name(context);
        InitLibrary.Result result = InitLibrary.init(library.path(context), name, names, mailto);
        if (result.created()) {
            out.println("Created " + name + (names.isEmpty() ? "" : " for " + names.get(0)) + ".");
        } else if (result.settingsAdded()) {
            out.println("Added the settings block to the top of " + name + "; nothing else in it changed.");
        } else if (result.changes().isEmpty()) {
            out.println(name + " already has a settings block (@comment{bibfolio: …}); nothing to change.");
        } else {
            result.changes().forEach(change -> out.println(name + ": " + change + "."));
        }
        if (names.isEmpty() && result.settingsAdded()) {
            err.println("bibfolio: note: no owner given, so no name is set in bold; add 'owner = Family, Given' to "
                    + "the settings block");
        }
        String l = name.equals("library.bib") ? "" : " -l " + name;
        out.println();
        out.println("Next:");
        out.println("  bibfolio add" + l + " --doi 10.1145/3184558.3186235   add a paper by its DOI (from Crossref)");
        out.println("  bibfolio add" + l + " --arxiv 2401.01234              add a preprint (from arXiv)");
        out.println("  bibfolio import" + l + " scholar.bib                  merge a Google Scholar, DBLP or Zotero "
                + "export");
        out.println("  bibfolio sync" + l + " --orcid 0000-0002-1825-0097    list your ORCID works not yet here");
        out.println("  bibfolio export" + l + "                              your CV's publication lists");
        return ExitCodes.OK;
    }
}
