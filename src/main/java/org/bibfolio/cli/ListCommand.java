package org.bibfolio.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.bibfolio.bibtex.LibraryReader;
import org.bibfolio.json.PublicationJson;
import org.bibfolio.model.Library;
import org.bibfolio.model.PersonName;
import org.bibfolio.model.Publication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bibfolio list}: every entry of the library, one line each or as JSON. */
@Command(name = "list", addMethodSubcommands = false,
        description = "List every entry of the library: key, year, category, authors and title.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  bibfolio list",
            "  bibfolio list --json | jq '.[] | select(.selected) | .key'",
            "  bibfolio list --keys | wc -l"})
final class ListCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    LibraryOption library;

    @Option(names = "--json", description = "One JSON array of entries (shape documented in the README).")
    boolean json;

    @Option(names = "--keys", description = "Only the citation keys, one a line, in file order: the entries are "
            + "not decoded, so this is fast on any library (shell completion uses it).")
    boolean keys;

    ListCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        if (keys) {
            library.keys(context).forEach(spec.commandLine().getOut()::println);
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
        LibraryReader.Loaded read = library.readReporting(context, spec.commandLine().getErr());
        Library loaded = read.library();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.print(PublicationJson.array(loaded.publications(), loaded.owner()));
        } else {
            for (Publication p : loaded.publications()) {
                out.println(String.join("\t", p.key(), p.year().map(String::valueOf).orElse("----"),
                        p.category().id(), authors(p), p.title()));
            }
        }
        out.flush();
        return LibraryOption.exitCode(read);
    }

    private static String authors(Publication publication) {
        String names = publication.authors().names().stream().map(PersonName::familyWithParticle)
                .collect(Collectors.joining(", "));
        return publication.authors().truncated() ? names + " et al." : names;
    }
}
