package org.bibfolio.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one folding: what each kind of letter becomes. */
class FoldingTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "Müller             | muller",
        "MÜLLER             | muller",
        "Mu\u0308ller       | muller",          // NFD, as macOS file names and some PDFs give it
        "Dvořák             | dvorak",
        "Łukasz             | lukasz",
        "łódź               | lodz",
        "Weiß               | weiss",
        "STRAẞE             | strasse",
        "Søren Brøndsted    | soren brondsted",
        "Ærø                | aero",
        "Œuvre              | oeuvre",
        "Đorđević           | dordevic",
        "Þórður             | thordur",
        "Işık               | isik",
        "İstanbul           | istanbul",
        "ﬁne-tuning         | fine-tuning",     // ligatures pasted from a PDF
        "Eﬃcient            | efficient",
        "ĳsselmeer          | ijsselmeer",
        "Ｇｏｏｇｌｅ        | google",           // full-width
        "Nguyễn             | nguyen",
        "O’Brien            | o'brien",
        "opti\u00ADmization | optimization",    // a soft hyphen from a PDF
        "Cisneros\u2010Velarde | cisneros-velarde",
        "Ɗanjuma            | danjuma",
        "王小明             | 王小明",
        "Ελληνικά           | ελληνικα",
    })
    void foldsEveryKindOfLetter(String text, String folded) {
        assertEquals(folded, Folding.fold(text));
    }

    @Test
    void scriptsWhoseMarksAreNotAccentsKeepThem() {
        assertEquals("हिन्दी".length(), Folding.fold("हिन्दी").length());
        assertEquals(Folding.fold("ガ"), Folding.fold("ガ"));
        assertEquals(2, Folding.fold("ガ").length(), "カ plus its dakuten, not カ alone");
    }

    @Test
    void lettersKeepsTheCase() {
        assertEquals("Lukasz Kaiser", Folding.letters("Łukasz Kaiser"));
        assertEquals("AErO Thor SS", Folding.letters("ÆrØ Þor ẞ"));
    }

    @Test
    void nativeSpellingsOfUmlautsComeSecond() {
        assertEquals(List.of("muller", "mueller"), Folding.spellings("Müller"));
        assertEquals(List.of("soren", "soeren"), Folding.spellings("Søren"));
        assertEquals(List.of("angstrom", "aangstroem"), Folding.spellings("Ångström"));
        assertEquals(List.of("mueller"), Folding.spellings("Mueller"));
        assertEquals(List.of("dvorak"), Folding.spellings("Dvořák"));
    }

    @Test
    void namesFoldHyphensDotsAndSpacesAlike() {
        assertEquals(List.of("cisneros velarde"), Folding.nameSpellings("Cisneros-Velarde"));
        assertEquals(List.of("st john"), Folding.nameSpellings("St.~John".replace('~', ' ')));
        assertEquals("p e dupont", Folding.foldName("P.-E.  Dupont"));
    }
}
