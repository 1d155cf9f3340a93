package org.bibfolio.style.csl;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.bibfolio.style.NameCut;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The oracle for {@link StyleXml}'s edits: the adjustments as they were made before, on a DOM from the JDK's parser
 * written back through its XSLTC transform (SubstituteNames' groups, NamesDelimiters' split, AuthorLimits' reading),
 * kept here so the text edits can be checked against them on real styles.
 */
final class DomStyleEdits {

    private static final List<String> GROUP_ATTRIBUTES = List.of("delimiter", "prefix", "suffix", "font-style",
            "font-variant", "font-weight", "text-decoration", "vertical-align", "display");

    private DomStyleEdits() {
    }

    /** The style as the JDK's parser reads it (no DOCTYPE, as before), text nodes merged. */
    static Optional<Document> parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
            doc.normalizeDocument();
            return Optional.of(doc);
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /**
     * The style as the DOM edits wrote it: each edit on a fresh parse, its DOM written back through the JDK's
     * identity transform when it changed anything, in the order CslStyles makes them.
     */
    static String rewrite(String xml) throws Exception {
        return rewrite(rewrite(xml, DomStyleEdits::wrapSubstituteNames), DomStyleEdits::splitNamesDelimiters);
    }

    private static String rewrite(String xml, Predicate<Document> edit) throws Exception {
        Optional<Document> doc = parse(xml);
        if (doc.isEmpty() || !edit.test(doc.get())) {
            return xml;
        }
        var transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        StringWriter out = new StringWriter();
        transformer.transform(new DOMSource(doc.get()), new StreamResult(out));
        return out.toString();
    }

    private static boolean wrapSubstituteNames(Document doc) {
        List<Element> wrap = new ArrayList<>();
        NodeList substitutes = doc.getElementsByTagNameNS("*", "substitute");
        for (int i = 0; i < substitutes.getLength(); i++) {
            for (Node c = substitutes.item(i).getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c instanceof Element e && "names".equals(e.getLocalName())
                        && e.getElementsByTagNameNS("*", "*").getLength() > 0) {
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
    }

    private static boolean splitNamesDelimiters(Document doc) {
        List<Element> split = new ArrayList<>();
        NodeList all = doc.getElementsByTagNameNS("*", "names");
        for (int i = 0; i < all.getLength(); i++) {
            Element names = (Element) all.item(i);
            if (names.getAttribute("variable").strip().contains(" ") && names.hasAttribute("delimiter")
                    && child(names, "substitute").isEmpty()
                    && !"substitute".equals(names.getParentNode().getLocalName())) {
                split.add(names);
            }
        }
        for (Element names : split) {
            Element group = doc.createElementNS(names.getNamespaceURI(), "group");
            GROUP_ATTRIBUTES.stream().filter(names::hasAttribute)
                    .forEach(a -> group.setAttribute(a, names.getAttribute(a)));
            for (String variable : names.getAttribute("variable").strip().split("\\s+")) {
                Element one = (Element) names.cloneNode(true);
                GROUP_ATTRIBUTES.forEach(one::removeAttribute);
                one.setAttribute("variable", variable);
                group.appendChild(one);
            }
            names.getParentNode().replaceChild(group, names);
        }
        return !split.isEmpty();
    }

    /** The et-al options of the bibliography's first author names, read from the DOM. */
    static NameCut.Limits authorLimits(Document doc) {
        Element style = doc.getDocumentElement();
        Optional<Element> bibliography = child(style, "bibliography");
        if (bibliography.isEmpty()) {
            return NameCut.Limits.NONE;
        }
        Map<String, Element> macros = new HashMap<>();
        for (Node n = style.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "macro".equals(e.getLocalName())) {
                macros.put(e.getAttribute("name"), e);
            }
        }
        Optional<Element> name = child(bibliography.get(), "layout")
                .flatMap(layout -> authorNames(layout, macros, new HashSet<>())).flatMap(n -> child(n, "name"));
        Map<String, String> values = new HashMap<>();
        for (String option : List.of("et-al-min", "et-al-use-first", "et-al-use-last")) {
            for (Optional<Element> level : List.of(name, bibliography, Optional.of(style))) {
                if (!values.containsKey(option) && level.isPresent() && level.get().hasAttribute(option)) {
                    values.put(option, level.get().getAttribute(option).strip());
                }
            }
        }
        return new NameCut.Limits(number(values.get("et-al-min")), number(values.get("et-al-use-first")),
                "true".equals(values.get("et-al-use-last")));
    }

    private static Optional<Element> authorNames(Element element, Map<String, Element> macros, Set<String> seen) {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            if ("names".equals(e.getLocalName()) && List.of(e.getAttribute("variable").split("\\s+"))
                    .contains("author")) {
                return Optional.of(e);
            }
            String macro = "text".equals(e.getLocalName()) ? e.getAttribute("macro") : "";
            Optional<Element> found = !macro.isEmpty() && macros.containsKey(macro) && seen.add(macro)
                    ? authorNames(macros.get(macro), macros, seen) : authorNames(e, macros, seen);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<Element> child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private static int number(String value) {
        return value != null && value.matches("\\d+") ? Integer.parseInt(value) : 0;
    }
}
