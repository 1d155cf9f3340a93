package org.bibfolio.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bibfolio.app.StyleList;
import org.bibfolio.style.StyleCatalog;
import org.bibfolio.style.StyleException;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The bash (and zsh, through bashcompinit) completion script: picocli's {@link AutoComplete} script for every
 * command and option, with the values picocli cannot know filled in. Style names are written into the script
 * (the ~10,500 CSL ids once, as one variable) plus the {@code styles/*.toml} of the folder TAB is pressed in;
 * citation keys are asked of bibfolio at TAB time ({@code list --keys}, which reads no more than the keys), from
 * the library the command line names or the folder's library.bib; file options complete file names.
 */
final class ShellCompletion {

    static final String NAME = "bibfolio";
    private static final String KEY = "KEY";

    private ShellCompletion() {
    }

    static String script(CommandLine root, CliContext context) throws StyleException {
        StyleCatalog catalog = new StyleCatalog(context.workingDirectory());
        root.getSubcommands().values().forEach(command -> nameableOperands(command.getCommandSpec()));
        String script = AutoComplete.bash(NAME, root);
        String sections = String.join(" ", sectionIds(catalog));
        for (Map.Entry<String, String> values : Map.of(
                "--style", "$(_bibfolio_styles all)",
                "--sections", "$(_bibfolio_styles house)",
                "--section", sections).entrySet()) {
            script = optionValues(script, values.getKey(), "COMPREPLY=( $(compgen -W \"" + values.getValue()
                    + "\" -- \"${curr_word}\") )");
        }
        for (String fileOption : List.of("--library", "--output")) {
            script = optionValues(script, fileOption, "local IFS=$'\\n'\n"
                    + "      type compopt &>/dev/null && compopt -o filenames\n"
                    + "      COMPREPLY=( $(compgen -f -- \"${curr_word}\") )");
        }
        for (CommandLine command : root.getSubcommands().values()) {
            for (PositionalParamSpec positional : command.getCommandSpec().positionalParameters()) {
                if (positional.paramLabel().equals(KEY)) {
                    script = keysAt(script, command.getCommandName(), positional.index().max());
                }
            }
        }
        return script + helpers(catalog);
    }

    /**
     * picocli 4.7.7 names each operand's completion variable after its label and fails on a label of no letters
     * ({@code add -}, standard input), so such an operand is relabelled in the model the script is made from.
     */
    private static void nameableOperands(CommandSpec spec) {
        for (PositionalParamSpec positional : List.copyOf(spec.positionalParameters())) {
            if (!positional.paramLabel().matches(".*\\w.*")) {
                spec.remove(positional);
                spec.addPositional(PositionalParamSpec.builder(positional).paramLabel("STDIN").build());
            }
        }
    }

    /** The cases of {@code -x|--option)} that picocli leaves empty ("return") now set COMPREPLY first. */
    private static String optionValues(String script, String option, String completion) {
        Pattern empty = Pattern.compile("(\\n {4}(?:'[^']+'\\|)*'" + Pattern.quote(option)
                + "'(?:\\|'[^']+')*\\)\\n)( {6}return\\n)");
        Matcher matcher = empty.matcher(script);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1) + "      " + completion
                    + "\n      return 0\n"));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** In the function of {@code command}, positional operands up to index {@code max} complete citation keys. */
    private static String keysAt(String script, String command, int max) {
        String start = "function _picocli_" + NAME + "_" + command + "() {\n";
        int from = script.indexOf(start);
        int end = script.indexOf("\n}\n", from);
        String positionals = "    local positionals=\"\"\n";
        int at = script.indexOf(positionals, from);
        if (from < 0 || at < 0 || at > end) {
            throw new IllegalStateException("picocli's completion script changed shape near " + start.strip());
        }
        String keys = "    if (( $(currentPositionalIndex \"" + command + "\" \"${arg_opts}\" \"${flag_opts}\") <= "
                + max + " )); then\n      positionals=$(_bibfolio_keys)\n    fi\n";
        int insert = at + positionals.length();
        return script.substring(0, insert) + keys + script.substring(insert);
    }

    private static List<String> sectionIds(StyleCatalog catalog) throws StyleException {
        List<String> ids = new ArrayList<>(List.of(org.bibfolio.app.Exporter.ALL));
        catalog.load("cv").sections().forEach(section -> ids.add(section.id()));
        return ids;
    }

    private static String helpers(StyleCatalog catalog) throws StyleException {
        List<String> house = new ArrayList<>();
        List<String> csl = new ArrayList<>();
        for (StyleList.Row row : StyleList.list(catalog, "")) {
            (row.kind().equals("house") ? house : csl).add(row.id());
        }
        return """

                # bibfolio's own values: the built-in style names, the folder's styles/*.toml, and the citation keys
                # of the library the command line names (--library FILE, $BIBFOLIO_LIBRARY, else library.bib).
                _bibfolio_house_styles="%s"
                _bibfolio_csl_styles="%s"
                function _bibfolio_styles() {
                  local file
                  echo "$_bibfolio_house_styles"
                  for file in styles/*.toml; do
                    [[ -f $file ]] && file=${file#styles/} && echo "${file%%.toml}"
                  done
                  [[ $1 == all ]] && echo "$_bibfolio_csl_styles"
                }
                function _bibfolio_keys() {
                  local library=${BIBFOLIO_LIBRARY:-library.bib} i
                  for ((i = 1; i < COMP_CWORD; i++)); do
                    case ${COMP_WORDS[i]} in
                      -l | --library)
                        library=${COMP_WORDS[i + 1]}
                        [[ $library == "=" ]] && library=${COMP_WORDS[i + 2]}
                        ;;
                      --library=*) library=${COMP_WORDS[i]#--library=} ;;
                    esac
                  done
                  library=${library/#\\~/$HOME}
                  [[ -f $library ]] && "${COMP_WORDS[0]}" list --keys --library "$library" 2>/dev/null
                }
                """.formatted(String.join(" ", house), String.join(" ", csl));
    }
}
