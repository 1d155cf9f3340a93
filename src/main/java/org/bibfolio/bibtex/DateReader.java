package org.bibfolio.bibtex;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bibfolio.model.PartialDate;

/** Reads year and month from {@code year}/{@code month}, biblatex's {@code date}, or a new-style arXiv id. */
final class DateReader {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})(?:-(\\d{2}))?");
    private static final Pattern ARXIV_MONTH = Pattern.compile("(\\d{2})(\\d{2})\\.\\d{4,5}(v\\d+)?");

    private DateReader() {
    }

    /**
     * The entry's date. {@code arxivId} supplies the month when the entry gives none and the arXiv year is the
     * entry's year (a preprint is dated by its first arXiv version), or the whole date when there is no year.
     */
    static Optional<PartialDate> read(Fields fields, Optional<String> arxivId) {
        Optional<PartialDate> arxiv = arxivId.flatMap(DateReader::arxivDate);
        Optional<Integer> year = fields.text("year").flatMap(DateReader::firstYear);
        Optional<Integer> month = fields.text("month").flatMap(MacroTable::monthNumber);
        Optional<String> date = fields.text("date");
        if (year.isEmpty() && date.isPresent()) {
            Matcher iso = ISO_DATE.matcher(date.get());
            if (iso.lookingAt()) {
                year = Optional.of(Integer.parseInt(iso.group(1)));
                month = month.or(() -> Optional.ofNullable(iso.group(2)).flatMap(MacroTable::monthNumber));
            }
        }
        if (year.isEmpty()) {
            return arxiv;
        }
        int entryYear = year.get();
        if (month.isEmpty() && arxiv.isPresent() && arxiv.get().year() == entryYear) {
            month = arxiv.get().month();
        }
        return Optional.of(new PartialDate(entryYear, month));
    }

    private static Optional<Integer> firstYear(String text) {
        Matcher matcher = YEAR.matcher(text);
        return matcher.find() ? Optional.of(Integer.parseInt(matcher.group())) : Optional.empty();
    }

    private static Optional<PartialDate> arxivDate(String id) {
        Matcher matcher = ARXIV_MONTH.matcher(id);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int month = Integer.parseInt(matcher.group(2));
        return month >= 1 && month <= 12
                ? Optional.of(new PartialDate(2000 + Integer.parseInt(matcher.group(1)), Optional.of(month)))
                : Optional.empty();
    }
}
