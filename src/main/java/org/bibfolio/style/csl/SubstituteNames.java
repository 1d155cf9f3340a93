package org.bibfolio.style.csl;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

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
 * any style, not only APA; a style without such a construct comes back unchanged.
 */
final class SubstituteNames {

    private SubstituteNames() {
    }

    static String apply(String xml) {
        if (!xml.contains("<substitute")) {
            return xml;
        }
        return StyleXml.rewrite(xml, doc -> {
            List<Element> wrap = new ArrayList<>();
            NodeList substitutes = doc.getElementsByTagNameNS("*", "substitute");
            for (int i = 0; i < substitutes.getLength(); i++) {
                for (Node c = substitutes.item(i).getFirstChild(); c != null; c = c.getNextSibling()) {
                    if (c instanceof Element e && "names".equals(e.getLocalName()) && hasElementChild(e)) {
                        wrap.add(e);
                    }
                }
            }
            for (Element names : wrap) {
                Element group = doc.createElementNS(names.getNamespaceURI(), "group");
                names.getParentNode().replaceChild(group, names);
                group.appendChild(names);
            }
            return !wrap.isEmpty();
        });
    }

    private static boolean hasElementChild(Element e) {
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element) {
                return true;
            }
        }
        return false;
    }
}
