package org.bibfolio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The generated models ({@code GeneratedModels}, written by {@link CommandModelWriter} at build time) against
 * picocli's own, read from the annotations by reflection: the oracle. Every command, alone (as a run builds it) and
 * in the whole tree (help, completion, man page): every attribute of every option and parameter, the usage message,
 * the rendered help, the values a parse of no arguments leaves, the completion script and the man page.
 */
class CommandModelsTest {

    @TempDir
    Path folder;

    @Test
    void theBuildCompiledTheGeneratedModels() {
        assertNotSame(CommandModels.REFLECTIVE, CommandModels.standard());
    }

    @Test
    void everyCommandInTheWholeTreeHasPicocliModel() throws Exception {
        CommandLine generated = tree(Main.COMMANDS, CommandModels.standard());
        CommandLine reflective = tree(Main.COMMANDS, CommandModels.REFLECTIVE);
        assertEquals(describe(reflective), describe(generated));
        for (String name : Main.COMMANDS) {
            assertEquals(describe(reflective.getSubcommands().get(name)),
                    describe(generated.getSubcommands().get(name)), name);
            assertEquals(reflective.getSubcommands().get(name).getUsageMessage(),
                    generated.getSubcommands().get(name).getUsageMessage(), name);
        }
        assertEquals(reflective.getUsageMessage(), generated.getUsageMessage());
        assertEquals(ManPage.page(reflective, "1.0"), ManPage.page(generated, "1.0"));
        CliContext context = new CliContext(folder, Map.of());
        assertEquals(ShellCompletion.script(reflective, context), ShellCompletion.script(generated, context));
    }

    /**
     * A run that names its command builds the root and that command alone; only there does the root not pass its
     * attributes on (the generated command holds them already), so the root's scope is the one difference.
     */
    @Test
    void eachCommandAloneHasPicocliModel() throws Exception {
        for (String name : Main.COMMANDS.stream().filter(n -> !n.equals("help")).toList()) {
            CommandLine generated = tree(List.of(name), CommandModels.standard());
            CommandLine reflective = tree(List.of(name), CommandModels.REFLECTIVE);
            assertEquals(describe(reflective.getSubcommands().get(name)),
                    describe(generated.getSubcommands().get(name)), name);
            assertEquals(reflective.getSubcommands().get(name).getUsageMessage(),
                    generated.getSubcommands().get(name).getUsageMessage(), name);
            assertEquals(parsed(reflective, name), parsed(generated, name), name);
        }
    }

    private CommandLine tree(List<String> names, CommandModels models) {
        CommandLine tree = Main.tree(new CliContext(folder, Map.of()), names, models);
        tree.setUsageHelpWidth(100);
        HelpSections.install(tree);
        return tree;
    }

    /** What a parse of the command without arguments leaves in each option and parameter, or the error it gives. */
    private static List<String> parsed(CommandLine tree, String name) {
        try {
            tree.parseArgs(name);
        } catch (CommandLine.ParameterException e) {
            return List.of(e.getMessage());
        }
        List<String> values = new ArrayList<>();
        for (ArgSpec arg : tree.getSubcommands().get(name).getCommandSpec().args()) {
            values.add(arg + "=" + arg.getValue());
        }
        return values;
    }

    /** Everything picocli's model says of a command: attributes, usage message, and each argument in order. */
    private static Map<String, Object> describe(CommandLine command) throws Exception {
        CommandSpec spec = command.getCommandSpec();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", spec.qualifiedName());
        out.put("aliases", List.of(spec.aliases()));
        out.put("addMethodSubcommands", spec.isAddMethodSubcommands());
        out.put("versionProvider", spec.versionProvider() == null ? null : spec.versionProvider().getClass());
        out.put("version", List.of(spec.version()));
        out.put("mixins", spec.mixins().keySet());
        out.put("mixinStandardHelpOptions", spec.mixinStandardHelpOptions());
        out.put("subcommands", spec.subcommands().keySet());
        out.put("exitCodeList", spec.usageMessage().exitCodeList());
        out.put("separator", spec.parser().separator());
        out.put("resourceBundle", Arrays.asList(spec.resourceBundleBaseName(), spec.resourceBundle()));
        for (Method getter : UsageMessageSpec.class.getMethods()) {
            if (getter.getParameterCount() == 0 && getter.getDeclaringClass() == UsageMessageSpec.class
                    && !List.of("hashCode", "messages").contains(getter.getName())) {
                Object value = getter.invoke(spec.usageMessage());
                boolean plain = value == null || value instanceof String || value instanceof Boolean
                        || value instanceof Integer || value instanceof Character;
                if (plain || value instanceof String[]) {
                    out.put("usage." + getter.getName(), plain ? value : List.of((String[]) value));
                }
            }
        }
        for (ArgSpec arg : spec.args()) {
            out.put(arg.isOption() ? String.join(",", ((OptionSpec) arg).names())
                    : "positional " + ((PositionalParamSpec) arg).index(), argument(arg));
        }
        return out;
    }

    private static List<Object> argument(ArgSpec arg) {
        List<Object> out = new ArrayList<>(Arrays.asList(arg.toString(), arg.arity(), arg.arity().isUnspecified(),
                arg.paramLabel(), arg.hideParamSyntax(), arg.required(), arg.hidden(), List.of(arg.description()),
                arg.descriptionKey(), arg.type(), List.of(arg.auxiliaryTypes()), arg.splitRegex(), arg.defaultValue(),
                arg.showDefaultValue(), arg.scopeType(), arg.inherited(), arg.interactive(), arg.hasInitialValue(),
                String.valueOf(arg.initialValue()), arg.typeInfo().getClassName(), arg.typeInfo().isBoolean(),
                arg.typeInfo().isMultiValue(), arg.typeInfo().isOptional(), arg.typeInfo().isEnum(),
                Arrays.stream(arg.converters()).map(Object::getClass).toList(),
                arg.completionCandidates() == null ? null
                        : StreamSupport.stream(arg.completionCandidates().spliterator(), false).toList(),
                arg.parameterConsumer(), arg.isMultiValue()));
        if (arg instanceof OptionSpec option) {
            out.addAll(Arrays.asList(option.help(), option.usageHelp(), option.versionHelp(), option.negatable(),
                    option.fallbackValue(), option.order(), option.shortestName(), option.longestName()));
        } else if (arg instanceof PositionalParamSpec positional) {
            out.addAll(List.of(positional.index(), positional.index().isUnspecified()));
        }
        return out;
    }
}
