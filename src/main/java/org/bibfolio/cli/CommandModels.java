package org.bibfolio.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Where a command's picocli model comes from. picocli's own way reads the annotations by reflection at each start
 * (a proxy class per annotation type, generic type resolution, a pass over every field): about a third of a house
 * export's start-up. So the build writes, from that very model, Java code that builds it with picocli's builders
 * ({@link CommandModelWriter} writes {@code GeneratedModels}); the annotations stay the one source, and
 * {@code CommandModelsTest} proves the two models equal for every command (ADR 0024).
 */
interface CommandModels {

    /** picocli's model, read from the annotations: the oracle, and what a run without the generated code gets. */
    CommandModels REFLECTIVE = (command, factory) -> CommandSpec.forAnnotatedObject(command, factory);

    /** The model of {@code command}, a new instance of an annotated class. */
    CommandSpec spec(Object command, CommandLine.IFactory factory) throws Exception;

    /**
     * The generated models when the build compiled them (every {@code mvn package}), else picocli's; a class
     * compiled after this one, so looked up by name.
     */
    static CommandModels standard() {
        try {
            return (CommandModels) Class.forName("org.bibfolio.cli.GeneratedModels").getDeclaredConstructor()
                    .newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            return REFLECTIVE;
        }
    }
}
