package org.bibfolio.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
@Command(name = "add",
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
    private CommandSpec spec;

    @Mixin
    private UpdateOptions update;

    @Parameters(arity = "0..1", paramLabel = "-", description = "Read a BibTeX entry from standard input.")
    private Optional<String> stdinMarker;

    @Option(names = "--from", paramLabel = "FILE", description = "Read the BibTeX entries to add from FILE.")
    private Optional<String> from;

    @Option(names = {"-t", "--type"}, paramLabel = "TYPE",
            description = "Entry type: inproceedings, article, online, misc, phdthesis… (overrides the snippet's).")
    private Optional<String> type;

    @Option(names = {"-k", "--key"}, paramLabel = "KEY",
            description = "Citation key (default: generated from the key pattern, e.g. zhu2025emergence).")
    private Optional<String> key;

    @Option(names = "--title", paramLabel = "TITLE", description = "Title (LaTeX; protect capitals as {SGD}).")
    private Optional<String> title;

    @Option(names = {"-a", "--author"}, paramLabel = "NAME",
            description = "An author as 'Family, Given'; repeat in order.")
    private List<String> authors = new ArrayList<>();

    @Option(names = {"-y", "--year"}, paramLabel = "YEAR", description = "Year of publication.")
    private Optional<String> year;

    @Option(names = "--month", paramLabel = "MONTH", description = "Month: jul, July or 7 (written as jul).")
    private Optional<String> month;

    @Option(names = "--venue", paramLabel = "VENUE",
            description = "Conference (booktitle) or journal (journal), by entry type.")
    private Optional<String> venue;

    @Option(names = "--venue-short", paramLabel = "ABBR",
            description = "The venue's abbreviation: shortbooktitle or shortjournal (ICML, ACHA).")
    private Optional<String> venueShort;

    @Option(names = "--tag", paramLabel = "TAG", description = "A venue tag (Spotlight, Oral Presentation…); repeat.")
    private List<String> tags = new ArrayList<>();

    @Option(names = "--selected", description = "Put the paper in the Selected list.")
    private boolean selected;

    @Option(names = "--doi", paramLabel = "DOI", description = "DOI, with or without https://doi.org/. Given "
            + "without --title, --author, --year, --venue or --type, the paper is fetched from Crossref.")
    private Optional<String> doi;

    @Option(names = "--arxiv", paramLabel = "ID", description = "arXiv id (eprint with eprinttype = arxiv). Given "
            + "without the fields that describe the paper, it is fetched from arXiv (and Crossref, once published).")
    private Optional<String> arxiv;

    @Option(names = "--url", paramLabel = "URL", description = "Link to the paper.")
    private Optional<String> url;

    @Option(names = "--status", paramLabel = "STATUS",
            description = "submitted, accepted, published (default), preprint or inpreparation (pubstate).")
    private Optional<String> status;

    @Option(names = {"-f", "--field"}, paramLabel = "NAME=VALUE", description = "Any other field; repeat.")
    private Map<String, String> fields = new LinkedHashMap<>();

    @Option(names = "--force", description = "Add even if the library seems to have the paper already.")
    private boolean force;

    @Option(names = "--yes", description = "Add a fetched paper without asking (no question is asked when stdin "
            + "is not a terminal).")
    private boolean yes;

    AddCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        if (stdinMarker.isPresent() && !stdinMarker.get().equals("-")) {
            throw new ParameterException(spec.commandLine(), "Unexpected argument '" + stdinMarker.get()
                    + "': add reads '-' (stdin) or --from FILE; fields are options such as --title");
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
            KnownNames known = KnownNames.of(update.library.read(context).library());
            BufferedReader in = new BufferedReader(new InputStreamReader(context.stdin(), StandardCharsets.UTF_8));
            change = AddPaper.fromDraft(new PaperPrompt(in, spec.commandLine().getErr(), known).ask(), force);
        } else {
            change = AddPaper.fromDraft(draft, force);
        }
        return update.run(context, spec, change);
    }

    private PaperDraft draft() {
        Optional<CvMarks.Status> chosen = status.map(s -> CvMarks.Status.of(s).orElseThrow(() ->
                new ParameterException(spec.commandLine(), "Invalid value for option '--status': expected one of "
                        + Arrays.stream(CvMarks.Status.values()).map(v -> v.name().toLowerCase(Locale.ROOT))
                        .toList() + " but was '" + s + "'")));
        return new PaperDraft(type, key, title, authors, year, month, venue, venueShort, tags, selected, doi, arxiv,
                url, chosen, fields);
    }
}
