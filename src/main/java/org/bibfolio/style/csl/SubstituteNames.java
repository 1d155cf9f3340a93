package org.bibfolio.style.csl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Makes citeproc-java 3.5.2 honour a {@code <names>} element inside {@code <substitute>} that has child elements of
 * its own. The CSL specification lets a substitute {@code <names>} be a shorthand without children, which inherits
 * the {@code <name>}, {@code <et-al>} and {@code <label>} of the {@code <names>} it substitutes for, or a full element
 * with its own children. citeproc-java treats every one as the shorthand: it rebuilds each substitute {@code <names>}
 * from the parent's node, so APA's editors standing in for authors got the parent's {@code <label form="long">}
 * ("(Editor)") or no label at all instead of their own {@code <label form="short">} ("(Ed.)", "(Eds.)").
 *
 * <p>citeproc-java only rebuilds {@code <names>} elements that are direct children of {@code <substitute>}, so each
 * such element <em>with</em> children is wrapped in a plain {@code <group>} (no delimiter, no affixes): it then
 * renders as itself, and the substitute still takes the first non-empty child and suppresses the variables it used.
 * Shorthand {@code <names>} (no children) are left alone and keep inheriting, as the specification says. Applies to
 * any style, not only APA; a style without such a construct, or one {@link StyleXml} cannot read, comes back
 * unchanged. The groups are written into the text around the elements, so the rest of the style stays as it was.
 */
final class SubstituteNames {

    private SubstituteNames() {
    }

    static String apply(String xml) {
        if (!xml.contains("<substitute")) {
            return xml;
        }
        List<StyleXml.Element> wrap = StyleXml.parse(xml).stream().flatMap(StyleXml.Element::descendants)
                .filter(e -> e.name().equals("substitute")).flatMap(e -> e.children().stream())
                .filter(e -> e.name().equals("names") && !e.children().isEmpty()).toList();
        List<StyleXml.Edit> tags = new ArrayList<>();
        for (StyleXml.Element names : wrap) {
            tags.add(new StyleXml.Edit(names.start(), names.start(), "<" + names.prefix() + "group>"));
            tags.add(new StyleXml.Edit(names.end(), names.end(), "</" + names.prefix() + "group>"));
        }
        // in the order of the text; where one wrapped names ends and the next begins, the first group closes first
        tags.sort(Comparator.comparingInt(StyleXml.Edit::from).thenComparing(tag -> !tag.text().startsWith("</")));
        return StyleXml.edit(xml, tags);
    }
}
