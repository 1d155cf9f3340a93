package org.bibfolio.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.bibfolio.app.Finding;
import org.bibfolio.app.LibraryCheck;
import org.bibfolio.json.FindingsJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bibfolio check}: lint the library. */
@Command(name = "check", addMethodSubcommands = false,
        description = "Check the library for errors (syntax, duplicate keys and papers, missing fields, bad months, "
                + "DOIs and arXiv ids, misspelt owner names, undefined @strings and crossrefs); exit 65 on errors.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  bibfolio check",
            "  bibfolio check --library ~/cv/library.bib",
            "  bibfolio check --json | jq '.findings[] | select(.severity == \"error\")'",
            "  bibfolio check --format github          in a GitHub Actions step: annotations on the lines"})
final class CheckCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    LibraryOption library;


    /** How findings are printed. */
    enum Output { TEXT, JSON, GITHUB }

    @Option(names = "--json", description = "One JSON document with the findings (shape in docs/editing.md); the "
            + "same as --format json.")
    boolean json;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default: file:line:col: severity: message), json, or github (GitHub Actions "
                    + "workflow commands, ::error file=…,line=…,col=…::message, shown on the lines of a pull request).")
    Output format;

    CheckCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        List<Finding> findings = LibraryCheck.run(library.path(context), library.name(context));
        PrintWriter out = spec.commandLine().getOut();
        Output chosen = json ? Output.JSON : format;
        if (chosen == Output.JSON) {
            out.print(FindingsJson.write(findings.stream().map(f -> new FindingsJson.Item(f.file(), f.line(),
                    f.column(), f.severity().label(), f.rule().id(), f.message())).toList()));
        } else if (chosen == Output.GITHUB) {
            findings.forEach(f -> out.println(GithubAnnotation.of(f)));
        } else {
            findings.forEach(out::println);
        }
        out.flush();
        long errors = findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
        long warnings = findings.size() - errors;
        PrintWriter err = spec.commandLine().getErr();
        err.println(library.name(context) + ": " + plural(errors, "error") + ", " + plural(warnings, "warning"));
        err.flush();
        return errors > 0 ? ExitCodes.DATA_ERROR : ExitCodes.OK;
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
