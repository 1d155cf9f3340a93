package org.bibfolio.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.bibfolio.app.AddPaper;
import org.bibfolio.app.CvMarks;
import org.bibfolio.app.KnownNames;
import org.bibfolio.app.LibraryUpdate;
import org.bibfolio.app.PaperDraft;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bibfolio add}: a new paper from options, a BibTeX snippet, or prompts. */
@Command(name = "add", addMethodSubcommands = false,
        description = "Add a paper to the library: from options, from BibTeX on stdin ('-') or in a file (--from), "
                + "or by answering prompts when run in a terminal with no options.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  bibfolio add --type inproceedings --title \"Emergence in non-neural models\" --author \"Zhu, Libin\" \\",
            "               --author \"Belkin, Mikhail\" --year 2025 --venue ICML --tag \"Oral Presentation\" --selected",
            "  curl -s https://arxiv.org/bibtex/2505.08277 | bibfolio add - --status submitted",
            "  bibfolio add --from acm.bib --key zhu2024catapults --dry-run",
            "  bibfolio add --doi 10.1145/3184558.3186235 --tag Spotlight   fetched from Crossref",
            "  bibfolio add --arxiv 2401.01234 --status submitted              fetched from arXiv",
            "  bibfolio add                                      prompts for each field (in a terminal)"})
final class AddCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    UpdateOptions update;

    @Parameters(arity = "0..1", paramLabel = "-", description = "Read a BibTeX entry from standard input.")
    Optional<String> stdinMarker;

    @Option(names = "--from", paramLabel = "FILE", description = "Read the BibTeX entries to add from FILE.")
    Optional<String> from;

    @Option(names = {"-t", "--type"}, paramLabel = "TYPE",
            description = "Entry type: inproceedings, article, online, misc, phdthesis… (overrides the snippet's).")
    Optional<String> type;

    @Option(names = {"-k", "--key"}, paramLabel = "KEY",
            description = "Citation key (default: generated from the key pattern, e.g. zhu2025emergence).")
    Optional<String> key;

    @Option(names = "--title", paramLabel = "TITLE", description = "Title (LaTeX; protect capitals as {SGD}).")
    Optional<String> title;

    @Option(names = {"-a", "--author"}, paramLabel = "NAME",
            description = "An author as 'Family, Given'; repeat in order.")
    List<String> authors = new ArrayList<>();

    @Option(names = {"-y", "--year"}, paramLabel = "YEAR", description = "Year of publication.")
    Optional<String> year;

    @Option(names = "--month", paramLabel = "MONTH", description = "Month: jul, July or 7 (written as jul).")
    Optional<String> month;

    @Option(names = "--venue", paramLabel = "VENUE",
            description = "Conference (booktitle) or journal (journal), by entry type.")
    Optional<String> venue;

    @Option(names = "--venue-short", paramLabel = "ABBR",
            description = "The venue's abbreviation: shortbooktitle or shortjournal (ICML, ACHA).")
    Optional<String> venueShort;

    @Option(names = "--tag", paramLabel = "TAG", description = "A venue tag (Spotlight, Oral Presentation…); repeat.")
    List<String> tags = new ArrayList<>();

    @Option(names = "--selected", description = "Put the paper in the Selected list.")
    boolean selected;

    @Option(names = "--doi", paramLabel = "DOI", description = "DOI, with or without https://doi.org/. Given "
            + "without --title, --author, --year, --venue or --type, the paper is fetched from Crossref.")
    Optional<String> doi;

    @Option(names = "--arxiv", paramLabel = "ID", description = "arXiv id (eprint with eprinttype = arxiv). Given "
            + "without the fields that describe the paper, it is fetched from arXiv (and Crossref, once published).")
    Optional<String> arxiv;

    @Option(names = "--url", paramLabel = "URL", description = "Link to the paper.")
    Optional<String> url;

    @Option(names = "--status", paramLabel = "STATUS",
            converter = StatusConverter.class, completionCandidates = StatusConverter.class,
            description = "submitted, accepted, published (default), preprint or inpreparation (pubstate).")
    Optional<CvMarks.Status> status;

    @Option(names = {"-f", "--field"}, paramLabel = "NAME=VALUE", description = "Any other field; repeat.")
    Map<String, String> fields = new LinkedHashMap<>();

    @Option(names = "--force", description = "Add even if the library seems to have the paper already.")
    boolean force;

    @Option(names = "--yes", description = "Add a fetched paper without asking (no question is asked when stdin "
            + "is not a terminal).")
    boolean yes;

    AddCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        if (stdinMarker.isPresent() && !stdinMarker.get().equals("-")) {
            throw new ParameterException(spec.commandLine(), "Unexpected argument '" + stdinMarker.get()
                    + "': add reads '-' (stdin) or --from FILE; fields are options such as --title");
        }
        for (String tag : tags) {
            CvMarks.requireOneTag(tag);
        }
        PaperDraft draft = draft();
        if (AddByIdentifier.wanted(draft, from.isPresent() || stdinMarker.isPresent())) {
            return AddByIdentifier.run(context, spec, update, draft, force, yes);
        }
        LibraryUpdate.Change change;
        if (from.isPresent()) {
            String snippet = Files.readString(context.resolve(from.get()), StandardCharsets.UTF_8);
            change = AddPaper.fromSnippet(snippet, draft, force);
        } else if (stdinMarker.isPresent() || (draft.describesNothing() && !context.interactive())) {
            change = AddPaper.fromSnippet(new String(context.stdin().readAllBytes(), StandardCharsets.UTF_8),
                    draft, force);
        } else if (draft.describesNothing()) {
            return interactively();
        } else {
            change = AddPaper.fromDraft(draft, force);
        }
        return update.run(context, spec, change);
    }

    /**
     * Asks for the paper, shows the entry exactly as it will be written (after the same checks as any add), and
     * writes it only on a yes. Prompts and the preview go to stderr; stdout gets the usual report of the change.
     */
    private int interactively() throws Exception {
        KnownNames known = KnownNames.of(update.library.read(context));
        BufferedReader in = new BufferedReader(new InputStreamReader(context.stdin(), StandardCharsets.UTF_8));
        PrintWriter err = spec.commandLine().getErr();
        PaperPrompt prompt = new PaperPrompt(in, err, known);
        LibraryUpdate.Change change = AddPaper.fromDraft(prompt.ask(), force);
        LibraryUpdate.Result preview = new LibraryUpdate(update.library.path(context), update.library.name(context))
                .run(change, true);
        err.println();
        err.println("The entry as it will be added to " + update.library.name(context) + ":");
        preview.edit().diffs().forEach(diff -> diff.lines().forEach(line -> err.println("  " + line.substring(1))));
        preview.edit().warnings().forEach(warning -> err.println("bibfolio: warning: " + warning));
        if (!prompt.yes("Add this entry", true)) {
            err.println("bibfolio: nothing added");
            err.flush();
            return ExitCodes.OK;
        }
        return update.run(context, spec, change);
    }

    private PaperDraft draft() {
        return new PaperDraft(type, key, title, authors, year, month, venue, venueShort, tags, selected, doi, arxiv,
                url, status, fields);
    }
}
