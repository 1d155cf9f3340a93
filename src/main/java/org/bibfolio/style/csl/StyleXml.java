package org.bibfolio.style.csl;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.Optional;
import java.util.function.Predicate;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/** A CSL style's XML as a DOM, for the few things we read or adjust in a style before citeproc-java gets it. */
final class StyleXml {

    private StyleXml() {
    }

    /** The parsed style; nothing for XML we cannot read safely (a DOCTYPE), which citeproc-java then reads alone. */
    static Optional<Document> parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return Optional.of(factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml))));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /**
     * The style with {@code edit} applied to its DOM: {@code edit} says whether it changed anything, and the style
     * comes back as it was when it did not, or when it cannot be parsed or written (citeproc-java then reads it).
     */
    static String rewrite(String xml, Predicate<Document> edit) {
        Optional<Document> parsed = parse(xml);
        if (parsed.isEmpty()) {
            return xml;
        }
        try {
            if (!edit.test(parsed.get())) {
                return xml;
            }
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(parsed.get()), new StreamResult(out));
            return out.toString();
        } catch (Exception e) {
            // a style citeproc-java can read but we cannot: render it as it is
            return xml;
        }
    }

    /** The first child element of that name. */
    static Optional<Element> child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
