package org.bibfolio.bibtex;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bibfolio.model.PartialDate;

/**
 * Reads year and month from {@code year}/{@code month}, biblatex's {@code date}, or a new-style arXiv id; and says
 * which values are a year, a date or a month at all, for {@code check} and {@code add}.
 */
public final class DateReader {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)\\d{4}(?!\\d)");
    /** biblatex's date: ISO 8601-2 (EDTF level 1): 2024, 2024-07, 2024-07-15, ranges with '/', open '..', ~?%. */
    private static final Pattern DATE = Pattern.compile("(-?\\d{4}(-\\d{2}){0,2}(T[\\d:]+Z?)?[?~%]?|\\.\\.)?"
            + "(/(-?\\d{4}(-\\d{2}){0,2}(T[\\d:]+Z?)?[?~%]?|\\.\\.)?)?");
    /** What separates the parts of a month expression: "jun # "\\slash " # sep", "10~" # jan, "Apr.--May". */
    private static final Pattern MONTH_SEPARATORS = Pattern.compile("(\\\\slash\\b|\\\\[,/ -]|[\\s{}~.,;:/&()\\-–—]|--)+");
    private static final List<String> SEASONS = List.of("spring", "summer", "fall", "autumn", "winter");
    /** Year, month and day of one end of a date that {@link #DATE} accepts; the year may be negative (BCE). */
    private static final Pattern DATE_PARTS = Pattern.compile("(-?\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
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
        Optional<Integer> month = fields.raw("month").flatMap(DateReader::firstMonth);
        Optional<Integer> day = fields.text("day").flatMap(DateReader::day);
        Optional<String> date = fields.text("date");
        if (year.isEmpty() && date.isPresent()) {
            Matcher parts = DATE_PARTS.matcher(date.get());
            // A year before the common era dates nothing a CV lists; the entry stays undated, as it always was.
            if (parts.lookingAt() && !parts.group(1).startsWith("-")) {
                year = Optional.of(Integer.parseInt(parts.group(1)));
                Optional<Integer> dateMonth = Optional.ofNullable(parts.group(2)).flatMap(MacroTable::monthNumber);
                if (month.isEmpty() || month.equals(dateMonth)) {
                    month = dateMonth;
                    day = day.or(() -> Optional.ofNullable(parts.group(3)).flatMap(DateReader::day));
                }
            }
        }
        if (year.isEmpty()) {
            return arxiv;
        }
        int entryYear = year.get();
        if (month.isEmpty() && arxiv.isPresent() && arxiv.get().year() == entryYear) {
            month = arxiv.get().month();
            day = Optional.empty();
        }
        return Optional.of(new PartialDate(entryYear, month, day));
    }

    /**
     * Whether a {@code year} value names a year: it holds a four-digit number ({@code {\\noopsort{a}}1995} too), or
     * is one command a style defines for "no date" or "in press" ({@code \\bibnodate}).
     */
    public static boolean isYear(String text) {
        return YEAR.matcher(text).find() || text.strip().matches("\\\\[A-Za-z]+");
    }

    /** Whether a {@code date} value is a biblatex date (2024, 2024-07-15, 1997/2001, 2024-07/..) of the calendar. */
    public static boolean isDate(String text) {
        return dateProblem(text).isEmpty();
    }

    /**
     * What is wrong with a {@code date} value, if anything: not biblatex's form ("July 2024"), or a day the calendar
     * lacks: a month past 12 ("2024-13-01"; biblatex's seasons 21 to 24 stand alone, "2024-21") or a day past the
     * month's end ("2024-02-30"). The reader would quietly keep only the year, or a month that may be the mistake.
     */
    public static Optional<String> dateProblem(String text) {
        String date = text.strip();
        if (date.isEmpty() || !DATE.matcher(date).matches()) {
            return Optional.of("is not a biblatex date such as 2024, 2024-07 or 2024-07-15");
        }
        for (String end : date.split("/", -1)) {
            Matcher parts = DATE_PARTS.matcher(end);
            if (!parts.lookingAt() || parts.group(2) == null) {
                continue;
            }
            int month = Integer.parseInt(parts.group(2));
            boolean season = month >= 21 && month <= 24 && parts.group(3) == null;
            if ((month < 1 || month > 12) && !season) {
                return Optional.of("has no month " + parts.group(2) + "; a month is 01 to 12");
            }
            if (parts.group(3) != null) {
                YearMonth yearMonth = YearMonth.of(Integer.parseInt(parts.group(1)), month);
                int day = Integer.parseInt(parts.group(3));
                if (day < 1 || day > yearMonth.lengthOfMonth()) {
                    return Optional.of("has no day " + parts.group(3) + ": "
                            + yearMonth.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                            + parts.group(1) + " has " + yearMonth.lengthOfMonth() + " days");
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a {@code month} value (macros resolved, LaTeX as written) reads as a month, the way BibTeX files
     * write months: a name, abbreviation or number, a day ({@code "10~" # jan}), a range or pair
     * ({@code apr # "-" # may}, {@code jun # "\\slash " # sep}, {@code June\\slash September}), a season, or
     * {@code ??} for "not known".
     */
    public static boolean isMonthExpression(String text) {
        boolean month = false;
        for (String word : MONTH_SEPARATORS.split(text.strip())) {
            if (word.isEmpty() || word.matches("\\?+") || SEASONS.contains(word.toLowerCase(Locale.ROOT))) {
                month |= !word.isEmpty();
            } else if (word.matches("\\d{1,2}")) {
                int number = Integer.parseInt(word);
                if (number < 1 || number > 31) {
                    return false;
                }
                month |= number <= 12;
            } else if (MacroTable.monthNumber(word).isPresent() && !word.matches("\\d+")) {
                month = true;
            } else {
                return false;
            }
        }
        return month;
    }

    /** The first month a month expression names: "jun # "\\slash " # sep" is June, "10~January" is January. */
    static Optional<Integer> firstMonth(String text) {
        Optional<Integer> whole = MacroTable.monthNumber(text);
        if (whole.isPresent()) {
            return whole;
        }
        for (String word : MONTH_SEPARATORS.split(text.strip())) {
            if (!word.matches("\\d+")) {
                Optional<Integer> month = MacroTable.monthNumber(word);
                if (month.isPresent()) {
                    return month;
                }
            }
        }
        return Optional.empty();
    }

    /** A day of the month, 1 to 31 ({@code 07} too); anything else is none. */
    private static Optional<Integer> day(String text) {
        String day = text.strip();
        return day.matches("\\d{1,2}") && Integer.parseInt(day) >= 1 && Integer.parseInt(day) <= 31
                ? Optional.of(Integer.parseInt(day)) : Optional.empty();
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
