package org.bibfolio.cli;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bibfolio.model.Folding;

/**
 * Completes a typed answer against known names: a listed number picks that one; otherwise every name that the
 * answer begins, accents, case and spacing folded, as written ("García, María"), given name first ("María
 * García") or by its other name where it has one (a venue's abbreviation: "NeurIPS"). An answer equal to a name is
 * that name alone, even when it begins longer ones too.
 */
final class Completion {

    private Completion() {
    }

    static List<String> matches(String answer, List<String> numbered, List<String> choices) {
        return matches(answer, numbered, choices, Map.of());
    }

    /** As {@link #matches(String, List, List)}, a choice also known by its value in {@code otherName}. */
    static List<String> matches(String answer, List<String> numbered, List<String> choices,
                                Map<String, String> otherName) {
        if (answer.matches("\\d{1,2}")) {
            int index = Integer.parseInt(answer) - 1;
            if (index >= 0 && index < numbered.size()) {
                return List.of(numbered.get(index));
            }
        }
        String typed = Folding.foldName(answer);
        List<String> exact = choices.stream().filter(c -> forms(c, otherName).anyMatch(typed::equals)).distinct()
                .toList();
        if (!exact.isEmpty()) {
            return exact;
        }
        return choices.stream().filter(c -> forms(c, otherName).anyMatch(form -> form.startsWith(typed)))
                .distinct().toList();
    }

    private static Stream<String> forms(String choice, Map<String, String> otherName) {
        return Stream.concat(forms(choice).stream(), Stream.ofNullable(otherName.get(choice)).map(Folding::foldName));
    }

    /** "garcia, maria" and "maria garcia" for "García, María"; the folded name for a name without a comma. */
    private static List<String> forms(String choice) {
        String folded = Folding.foldName(choice);
        int comma = folded.indexOf(", ");
        return comma < 0 ? List.of(folded)
                : List.of(folded, folded.substring(comma + 2) + " " + folded.substring(0, comma));
    }
}
