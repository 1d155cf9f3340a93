package org.bibfolio.style.csl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The light reader of a style's XML, and the adjustments made with it, against a real XML parser as the oracle. */
class StyleXmlTest {

    @Test
    void readsElementsAttributesAndWhereEachStands() {
        String xml = "<?xml version=\"1.0\"?>\n<!-- a <comment/> -->\n<style xmlns=\"http://purl.org/net/xbiblio/csl\""
                + " a='1 &amp; 2'><info><title>T &lt;x&gt;</title></info><![CDATA[<not-an-element/>]]>"
                + "<macro name=\"m\"><text value=\"&#8212;&#x2014;&quot;\"/></macro></style>";
        StyleXml.Element style = StyleXml.parse(xml).orElseThrow();
        assertEquals("style", style.name());
        assertEquals(Map.of("xmlns", "http://purl.org/net/xbiblio/csl", "a", "1 & 2"), style.attributes());
        assertEquals(List.of("info", "macro"), style.children().stream().map(StyleXml.Element::name).toList());
        StyleXml.Element text = style.child("macro").orElseThrow().children().get(0);
        assertEquals("\u2014\u2014\"", text.attribute("value"));
        assertEquals("<text value=\"&#8212;&#x2014;&quot;\"/>", xml.substring(text.start(), text.end()));
        assertEquals(xml.length(), style.end());
    }

    @Test
    void aPrefixIsKeptApartFromTheName() {
        StyleXml.Element style = StyleXml.parse("<cs:style xmlns:cs=\"u\"><cs:names/></cs:style>").orElseThrow();
        assertEquals("names", style.children().get(0).name());
        assertEquals("cs:", style.children().get(0).prefix());
    }

    @ParameterizedTest
    @ValueSource(strings = {"<!DOCTYPE style [<!ENTITY x \"y\">]><style>&x;</style>", "<style><a></b></style>",
        "<style a=1/>", "<style", "<style a=\"&x;\"/>", ""})
    void xmlItDoesNotReadGivesNothing(String xml) {
        assertTrue(StyleXml.parse(xml).isEmpty(), xml);
        assertEquals(xml, SubstituteNames.apply(xml));
    }

    @Test
    void aNestedSubstituteNamesIsWrappedToo() {
        String xml = "<style><names variable=\"translator\"><substitute><names variable=\"author\"><name/>"
                + "<substitute><names variable=\"editor\"><name/></names></substitute></names><names variable=\"x\"/>"
                + "</substitute></names></style>";
        assertEquals("<style><names variable=\"translator\"><substitute><group><names variable=\"author\"><name/>"
                + "<substitute><group><names variable=\"editor\"><name/></names></group></substitute></names></group>"
                + "<names variable=\"x\"/></substitute></names></style>", SubstituteNames.apply(xml));
    }

    /** Real styles of the repository, among them the ones whose substitute names hold names with substitutes. */
    @ParameterizedTest
    @ValueSource(strings = {"apa", "university-of-zabol", "chicago-author-date", "modern-language-association",
        "harvard-cite-them-right", "ieee", "nature", "vancouver"})
    void substituteNamesGivesWhatTheDomRewriteGave(String id) throws Exception {
        String xml;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(id + ".csl")) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Document expected = parse(xml);
        wrapAsTheDomDid(expected);
        assertTrue(expected.isEqualNode(parse(SubstituteNames.apply(xml))), id);
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        doc.normalizeDocument();
        return doc;
    }

    /** The earlier rewrite: each substitute's names child with element children moved into a new group. */
    private static void wrapAsTheDomDid(Document doc) {
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
    }
}
