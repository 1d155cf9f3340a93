package org.bibfolio.bibtex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bibfolio.model.Owner;
import org.bibfolio.model.PersonName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The settings block as researchers write it, with BibTeX's habits. */
class LibrarySettingsTest {

    private static final PersonName MARTA = new PersonName("Marta", "", "Wiśniewska", "");

    private static LibrarySettings settings(String block) {
        return LibrarySettings.of(BibParser.parse("lib.bib", "@comment{bibfolio:\n" + block + "\n}\n",
                StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"owner = Wiśniewska, Marta", "owner = {Wiśniewska, Marta}", "owner = {Wiśniewska, Marta},",
        "owner = \"Wiśniewska, Marta\"", "  owner   =   {Wiśniewska, Marta}  "})
    void theOwnerIsReadWithOrWithoutFieldSyntax(String line) {
        assertTrue(settings(line).owner().isOwner(MARTA), line);
    }

    @Test
    void bracesInsideTheValueStayPartOfTheName() {
        // kept, the braces make "van der Berg" one family name with no particle
        Owner owner = settings("owner = {van der Berg}, Jan").owner();
        assertEquals(List.of(new PersonName("Jan", "", "van der Berg", "")), owner.variants());
    }

    @Test
    void aSecondOwnerLineIsAnotherVariant() {
        Owner owner = settings("owner = Wiśniewska-Oyelaran, Marta\nowner = Wiśniewska, Marta").owner();
        assertTrue(owner.isOwner(MARTA));
        assertTrue(owner.isOwner(new PersonName("M.", "", "Wiśniewska-Oyelaran", "")));
        assertFalse(owner.isOwner(new PersonName("Jan", "", "Kowalski", "")));
    }

    @Test
    void tagLinesAddUpAndOtherSettingsTakeTheirLastLine() {
        LibrarySettings settings = settings("tags = Keynote\ntags = Best Demo\nmailto = a@x.org\nmailto = b@x.org");
        assertTrue(settings.tags().stream().anyMatch(tag -> tag.matches("Keynote")));
        assertTrue(settings.tags().stream().anyMatch(tag -> tag.matches("Best Demo")));
        assertEquals("b@x.org", settings.value("mailto").orElseThrow());
    }
}
