package org.bibfolio.bibtex;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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
 *
 * <p>Expansion is lazy and bounded, so hostile data cannot exhaust memory: a definition records the definitions
 * it refers to as they stand at that point (BibTeX expands {@code @string}s when it reads them, so a later
 * redefinition does not change an earlier macro) and only its length; the text is built on first use. A value that
 * would expand past {@link #LIMIT} characters, or a file whose expansions together pass {@link #budget}, ends the
 * read with an {@link ExpansionLimitException} ({@code @string{s1 = s0 # s0}} … {@code s31} is 2^31 characters).
 */
public final class MacroTable {

    /** BibTeX's predefined month macros, {@code jan} to {@code dec}. */
    public static final List<String> MONTH_MACROS = PartialDate.MONTH_NAMES.stream()
            .map(name -> name.substring(0, 3).toLowerCase(Locale.ROOT)).toList();

    /** The longest value a macro expansion may produce: far beyond any real abstract, far below any heap. */
    public static final int LIMIT = 1_000_000;

    /** The most characters expansions may build in one read: a value's text is copied once per use. */
    private static final long BUDGET = 64L * LIMIT;

    /** One {@code @string}: its parts, macros already bound to the definitions they meant there, and its length. */
    private static final class Definition {
        private final List<Object> parts;
        private final long length;
        private String text;

        Definition(List<Object> parts, long length) {
            this.parts = parts;
            this.length = length;
        }
    }

    private final Map<String, Definition> macros = new HashMap<>();
    private final Set<String> undefined = new TreeSet<>();
    private long spent;

    public MacroTable() {
        for (int i = 0; i < MONTH_MACROS.size(); i++) {
            String name = PartialDate.MONTH_NAMES.get(i);
            Definition month = new Definition(List.of(name), name.length());
            month.text = name;
            macros.put(MONTH_MACROS.get(i), month);
        }
    }

    /**
     * Defines a macro from an {@code @string}; its text is built only when a field uses it.
     *
     * @throws ExpansionLimitException when its expansion would pass {@link #LIMIT} characters
     */
    public void define(BibItem.StringDefinition definition) {
        List<Object> parts = new ArrayList<>(definition.value().size());
        long length = 0;
        for (ValuePart part : definition.value()) {
            Object bound = bind(part);
            parts.add(bound);
            length += bound instanceof Definition macro ? macro.length : ((String) bound).length();
            if (length > LIMIT) {
                throw new ExpansionLimitException("@string " + definition.name() + " expands past "
                        + String.format(Locale.ROOT, "%,d", LIMIT) + " characters", definition.span().start());
            }
        }
        // "@string{b = a}" is an alias: sharing a's definition keeps chains of aliases one step deep
        Definition defined = parts.size() == 1 && parts.get(0) instanceof Definition alias ? alias
                : new Definition(parts, length);
        macros.put(definition.name().toLowerCase(Locale.ROOT), defined);
    }

    /**
     * The raw text of a value; an undefined macro counts as empty and is remembered for {@code check}.
     *
     * @throws ExpansionLimitException when the value would pass {@link #LIMIT} characters, or the read its budget
     */
    public String resolve(List<ValuePart> parts) {
        if (parts.size() == 1) {
            return text(bind(parts.get(0)));
        }
        List<Object> bound = new ArrayList<>(parts.size());
        long length = 0;
        for (ValuePart part : parts) {
            Object value = bind(part);
            bound.add(value);
            length += value instanceof Definition macro ? macro.length : ((String) value).length();
        }
        if (length > LIMIT) {
            throw new ExpansionLimitException("a value expands past " + String.format(Locale.ROOT, "%,d", LIMIT)
                    + " characters", -1);
        }
        StringBuilder out = new StringBuilder((int) length);
        bound.forEach(value -> out.append(text(value)));
        return out.toString();
    }

    /** A literal part as its text, a macro as its definition now (an undefined one as empty text). */
    private Object bind(ValuePart part) {
        if (part instanceof ValuePart.Braced braced) {
            return braced.text();
        }
        if (part instanceof ValuePart.Quoted quoted) {
            return quoted.text();
        }
        if (part instanceof ValuePart.Number number) {
            return number.digits();
        }
        String name = ((ValuePart.Macro) part).name();
        Definition definition = macros.get(name.toLowerCase(Locale.ROOT));
        if (definition == null) {
            undefined.add(name);
            return "";
        }
        return definition;
    }

    /**
     * The text of a bound part. A macro's text is built once, children first, with a stack of its own rather than
     * recursion: a chain of a million {@code @string}s each using the one before must not overflow the stack.
     */
    private String text(Object bound) {
        if (!(bound instanceof Definition root)) {
            return (String) bound;
        }
        Deque<Definition> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Definition macro = pending.peek();
            boolean ready = true;
            for (Object part : macro.parts) {
                if (part instanceof Definition inner && inner.text == null) {
                    pending.push(inner);
                    ready = false;
                }
            }
            if (macro.text != null) {
                pending.pop();
            } else if (ready) {
                spent += macro.length;
                if (spent > BUDGET) {
                    throw new ExpansionLimitException("@string expansions pass " + String.format(Locale.ROOT,
                            "%,d", BUDGET) + " characters in all", -1);
                }
                StringBuilder out = new StringBuilder((int) macro.length);
                macro.parts.forEach(part -> out.append(part instanceof Definition inner ? inner.text : (String) part));
                macro.text = out.toString();
                pending.pop();
            }
        }
        return root.text;
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
