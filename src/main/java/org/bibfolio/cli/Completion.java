package org.bibfolio.cli;

import java.util.List;
import org.bibfolio.model.Folding;

/**
 * Completes a typed answer against known names: a listed number picks that one; otherwise every name that the
 * answer begins, accents, case and spacing folded, as written ("García, María") or given name first ("María
 * García"). An answer equal to a name is that name alone, even when it begins longer ones too.
 */
final class Completion {

    private Completion() {
    }

    static List<String> matches(String answer, List<String> numbered, List<String> choices) {
        if (answer.matches("\\d{1,2}")) {
            int index = Integer.parseInt(answer) - 1;
            if (index >= 0 && index < numbered.size()) {
                return List.of(numbered.get(index));
            }
        }
        String typed = Folding.foldName(answer);
        List<String> exact = choices.stream().filter(c -> forms(c).contains(typed)).distinct().toList();
        if (!exact.isEmpty()) {
            return exact;
        }
        return choices.stream().filter(c -> forms(c).stream().anyMatch(form -> form.startsWith(typed)))
                .distinct().toList();
    }

    /** "garcia, maria" and "maria garcia" for "García, María"; the folded name for a name without a comma. */
    private static List<String> forms(String choice) {
        String folded = Folding.foldName(choice);
        int comma = folded.indexOf(", ");
        return comma < 0 ? List.of(folded)
                : List.of(folded, folded.substring(comma + 2) + " " + folded.substring(0, comma));
    }
}
