package org.bibfolio.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import org.bibfolio.app.CvMarks;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A review status as {@code add --status} and {@code status KEY STATUS} take it: its name in any case. */
final class StatusConverter implements ITypeConverter<CvMarks.Status>, Iterable<String> {

    @Override
    public CvMarks.Status convert(String value) {
        return CvMarks.Status.of(value.strip()).orElseThrow(() -> new TypeConversionException(
                "expected one of " + names() + " (case-insensitive) but was '" + value + "'"));
    }

    @Override
    public Iterator<String> iterator() {
        return names().iterator();
    }

    private static java.util.List<String> names() {
        return Arrays.stream(CvMarks.Status.values()).map(s -> s.name().toLowerCase(Locale.ROOT)).toList();
    }
}
