package org.bibfolio.bibtex;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.bibfolio.model.PartialDate;

/**
 * Resolves field values to raw LaTeX text: {@code @string} macros defined so far in the file plus BibTeX's
 * predefined month macros, joined with {@code #}. Macro names are case-insensitive, as in BibTeX.
 */
public final class MacroTable {

    /** BibTeX's predefined month macros, {@code jan} to {@code dec}. */
    public static final List<String> MONTH_MACROS = PartialDate.MONTH_NAMES.stream()
            .map(name -> name.substring(0, 3).toLowerCase(Locale.ROOT)).toList();

    private final Map<String, String> macros = new HashMap<>();
    private final Set<String> undefined = new TreeSet<>();

    public MacroTable() {
        for (int i = 0; i < MONTH_MACROS.size(); i++) {
            macros.put(MONTH_MACROS.get(i), PartialDate.MONTH_NAMES.get(i));
        }
    }

    public void define(BibItem.StringDefinition definition) {
        macros.put(definition.name().toLowerCase(Locale.ROOT), resolve(definition.value()));
    }

    /** The raw text of a value; an undefined macro counts as empty and is remembered for {@code check}. */
    public String resolve(List<ValuePart> parts) {
        if (parts.size() == 1) {
            return textOf(parts.get(0));
        }
        StringBuilder out = new StringBuilder();
        for (ValuePart part : parts) {
            out.append(textOf(part));
        }
        return out.toString();
    }

    private String textOf(ValuePart part) {
        if (part instanceof ValuePart.Braced braced) {
            return braced.text();
        }
        if (part instanceof ValuePart.Quoted quoted) {
            return quoted.text();
        }
        if (part instanceof ValuePart.Number number) {
            return number.digits();
        }
        return lookUp(((ValuePart.Macro) part).name());
    }

    private String lookUp(String name) {
        Optional<String> value = Optional.ofNullable(macros.get(name.toLowerCase(Locale.ROOT)));
        if (value.isEmpty()) {
            undefined.add(name);
        }
        return value.orElse("");
    }

    /** Macros used but never defined, in name order. */
    public Set<String> undefined() {
        return Set.copyOf(undefined);
    }

    /** 1–12 for a month name, abbreviation or number ("jul", "July", "7"). */
    public static Optional<Integer> monthNumber(String text) {
        String month = text.strip().toLowerCase(Locale.ROOT);
        if (month.matches("\\d{1,2}")) {
            int number = Integer.parseInt(month);
            return number >= 1 && number <= 12 ? Optional.of(number) : Optional.empty();
        }
        for (int i = 0; i < PartialDate.MONTH_NAMES.size(); i++) {
            String name = PartialDate.MONTH_NAMES.get(i).toLowerCase(Locale.ROOT);
            if (month.length() >= 3 && name.startsWith(month.replaceAll("\\.$", ""))) {
                return Optional.of(i + 1);
            }
        }
        return Optional.empty();
    }
}
