package org.bibfolio.style.csl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Makes citeproc-java 3.5.2 put a {@code <names>} element's delimiter only between the variables it renders. For
 * {@code <names variable="editor translator" delimiter="; ">} it writes the delimiter before the translators even when
 * there are no editors, so APA printed a translated book as "(; J. Doe, Trans.)" and Chicago as ". . Translated by".
 * Each such element becomes a {@code <group>} with the delimiter, affixes and formatting, holding one {@code <names>}
 * per variable with the rest of its attributes and children: a group puts its delimiter between the children that
 * render, as the CSL specification says of {@code <names>} too. Elements with a {@code <substitute>}, or inside one
 * (which {@link SubstituteNames} handles), are left alone; a style without the construct, or one {@link StyleXml}
 * cannot read, comes back unchanged. The group replaces the element in the text; the rest stays as it was.
 */
final class NamesDelimiters {

    /** A {@code <names>} start tag naming two or more variables and a delimiter, in either order: the cheap test. */
    private static final Pattern CANDIDATE = Pattern.compile(
            "<names\\b[^>]*(variable=\"[^\"]*\\s[^\"]*\"[^>]*delimiter=|delimiter=[^>]*variable=\"[^\"]*\\s)");
    /** Attributes of {@code <names>} that belong to the whole element: they move to the group. */
    private static final List<String> GROUP_ATTRIBUTES = List.of("delimiter", "prefix", "suffix", "font-style",
            "font-variant", "font-weight", "text-decoration", "vertical-align", "display");

    private NamesDelimiters() {
    }

    static String apply(String xml) {
        if (!CANDIDATE.matcher(xml).find()) {
            return xml;
        }
        List<StyleXml.Edit> split = new ArrayList<>();
        StyleXml.parse(xml).ifPresent(style -> collect(style, xml, split));
        return StyleXml.edit(xml, split);
    }

    /** A group for each such {@code <names>} inside {@code parent}, in the order of the text. */
    private static void collect(StyleXml.Element parent, String xml, List<StyleXml.Edit> split) {
        for (StyleXml.Element e : parent.children()) {
            if (e.name().equals("names") && e.attribute("variable").strip().contains(" ") && e.has("delimiter")
                    && e.child("substitute").isEmpty() && !parent.name().equals("substitute")) {
                split.add(new StyleXml.Edit(e.start(), e.end(), group(e, xml)));
            } else {
                // a split one is not looked into: valid CSL has names inside names only within a substitute
                collect(e, xml, split);
            }
        }
    }

    private static String group(StyleXml.Element names, String xml) {
        StringBuilder group = new StringBuilder("<").append(names.prefix()).append("group");
        GROUP_ATTRIBUTES.stream().filter(names::has).forEach(a -> attribute(group, a, names.attribute(a)));
        group.append('>');
        for (String variable : names.attribute("variable").strip().split("\\s+")) {
            group.append('<').append(names.qualifiedName());
            for (Map.Entry<String, String> a : names.attributes().entrySet()) {
                if (!GROUP_ATTRIBUTES.contains(a.getKey())) {
                    attribute(group, a.getKey(), a.getKey().equals("variable") ? variable : a.getValue());
                }
            }
            if (names.content() == names.end()) {
                group.append("/>");
            } else {
                group.append('>').append(xml, names.content(), names.contentEnd())
                        .append("</").append(names.qualifiedName()).append('>');
            }
        }
        return group.append("</").append(names.prefix()).append("group>").toString();
    }

    private static void attribute(StringBuilder tag, String name, String value) {
        tag.append(' ').append(name).append("=\"").append(StyleXml.escape(value)).append('"');
    }
}
