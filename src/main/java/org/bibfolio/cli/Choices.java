package org.bibfolio.cli;

import java.util.Collection;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The usage error for a value whose valid choices are known only once other options are read (the sections of the
 * chosen style, the house styles of the working folder), in the words picocli uses for fixed choices.
 */
final class Choices {

    private Choices() {
    }

    static ParameterException invalid(CommandSpec spec, String option, String value, Collection<String> valid) {
        return new ValueException(spec, "Invalid value for option '" + option + "': expected one of "
                + List.copyOf(valid) + " (case-insensitive) but was '" + value + "'", value, valid);
    }

    /** A refused value that still knows the valid ones, so the handler can say which was meant. */
    static final class ValueException extends ParameterException {
        private final String value;
        private final List<String> valid;

        ValueException(CommandSpec spec, String message, String value, Collection<String> valid) {
            super(spec.commandLine(), message);
            this.value = value;
            this.valid = List.copyOf(valid);
        }

        String value() {
            return value;
        }

        List<String> valid() {
            return valid;
        }
    }
}
