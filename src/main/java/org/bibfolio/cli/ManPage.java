package org.bibfolio.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The manual page {@code bibfolio(1)}, in roff, from the picocli model: so it says what {@code --help} says, every
 * command with its operands, options and examples, the exit codes and the environment. The build runs {@link #main}
 * and ships the page in the jar ({@code man/bibfolio.1}) and in {@code target/man/}.
 */
public final class ManPage {

    private static final String ENVIRONMENT = """
            .TP
            .B BIBFOLIO_LIBRARY
            The library every command reads when \\fB\\-\\-library\\fR is not given (default: \\fIlibrary.bib\\fR \
            in the current folder).
            .TP
            .B BIBFOLIO_JAVA_OPTS
            More options for the Java virtual machine, e.g. \\fB\\-Xmx2g\\fR for a very large library.
            .TP
            .B JAVA_HOME
            The Java 17+ runtime to run; otherwise \\fBjava\\fR on the \\fBPATH\\fR.
            .TP
            .B XDG_CACHE_HOME
            Where the class-data archive that speeds up start-up is kept, in \\fIbibfolio/\\fR \
            (default: \\fI~/.cache/bibfolio/\\fR). It is made on the first run and may be deleted at any time.
            """;

    private ManPage() {
    }

    /** Writes bibfolio.1 into each folder given. */
    public static void main(String[] folders) throws IOException {
        String page = page(Main.commandLine(new CliContext(Path.of("").toAbsolutePath(), Map.of())),
                VersionProvider.version());
        for (String folder : folders) {
            Path dir = Files.createDirectories(Path.of(folder));
            Files.writeString(dir.resolve("bibfolio.1"), page, StandardCharsets.UTF_8);
        }
    }

    static String page(CommandLine root, String version) {
        CommandSpec spec = root.getCommandSpec();
        StringBuilder out = new StringBuilder();
        out.append(".TH BIBFOLIO 1 \"\" \"bibfolio ").append(escape(version)).append("\" \"User Commands\"\n");
        out.append(".SH NAME\nbibfolio \\- a publication manager for researchers: BibTeX in, CV lists out\n");
        out.append(".SH SYNOPSIS\n.B bibfolio\n[\\fB\\-\\-debug\\fR] \\fICOMMAND\\fR [\\fIOPTIONS\\fR] "
                + "[\\fIOPERANDS\\fR]\n.br\n.B bibfolio\n\\fB\\-\\-help\\fR | \\fB\\-\\-version\\fR\n");
        out.append(".SH DESCRIPTION\n").append(escape(text(spec.usageMessage().description()))).append('\n');
        out.append(".PP\nThe BibTeX file is the source of truth; bibfolio never rewrites entries it does not change. "
                + "Results go to standard output, messages to standard error.\n");
        out.append(".SH OPTIONS\n");
        spec.options().forEach(option -> option(out, option));
        out.append(".SH COMMANDS\n");
        root.getSubcommands().forEach((name, command) -> {
            if (!name.equals("help")) {
                command(out, name, command.getCommandSpec());
            }
        });
        out.append(".SH EXIT STATUS\n");
        for (String line : spec.usageMessage().footer()[0].split("\n")) {
            String row = line.strip();
            if (row.matches("\\d+ .*")) {
                out.append(".TP\n.B ").append(row, 0, row.indexOf(' ')).append('\n')
                        .append(escape(row.substring(row.indexOf(' ')).strip())).append('\n');
            } else if (!row.isEmpty() && !row.endsWith(":")) {
                out.append(escape(row)).append('\n');
            }
        }
        out.append(".SH ENVIRONMENT\n").append(ENVIRONMENT);
        out.append(".SH FILES\n.TP\n.I library.bib\nThe library, when neither \\fB\\-\\-library\\fR nor "
                + "\\fBBIBFOLIO_LIBRARY\\fR names another.\n.TP\n.I styles/*.toml\nHouse styles of the current "
                + "folder; they take precedence over the built-in ones of the same name.\n");
        out.append(".SH SEE ALSO\n\\fBbibtex\\fR(1), \\fBpandoc\\fR(1)\n");
        return out.toString();
    }

    private static void command(StringBuilder out, String name, CommandSpec spec) {
        out.append(".SS ").append(name).append("\n.B bibfolio ").append(escape(synopsis(spec))).append("\n.PP\n");
        out.append(escape(text(spec.usageMessage().description()))).append('\n');
        for (PositionalParamSpec operand : spec.positionalParameters()) {
            out.append(".TP\n.I ").append(escape(operand.paramLabel())).append('\n')
                    .append(escape(text(operand.description()))).append('\n');
        }
        spec.options().stream().filter(o -> !List.of("--help", "--version", "--debug").contains(o.longestName()))
                .forEach(option -> option(out, option));
        List<String> examples = examples(spec);
        if (!examples.isEmpty()) {
            out.append(".PP\nExamples:\n.RS\n.nf\n");
            examples.forEach(example -> out.append(escape(example)).append('\n'));
            out.append(".fi\n.RE\n");
        }
    }

    private static void option(StringBuilder out, OptionSpec option) {
        List<String> names = new ArrayList<>();
        for (String name : option.names()) {
            names.add("\\fB" + escape(name) + "\\fR");
        }
        String label = option.typeInfo().isBoolean() ? "" : " \\fI" + escape(option.paramLabel()) + "\\fR";
        out.append(".TP\n").append(String.join(", ", names)).append(label).append('\n')
                .append(escape(text(option.description()))).append('\n');
    }

    /** "export [-l FILE] [-s SECTION] …" as help's usage line says it, on one line. */
    private static String synopsis(CommandSpec spec) {
        Help help = new Help(spec, Help.defaultColorScheme(Help.Ansi.OFF));
        return help.synopsis(0).replaceFirst("^Usage: ", "").replaceAll("\\s+", " ").strip()
                .replaceFirst("^bibfolio ", "");
    }

    /** The example lines of a command's footer, continuation lines joined. */
    private static List<String> examples(CommandSpec spec) {
        if (!spec.usageMessage().footerHeading().contains("Examples")) {
            return List.of();
        }
        String footer = String.join("\n", spec.usageMessage().footer()).replace(" \\\n", " ");
        return Arrays.stream(footer.split("\n")).filter(line -> line.startsWith("  ") && !line.isBlank())
                .map(String::strip).toList();
    }

    private static String text(String[] lines) {
        return String.join(" ", lines).replace("%n", " ").replace("%%", "%").replaceAll("\\s+", " ").strip();
    }

    /** Text safe in roff: backslashes and hyphens escaped, no line starting with a control character. */
    static String escape(String text) {
        String escaped = text.replace("\\", "\\e").replace("-", "\\-");
        return escaped.startsWith(".") || escaped.startsWith("'") ? "\\&" + escaped : escaped;
    }
}
