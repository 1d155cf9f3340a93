package org.bibfolio.cli;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * An option whose value is one of a list of names that is not a Java enum (the formats are plug-ins registered by
 * name): matched ignoring case, turned into the name as listed, and otherwise refused in picocli's own words for
 * enums. The same class gives picocli the names as completion candidates, so help can list them and the usage
 * error handler can say which one was meant.
 */
abstract class ChoiceConverter implements ITypeConverter<String>, Iterable<String> {

    /** The valid values, in the order help lists them. */
    abstract List<String> choices();

    @Override
    public String convert(String value) {
        return match(value, choices()).orElseThrow(() -> new TypeConversionException(
                "expected one of " + choices() + " (case-insensitive) but was '" + value + "'"));
    }

    @Override
    public Iterator<String> iterator() {
        return choices().iterator();
    }

    /** The choice that equals {@code value} ignoring case. */
    static Optional<String> match(String value, List<String> choices) {
        return choices.stream().filter(choice -> choice.equalsIgnoreCase(value.strip())).findFirst();
    }
}
