package org.bibfolio.cli;

import static org.bibfolio.cli.JavaLiterals.classLiteral;
import static org.bibfolio.cli.JavaLiterals.literal;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Writes {@code GeneratedModels}, Java code that builds every command's picocli model with picocli's builders, from
 * the model picocli reads from the annotations by reflection: so the annotations stay the one source of the
 * model, and start-up pays for neither the reflection nor the annotation proxies. Run by the build (process-classes)
 * before the generated class is compiled; {@code CommandModelsTest} checks the result against picocli's model.
 * Fields are bound by a generated switch over their names (package-private fields, generated code in this package),
 * not by reflection. An annotation feature it does not know (a method option, an argument group) fails the build.
 */
public final class CommandModelWriter {

    private static final String OURS = "org.bibfolio.";

    private final StringBuilder methods = new StringBuilder();
    private final StringBuilder dispatch = new StringBuilder();
    private final Map<Class<?>, List<Field>> bound = new LinkedHashMap<>();
    private final Map<Class<?>, String> written = new LinkedHashMap<>();

    private CommandModelWriter() {
    }

    /** {@code args[0]}: the generated-sources folder the class is written under. */
    public static void main(String[] args) throws IOException {
        CommandLine tree = Main.tree(new CliContext(Path.of("").toAbsolutePath(), Map.of()), Main.COMMANDS,
                CommandModels.REFLECTIVE);
        CommandModelWriter writer = new CommandModelWriter();
        writer.command(tree.getCommandSpec());
        tree.getSubcommands().values().forEach(sub -> writer.command(sub.getCommandSpec()));
        Path file = Path.of(args[0], "org/bibfolio/cli/GeneratedModels.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, writer.source(), StandardCharsets.UTF_8);
    }

    private void command(CommandSpec spec) {
        Class<?> type = spec.userObject().getClass();
        if (!type.getName().startsWith(OURS)) {
            return; // picocli's help command: modelled by picocli when help is asked for
        }
        String method = write(spec);
        dispatch.append("        if (command instanceof ").append(type.getSimpleName()).append(" c) {\n")
                .append("            return ").append(method).append("(c, factory);\n        }\n");
    }

    /** Writes the method that builds {@code spec} (and those of its mixins); returns its name. */
    private String write(CommandSpec spec) {
        Class<?> type = spec.userObject().getClass();
        boolean ours = type.getName().startsWith(OURS);
        String name = ours ? Character.toLowerCase(type.getSimpleName().charAt(0)) + type.getSimpleName().substring(1)
                : "standardHelpOptions";
        if (written.containsKey(type)) {
            return written.get(type);
        }
        written.put(type, name);
        StringBuilder body = new StringBuilder();
        String parameters = ours ? type.getSimpleName() + " c, CommandLine.IFactory factory" : "";
        body.append("    private static CommandSpec ").append(name).append("(").append(parameters)
                .append(") throws Exception {\n");
        body.append("        CommandSpec s = CommandSpec.wrapWithoutInspection(")
                .append(ours ? "c, factory" : "new Object()")
                .append(");\n");
        CommandSpec plain = CommandSpec.wrapWithoutInspection(new Object());
        if (!Objects.equals(spec.name(), plain.name())) {
            body.append("        s.name(").append(literal(spec.name())).append(");\n");
        }
        if (spec.isAddMethodSubcommands() != plain.isAddMethodSubcommands()) {
            body.append("        s.setAddMethodSubcommands(").append(spec.isAddMethodSubcommands()).append(");\n");
        }
        if (spec.versionProvider() != null) {
            body.append("        s.versionProvider(factory.create(")
                    .append(classLiteral(spec.versionProvider().getClass()))
                    .append("));\n");
        }
        usage(spec.usageMessage(), plain.usageMessage(), body);
        List<CommandSpec> mixinsDone = new ArrayList<>();
        for (ArgSpec arg : spec.args()) {
            if (arg.inherited()) {
                continue; // picocli copies it from the root
            }
            Map.Entry<String, CommandSpec> mixin = spec.mixins().entrySet().stream()
                    .filter(m -> m.getValue().args().contains(arg)).findFirst().orElse(null);
            if (mixin == null) {
                body.append("        s.add(").append(arg(arg, type)).append(");\n");
            } else if (!mixinsDone.contains(mixin.getValue())) {
                mixinsDone.add(mixin.getValue());
                body.append(mixin(spec, mixin.getKey(), mixin.getValue()));
            }
        }
        spec.mixins().forEach((key, mixin) -> {
            if (!mixinsDone.contains(mixin)) {
                body.append(mixin(spec, key, mixin));
            }
        });
        if (ours) {
            for (Field field : fields(type)) {
                if (field.isAnnotationPresent(CommandLine.Spec.class)) {
                    require(field.getAnnotation(CommandLine.Spec.class).value() == CommandLine.Spec.Target.SELF, field);
                    body.append("        c.").append(field.getName()).append(" = s;\n");
                }
                for (Class<? extends java.lang.annotation.Annotation> unknown : List.of(CommandLine.ArgGroup.class,
                        CommandLine.ParentCommand.class, CommandLine.Unmatched.class)) {
                    require(!field.isAnnotationPresent(unknown), field);
                }
            }
        }
        body.append("        return s;\n    }\n\n");
        methods.append(body);
        return name;
    }

    private String mixin(CommandSpec spec, String key, CommandSpec mixin) {
        Class<?> type = mixin.userObject().getClass();
        String method = write(mixin);
        if (!type.getName().startsWith(OURS)) {
            return "        s.addMixin(" + literal(key) + ", " + method + "());\n";
        }
        Field field = fields(spec.userObject().getClass()).stream().filter(f -> f.getType() == type
                && f.isAnnotationPresent(CommandLine.Mixin.class)).findFirst().orElseThrow();
        String variable = "m" + field.getName();
        return "        " + type.getSimpleName() + " " + variable + " = factory.create(" + classLiteral(type) + ");\n"
                + "        c." + field.getName() + " = " + variable + ";\n"
                + "        s.addMixin(" + literal(key) + ", " + method + "(" + variable + ", factory));\n";
    }

    /** The builder expression of an option or positional parameter, bound to its field when it has one. */
    private String arg(ArgSpec arg, Class<?> owner) {
        StringBuilder out = new StringBuilder();
        if (arg instanceof OptionSpec option) {
            OptionSpec b = option;
            out.append("OptionSpec.builder(").append(literal(b.names())).append(")");
            flag(out, "help", b.help(), false);
            flag(out, "usageHelp", b.usageHelp(), false);
            flag(out, "versionHelp", b.versionHelp(), false);
            flag(out, "negatable", b.negatable(), false);
            if (!b.fallbackValue().isEmpty()) {
                out.append(".fallbackValue(").append(literal(b.fallbackValue())).append(")");
            }
            out.append(".order(").append(b.order()).append(")");
            common(out, b, arg);
        } else {
            PositionalParamSpec b = (PositionalParamSpec) arg;
            out.append("PositionalParamSpec.builder()");
            if (!b.index().isUnspecified()) {
                out.append(".index(").append(literal(b.index().originalValue())).append(")");
            }
            common(out, b, arg);
        }
        Object element = arg.userObject();
        if (!owner.getName().startsWith(OURS)) { // picocli's standard help options: their values are not read
            return out.append(".initialValue(").append(literal(arg.initialValue())).append(").build()").toString();
        }
        if (element instanceof Field field) {
            require(!Modifier.isPrivate(field.getModifiers()), field);
            List<Field> fields = bound.computeIfAbsent(owner, k -> new ArrayList<>());
            fields.add(field);
            String binding = "new " + owner.getSimpleName() + "Field(c, " + (fields.size() - 1) + ")";
            out.append(".setter(").append(binding).append(").getter(").append(binding).append(")")
                    .append(".initialValue(c.").append(field.getName()).append(")");
        } else {
            require(false, arg);
        }
        return out.append(".build()").toString();
    }

    /**
     * What options and positional parameters share. picocli's getters interpolate {@code ${...}} variables and
     * resource bundles, which bibfolio's annotations use neither of ({@link JavaLiterals#literal} refuses a
     * {@code ${}), so
     * what they return is what the annotations say.
     */
    private static void common(StringBuilder out, ArgSpec b, ArgSpec arg) {
        require(b.parameterConsumer() == null && !b.interactive()
                && (b.preprocessor() == null || b.preprocessor().getClass().getName().startsWith("picocli.")), arg);
        if (!b.arity().isUnspecified()) {
            out.append(".arity(").append(literal(b.arity().originalValue())).append(")");
        }
        out.append(".paramLabel(").append(literal(b.paramLabel())).append(")");
        flag(out, "hideParamSyntax", b.hideParamSyntax(), false);
        flag(out, "required", b.required(), false);
        flag(out, "hidden", b.hidden(), false);
        out.append(".description(").append(literal(b.description())).append(")");
        if (b.descriptionKey() != null) {
            out.append(".descriptionKey(").append(literal(b.descriptionKey())).append(")");
        }
        out.append(".type(").append(classLiteral(b.type())).append(")");
        if (b.auxiliaryTypes() != null && b.auxiliaryTypes().length > 0) {
            out.append(".auxiliaryTypes(");
            for (int i = 0; i < b.auxiliaryTypes().length; i++) {
                out.append(i == 0 ? "" : ", ").append(classLiteral(b.auxiliaryTypes()[i]));
            }
            out.append(")");
        }
        if (b.splitRegex() != null && !b.splitRegex().isEmpty()) {
            out.append(".splitRegex(").append(literal(b.splitRegex())).append(")");
        }
        if (b.defaultValue() != null) {
            out.append(".defaultValue(").append(literal(b.defaultValue())).append(")");
        }
        if (b.showDefaultValue() != CommandLine.Help.Visibility.ON_DEMAND) {
            out.append(".showDefaultValue(CommandLine.Help.Visibility.").append(b.showDefaultValue().name())
                    .append(")");
        }
        if (b.scopeType() != CommandLine.ScopeType.LOCAL) {
            out.append(".scopeType(CommandLine.ScopeType.").append(b.scopeType().name()).append(")");
        }
        if (b.converters() != null && b.converters().length > 0) {
            out.append(".converters(");
            for (int i = 0; i < b.converters().length; i++) {
                Class<?> converter = b.converters()[i].getClass();
                require(converter.getName().startsWith(OURS), arg);
                out.append(i == 0 ? "" : ", ").append("factory.create(").append(classLiteral(converter)).append(")");
            }
            out.append(")");
        }
        Iterable<String> candidates = b.completionCandidates();
        if (candidates != null && candidates.getClass().getName().startsWith(OURS)) {
            out.append(".completionCandidates(factory.create(").append(classLiteral(candidates.getClass()))
                    .append("))");
        }
        out.append(".withToString(").append(literal(arg.toString())).append(")");
    }

    private static void flag(StringBuilder out, String name, boolean value, boolean unset) {
        if (value != unset) {
            out.append(".").append(name).append("(").append(value).append(")");
        }
    }

    /**
     * Every attribute of the usage message (texts, flags, numbers) that a getter and a setter of one type expose and
     * the model changed; the objects (help factory, colour scheme, section map) are the same defaults in both.
     */
    private static void usage(UsageMessageSpec usage, UsageMessageSpec plain, StringBuilder body) {
        for (Method getter : UsageMessageSpec.class.getMethods()) {
            if (getter.getParameterCount() != 0 || getter.getDeclaringClass() != UsageMessageSpec.class
                    || !List.of(String.class, String[].class, boolean.class, int.class, char.class)
                            .contains(getter.getReturnType())) {
                continue;
            }
            Method setter;
            try {
                setter = UsageMessageSpec.class.getMethod(getter.getName(), getter.getReturnType());
            } catch (NoSuchMethodException e) {
                continue;
            }
            Object value = invoke(getter, usage);
            if (setter.getReturnType() == UsageMessageSpec.class && !Objects.deepEquals(value, invoke(getter, plain))) {
                body.append("        s.usageMessage().").append(getter.getName()).append("(").append(literal(value))
                        .append(");\n");
            }
        }
    }

    private static Object invoke(Method getter, Object on) {
        try {
            return getter.invoke(on);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(getter.toString(), e);
        }
    }

    private String source() {
        StringBuilder out = new StringBuilder();
        out.append("package org.bibfolio.cli;\n\n")
                .append("import picocli.CommandLine;\n")
                .append("import picocli.CommandLine.Model.CommandSpec;\n")
                .append("import picocli.CommandLine.Model.OptionSpec;\n")
                .append("import picocli.CommandLine.Model.PositionalParamSpec;\n\n")
                .append("/** Generated by CommandModelWriter from the commands' picocli annotations: do not edit. */\n")
                .append("final class GeneratedModels implements CommandModels {\n\n")
                .append("    @Override\n")
                .append("    public CommandSpec spec(Object command, CommandLine.IFactory factory) throws Exception {\n")
                .append(dispatch)
                .append("        return CommandModels.REFLECTIVE.spec(command, factory);\n    }\n\n")
                .append(methods);
        bound.forEach((owner, fields) -> binding(owner, fields, out));
        return out.append("}\n").toString();
    }

    /** The setter and getter of {@code owner}'s bound fields: a switch over their numbers, no reflection. */
    private static void binding(Class<?> owner, List<Field> fields, StringBuilder out) {
        String name = owner.getSimpleName();
        out.append("    @SuppressWarnings(\"unchecked\")\n")
                .append("    private record ").append(name).append("Field(").append(name)
                .append(" c, int field) implements CommandLine.Model.ISetter, CommandLine.Model.IGetter {\n")
                .append("        @Override\n        public <T> T get() {\n            return (T) switch (field) {\n");
        for (int i = 0; i < fields.size(); i++) {
            out.append("                case ").append(i).append(" -> (Object) c.").append(fields.get(i).getName())
                    .append(";\n");
        }
        out.append("                default -> throw new IllegalStateException();\n            };\n        }\n\n")
                .append("        @Override\n        public <T> T set(T value) {\n            T old = get();\n")
                .append("            switch (field) {\n");
        for (int i = 0; i < fields.size(); i++) {
            Field field = fields.get(i);
            out.append("                case ").append(i).append(" -> c.").append(field.getName()).append(" = (")
                    .append(boxed(field)).append(") value;\n");
        }
        out.append("                default -> throw new IllegalStateException();\n            }\n")
                .append("            return old;\n        }\n    }\n\n");
    }

    private static String boxed(Field field) {
        Class<?> type = field.getType();
        if (type.isPrimitive()) {
            return java.lang.invoke.MethodType.methodType(type).wrap().returnType().getName();
        }
        return field.getGenericType().getTypeName().replace('$', '.');
    }

    /** The annotated fields of {@code type} and its superclasses, as picocli reads them. */
    private static List<Field> fields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            fields.addAll(0, List.of(c.getDeclaredFields()));
        }
        return fields;
    }

    private static void require(boolean supported, Object what) {
        if (!supported) {
            throw new IllegalStateException("CommandModelWriter cannot write the model of " + what
                    + " (a private field, or an annotation it does not know): extend it, and CommandModelsTest");
        }
    }
}
