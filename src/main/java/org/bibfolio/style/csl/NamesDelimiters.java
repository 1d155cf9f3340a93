package org.bibfolio.style.csl;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Makes citeproc-java 3.5.2 put a {@code <names>} element's delimiter only between the variables it renders. For
 * {@code <names variable="editor translator" delimiter="; ">} it writes the delimiter before the translators even when
 * there are no editors, so APA printed a translated book as "(; J. Doe, Trans.)" and Chicago as ". . Translated by".
 * Each such element becomes a {@code <group>} with the delimiter, affixes and formatting, holding one {@code <names>}
 * per variable with the rest of its attributes and children: a group puts its delimiter between the children that
 * render, as the CSL specification says of {@code <names>} too. Elements with a {@code <substitute>}, or inside one
 * (which {@link SubstituteNames} handles), are left alone; a style without the construct comes back unchanged.
 */
final class NamesDelimiters {

    /** A {@code <names>} start tag naming two or more variables and a delimiter, in either order: the cheap test. */
    private static final Pattern CANDIDATE = Pattern.compile(
            "<names\\b[^>]*(variable=\"[^\"]*\\s[^\"]*\"[^>]*delimiter=|delimiter=[^>]*variable=\"[^\"]*\\s)");
    /** Attributes of {@code <names>} that belong to the whole element: they move to the group. */
    private static final Set<String> GROUP_ATTRIBUTES = Set.of("delimiter", "prefix", "suffix", "font-style",
            "font-variant", "font-weight", "text-decoration", "vertical-align", "display");

    private NamesDelimiters() {
    }

    static String apply(String xml) {
        if (!CANDIDATE.matcher(xml).find()) {
            return xml;
        }
        return StyleXml.rewrite(xml, doc -> {
            List<Element> split = new ArrayList<>();
            NodeList all = doc.getElementsByTagNameNS("*", "names");
            for (int i = 0; i < all.getLength(); i++) {
                Element names = (Element) all.item(i);
                if (names.getAttribute("variable").strip().contains(" ") && names.hasAttribute("delimiter")
                        && StyleXml.child(names, "substitute").isEmpty()
                        && !"substitute".equals(names.getParentNode().getLocalName())) {
                    split.add(names);
                }
            }
            split.forEach(names -> names.getParentNode().replaceChild(group(doc, names), names));
            return !split.isEmpty();
        });
    }

    private static Element group(Document doc, Element names) {
        Element group = doc.createElementNS(names.getNamespaceURI(), "group");
        for (String attribute : GROUP_ATTRIBUTES) {
            if (names.hasAttribute(attribute)) {
                group.setAttribute(attribute, names.getAttribute(attribute));
            }
        }
        for (String variable : names.getAttribute("variable").strip().split("\\s+")) {
            Element one = (Element) names.cloneNode(true);
            GROUP_ATTRIBUTES.forEach(one::removeAttribute);
            one.setAttribute("variable", variable);
            group.appendChild(one);
        }
        return group;
    }

}
