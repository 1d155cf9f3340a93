package org.bibfolio.sources;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The JDK's XML parser, locked down for answers from the network: no DOCTYPE (so no entity expansion, local or
 * external, and no billion laughs), no external DTDs or schemas, no XInclude. Namespace-aware, as Atom needs.
 */
final class SafeXml {

    private SafeXml() {
    }

    static Document parse(String xml, String service) throws SourceException.UnreadableAnswer {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (SAXParseException e) {
            throw new SourceException.UnreadableAnswer(service + "'s answer is not valid XML (line "
                    + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + e.getMessage() + ")", e);
        } catch (SAXException | IOException e) {
            throw new SourceException.UnreadableAnswer(service + "'s answer is not valid XML: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a safety feature", e);
        }
    }

    /** The child elements of {@code parent} with this namespace and local name. */
    static List<Element> children(Node parent, String namespace, String name) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && name.equals(element.getLocalName())
                    && namespace.equals(element.getNamespaceURI())) {
                found.add(element);
            }
        }
        return found;
    }

    /** The text of the first such child, whitespace collapsed; empty when absent or blank. */
    static Optional<String> text(Node parent, String namespace, String name) {
        return children(parent, namespace, name).stream().findFirst()
                .map(element -> element.getTextContent().replaceAll("\\s+", " ").strip())
                .filter(text -> !text.isEmpty());
    }
}
