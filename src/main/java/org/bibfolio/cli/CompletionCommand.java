package org.bibfolio.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bibfolio completion bash|zsh}: the shell completion script, printed for the user's shell start-up file. */
@Command(name = "completion", addMethodSubcommands = false,
        description = "Print the completion script for bash or zsh: commands, options, option values (formats, "
                + "sections, style names) and the citation keys of the library in the current folder.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  source <(bibfolio completion bash)   # in ~/.bashrc",
            "  source <(bibfolio completion zsh)    # in ~/.zshrc",
            "  bibfolio completion bash > ~/.local/share/bash-completion/completions/bibfolio"})
final class CompletionCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SHELL", converter = Shells.class, completionCandidates = Shells.class,
            description = "bash or zsh (zsh runs the bash script through its bashcompinit).")
    String shell;

    CompletionCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        spec.commandLine().getOut().print(ShellCompletion.script(Main.commandLine(context), context));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    /** The shells a script is printed for. */
    static final class Shells extends ChoiceConverter {
        @Override
        java.util.List<String> choices() {
            return java.util.List.of("bash", "zsh");
        }
    }
}
