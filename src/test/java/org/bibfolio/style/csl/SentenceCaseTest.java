package org.bibfolio.style.csl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.bibfolio.model.ProtectedSpan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceCaseTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Catapults in SGD: Spikes in the Training Loss | Catapults in SGD: Spikes in the training loss",
        "On Random Graphs A | On random graphs a",
        "kernel Ridge Regression via iPhone | Kernel ridge regression via iPhone",
        "Non-Neural Models | Non-neural models"})
    void lowersCapitalizedWordsExceptAtSentenceStarts(String title, String expected) {
        assertEquals(expected, SentenceCase.apply(title, List.of()));
    }

    @org.junit.jupiter.api.Test
    void keepsProtectedWords() {
        assertEquals("Über die Stabilität von Netzwerken",
                SentenceCase.apply("Über Die Stabilität Von Netzwerken", List.of(new ProtectedSpan(9, 19),
                        new ProtectedSpan(24, 34))));
    }
}
