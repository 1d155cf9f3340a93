package org.bibfolio.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * An enum option typed and listed as users write it ({@code year}, not {@code YEAR}): its constants' toString,
 * matched ignoring case. picocli's own enum conversion lists constant names, so each such enum has a small
 * subclass of this as its converter and completion candidates.
 */
abstract class EnumChoices<E extends Enum<E>> implements ITypeConverter<E>, Iterable<String> {

    private final Class<E> type;

    EnumChoices(Class<E> type) {
        this.type = type;
    }

    @Override
    public E convert(String value) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.toString().equalsIgnoreCase(value.strip()))
                .findFirst().orElseThrow(() -> new TypeConversionException("expected one of " + names()
                        + " (case-insensitive) but was '" + value + "'"));
    }

    @Override
    public Iterator<String> iterator() {
        return names().iterator();
    }

    private List<String> names() {
        return Arrays.stream(type.getEnumConstants()).map(Enum::toString).toList();
    }
}
