package org.bibfolio.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.bibfolio.app.EntryEdits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code bibfolio edit KEY --set field=value --unset field}. */
@Command(name = "edit", addMethodSubcommands = false,
        description = "Set or remove fields of one entry, changing only those fields' text in the library.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  bibfolio edit zhu2024catapults --set doi=10.5555/3692070.3694580",
            "  bibfolio edit liu2025assembly --set volume=75 --set pages=101--120",
            "  bibfolio edit zhu2022note --unset eprintclass --dry-run"})
final class EditCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    UpdateOptions update;

    @Parameters(index = "0", paramLabel = "KEY", description = "The citation key of the entry.")
    String key;

    @Option(names = "--set", paramLabel = "FIELD=VALUE",
            description = "Set a field (added if absent). The value is BibTeX/LaTeX text, written between braces.")
    Map<String, String> set = new LinkedHashMap<>();

    @Option(names = "--unset", paramLabel = "FIELD", description = "Remove a field.")
    List<String> unset = new ArrayList<>();

    @Option(names = "--force", description = "Write the entry even if check's rules find a new problem in it "
            + "(a malformed month, year, DOI or arXiv id, a missing required field).")
    boolean force;

    EditCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        if (set.isEmpty() && unset.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Nothing to edit: give --set FIELD=VALUE or --unset FIELD");
        }
        return update.run(context, spec, EntryEdits.setAndUnset(key, set, unset, force));
    }
}
