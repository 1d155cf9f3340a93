package org.bibfolio.style;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.bibfolio.model.Publication;

/**
 * Which entries a CV section holds, written in the style file as conditions that must all hold, e.g.
 * {@code "category=conference"}, {@code "selected"}, {@code "category=journal,conference year=2020..2024"},
 * {@code "tag=spotlight status=published"}. Commas separate alternatives. Keys: {@code category}, {@code type},
 * {@code status}, {@code tag}, {@code year} (a year or {@code from..to}, either end open), {@code selected}
 * ({@code selected} alone means {@code selected=true}), and {@code all}.
 */
public record SectionRule(String text, Predicate<Publication> test) {

    public boolean matches(Publication publication) {
        return test.test(publication);
    }

    public static SectionRule parse(String rule) throws StyleException {
        return of(Arrays.asList(rule.strip().split("\\s+")));
    }

    /** Conditions given one by one (a style file's include list), so one may hold spaces: "tag=Best Paper". */
    public static SectionRule of(List<String> written) throws StyleException {
        List<Predicate<Publication>> conditions = new ArrayList<>();
        for (String condition : written) {
            if (!condition.isBlank()) {
                conditions.add(condition(condition.strip()));
            }
        }
        return new SectionRule(String.join(" ", written), p -> conditions.stream().allMatch(c -> c.test(p)));
    }

    private static Predicate<Publication> condition(String condition) throws StyleException {
        int equals = condition.indexOf('=');
        String key = (equals < 0 ? condition : condition.substring(0, equals)).toLowerCase(Locale.ROOT);
        List<String> values = equals < 0 ? List.of("true")
                : Arrays.stream(condition.substring(equals + 1).split(","))
                        .map(v -> v.strip().toLowerCase(Locale.ROOT)).toList();
        return switch (key) {
            case "all" -> p -> true;
            case "category" -> p -> values.contains(p.category().id());
            case "type" -> p -> values.contains(p.type());
            case "status" -> p -> values.contains(p.status().id());
            case "tag" -> p -> p.tags().stream().anyMatch(t -> values.stream().anyMatch(t::matches));
            case "selected" -> p -> values.contains(String.valueOf(p.selected()));
            case "year" -> yearIn(values, condition);
            default -> throw new StyleException("unknown condition '" + key + "' in section rule '" + condition
                    + "' (known: all, category, type, status, tag, selected, year)");
        };
    }

    private static Predicate<Publication> yearIn(List<String> values, String condition) throws StyleException {
        List<int[]> ranges = new ArrayList<>();
        for (String value : values) {
            String[] ends = value.split("\\.\\.", -1);
            try {
                int from = ends[0].isEmpty() ? Integer.MIN_VALUE : Integer.parseInt(ends[0]);
                int to = ends.length == 1 ? from : ends[1].isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(ends[1]);
                ranges.add(new int[] {from, to});
            } catch (NumberFormatException e) {
                throw new StyleException("bad year '" + value + "' in section rule '" + condition
                        + "' (use 2022, 2020..2024, 2020.. or ..2019)");
            }
        }
        return p -> p.year().map(y -> ranges.stream().anyMatch(r -> y >= r[0] && y <= r[1])).orElse(false);
    }
}
