package org.bibfolio.style.csl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.JarURLConnection;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.bibfolio.style.NameCut;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The light reader of a style's XML, and the adjustments made with it, against the JDK's XML parser as the oracle. */
class StyleXmlTest {

    @Test
    void readsElementsAttributesAndWhereEachStands() {
        String xml = "<?xml version=\"1.0\"?>\n<!-- a <comment/> -->\n<style xmlns=\"http://purl.org/net/xbiblio/csl\""
                + " a='1 &amp;\t2'><info><title>T &lt;x&gt;</title></info><![CDATA[<not-an-element/>]]>"
                + "<macro name=\"m\"><text value=\"&#8212;&#x2014;&quot;\"/></macro></style>";
        StyleXml.Element style = StyleXml.parse(xml).orElseThrow();
        assertEquals("style", style.name());
        assertEquals(Map.of("xmlns", "http://purl.org/net/xbiblio/csl", "a", "1 & 2"), style.attributes());
        assertEquals(List.of("info", "macro"), style.children().stream().map(StyleXml.Element::name).toList());
        StyleXml.Element text = style.child("macro").orElseThrow().children().get(0);
        assertEquals("\u2014\u2014\"", text.attribute("value"));
        assertEquals("<text value=\"&#8212;&#x2014;&quot;\"/>", xml.substring(text.start(), text.end()));
        assertEquals(xml.length(), style.end());
        assertEquals("<title>T &lt;x&gt;</title>", xml.substring(style.child("info").orElseThrow().content(),
                style.child("info").orElseThrow().contentEnd()));
    }

    @Test
    void aPrefixIsKeptApartFromTheName() {
        StyleXml.Element style = StyleXml.parse("<cs:style xmlns:cs=\"u\"><cs:names/></cs:style>").orElseThrow();
        assertEquals("names", style.children().get(0).name());
        assertEquals("cs:", style.children().get(0).prefix());
    }

    @ParameterizedTest
    @ValueSource(strings = {"<!DOCTYPE style [<!ENTITY x \"y\">]><style>&x;</style>", "<style><a></b></style>",
        "<style a=1/>", "<style", "<style a=\"&x;\"/>", "<style a=\"1\" a=\"2\"/>", ""})
    void xmlItDoesNotReadGivesNothing(String xml) {
        assertTrue(StyleXml.parse(xml).isEmpty(), xml);
        assertEquals(xml, SubstituteNames.apply(xml));
        assertEquals(xml, NamesDelimiters.apply(xml));
    }

    @Test
    void nestedAndAdjacentSubstituteNamesAreWrapped() {
        String xml = "<style><names variable=\"translator\"><substitute><names variable=\"author\"><name/>"
                + "<substitute><names variable=\"editor\"><name/></names></substitute></names><names variable=\"x\">"
                + "<label/></names><names variable=\"y\"/></substitute></names></style>";
        assertEquals("<style><names variable=\"translator\"><substitute><group><names variable=\"author\"><name/>"
                + "<substitute><group><names variable=\"editor\"><name/></names></group></substitute></names></group>"
                + "<group><names variable=\"x\"><label/></names></group><names variable=\"y\"/></substitute></names>"
                + "</style>", SubstituteNames.apply(xml));
    }

    @Test
    void aDelimitedNamesBecomesAGroupOfOneNamesPerVariable() {
        String xml = "<style><names variable=\" editor  translator\" delimiter=\"; &amp; \" font-style='italic'"
                + " prefix=\"(\"><name/><!-- kept --></names><names variable=\"a b\" delimiter=\",\"/>"
                + "<names variable=\"c d\" delimiter=\",\"><substitute/></names></style>";
        assertEquals("<style><group delimiter=\"; &amp; \" prefix=\"(\" font-style=\"italic\">"
                + "<names variable=\"editor\"><name/><!-- kept --></names>"
                + "<names variable=\"translator\"><name/><!-- kept --></names></group>"
                + "<group delimiter=\",\"><names variable=\"a\"/><names variable=\"b\"/></group>"
                + "<names variable=\"c d\" delimiter=\",\"><substitute/></names></style>", NamesDelimiters.apply(xml));
    }

    /**
     * Every style of the bundled repository with a bibliography or names (the dependent ones have nothing to adjust):
     * the adjusted text parses to the DOM the DOM edits made, and gives the et-al limits the DOM gave. The real
     * parser also decides which styles are read at all: where it refuses a style, the style must come back as it is.
     */
    @Test
    void everyBundledStyleIsAdjustedAsTheDomEditsAdjustedIt() throws Exception {
        List<String> differ = new ArrayList<>();
        int checked = 0;
        var jar = (JarURLConnection) getClass().getClassLoader().getResource("apa.csl").openConnection();
        try (JarFile styles = new JarFile(jar.getJarFileURL().getPath())) {
            for (JarEntry entry : styles.stream().filter(e -> e.getName().endsWith(".csl")).toList()) {
                String xml;
                try (InputStream in = styles.getInputStream(entry)) {
                    xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                String adjusted = NamesDelimiters.apply(SubstituteNames.apply(xml));
                if (!xml.contains("<bibliography") && !xml.contains("<names")) {
                    if (!adjusted.equals(xml)) {
                        differ.add(entry.getName() + ": adjusted without names");
                    }
                    continue;
                }
                checked++;
                String before = DomStyleEdits.rewrite(xml);
                var expected = DomStyleEdits.parse(before);
                if (expected.isEmpty() ? !adjusted.equals(xml)
                        : !expected.get().isEqualNode(DomStyleEdits.parse(adjusted).orElse(null))) {
                    differ.add(entry.getName() + ": another DOM");
                }
                if (!AuthorLimits.read(adjusted).equals(expected.map(DomStyleEdits::authorLimits)
                        .orElse(NameCut.Limits.NONE))) {
                    differ.add(entry.getName() + ": et-al limits " + AuthorLimits.read(adjusted));
                }
                String cut = CslStyle.of("s", "t", CitationNumbers.mark(adjusted)).showingNames(3).xml();
                var cutBefore = DomStyleEdits.parse(CslStyle.of("s", "t", CitationNumbers.mark(before))
                        .showingNames(3).xml());
                if (cutBefore.isPresent() && !cutBefore.get().isEqualNode(DomStyleEdits.parse(cut).orElse(null))) {
                    differ.add(entry.getName() + ": another DOM once numbered and cut to 3 names");
                }
                if (!readings(adjusted).equals(readings(before))) {
                    differ.add(entry.getName() + ": read as " + readings(adjusted) + ", was " + readings(before));
                }
            }
        }
        assertTrue(checked > 2000, "only " + checked + " styles checked");
        assertEquals(List.of(), differ);
    }

    /** What bibfolio reads from a style's text itself, after the adjustments, besides the et-al limits. */
    private static List<Object> readings(String xml) {
        CslStyle style = CslStyle.of("s", "t", CitationNumbers.mark(xml));
        return List.of(style.locale(), style.subsequentAuthorSubstitute(), style.sortsDescending(), style.numbered(),
                style.numbersDescending(), style.addsYearSuffix());
    }
}
