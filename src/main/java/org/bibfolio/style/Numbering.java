package org.bibfolio.style;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How a style numbers its lists, for house and CSL styles alike: one label per entry, in the order the list shows
 * (house style {@code [order] numbering} and {@code numbering-scope}; a numeric CSL style numbers in its own label
 * form, "[7]" or "7.").
 *
 * <p>With scope {@code section} every list counts on its own (1…n, or n…1). With scope {@code global} the whole CV
 * counts once, as a grant form wants it: every paper has one number, so the last number is the number of papers.
 * The count runs through the lists in order; a paper shown in several lists is counted in the first of them that is
 * not a cross-reference list, a list whose papers all appear in other lists too (the Selected list). So the complete
 * lists (Conference, Journal, Preprints…) are numbered without gaps and the Selected list shows each paper's number
 * from them.
 *
 * @param direction {@code none}, {@code ascending} (1 is the first entry shown) or {@code descending} (1 the last)
 * @param scope {@code section} or {@code global}
 * @param form the label form; its number is replaced
 */
public record Numbering(String direction, String scope, Label form) {

    public static final Numbering NONE = new Numbering("none", "section", Label.bracketed(0));

    public boolean numbers() {
        return !direction.equals("none");
    }

    /** The sections with a label on every entry (none when this numbering is {@code none}). */
    public List<RenderedSection> apply(List<RenderedSection> sections) {
        if (!numbers()) {
            return sections;
        }
        if (!scope.equals("global")) {
            return sections.stream().map(this::numberOnItsOwn).toList();
        }
        Map<String, Integer> numbers = globalNumbers(sections);
        return sections.stream().map(section -> section.withEntries(section.entries().stream()
                .map(entry -> entry.withLabel(Optional.of(form.withNumber(numbers.get(key(entry)))))).toList()))
                .toList();
    }

    /** One list numbered by itself, whatever the scope: {@code --flat}. */
    public RenderedSection applyFlat(RenderedSection section) {
        return numbers() ? numberOnItsOwn(section) : section;
    }

    private RenderedSection numberOnItsOwn(RenderedSection section) {
        List<RenderedEntry> entries = section.entries();
        List<RenderedEntry> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            out.add(entries.get(i).withLabel(Optional.of(form.withNumber(number(i, entries.size())))));
        }
        return section.withEntries(out);
    }

    private int number(int position, int count) {
        return direction.equals("descending") ? count - position : position + 1;
    }

    /** Each paper's one number in the CV, by its key. */
    private Map<String, Integer> globalNumbers(List<RenderedSection> sections) {
        LinkedHashSet<String> counted = new LinkedHashSet<>();
        for (RenderedSection section : sections) {
            if (!isCrossReference(section, sections)) {
                section.entries().forEach(entry -> counted.add(key(entry)));
            }
        }
        // papers shown only in cross-reference lists (two lists that repeat each other) are counted where they are
        sections.forEach(section -> section.entries().forEach(entry -> counted.add(key(entry))));
        Map<String, Integer> numbers = new HashMap<>();
        int position = 0;
        for (String paper : counted) {
            numbers.put(paper, number(position++, counted.size()));
        }
        return numbers;
    }

    /** A list all of whose papers are shown in some other list as well. */
    private static boolean isCrossReference(RenderedSection section, List<RenderedSection> sections) {
        Set<String> elsewhere = new HashSet<>();
        sections.stream().filter(other -> other != section)
                .forEach(other -> other.entries().forEach(entry -> elsewhere.add(key(entry))));
        return !section.entries().isEmpty() && section.entries().stream().allMatch(e -> elsewhere.contains(key(e)));
    }

    private static String key(RenderedEntry entry) {
        return entry.publication().key();
    }
}
