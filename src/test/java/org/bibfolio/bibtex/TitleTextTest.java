package org.bibfolio.bibtex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.bibfolio.model.ProtectedSpan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which letters of a decoded title its braces protect: found where the group stands, not where its text first occurs. */
class TitleTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Proximal Gradient Methods for Nonsmooth {M}-Estimation | M",
        "{SGD} and {SGD} again | SGD,SGD",
        "Training {GANs}: a {GAN} story | GANs,GAN",
        "A note on {$L$}-smooth {L}osses | L,L"})
    void eachGroupProtectsItsOwnLetters(String raw, String groups) {
        String decoded = LatexDecoder.decode(raw);
        List<ProtectedSpan> spans = TitleText.protectedSpans(raw, decoded);
        List<String> expected = List.of(groups.split(","));
        assertEquals(expected, spans.stream().map(s -> decoded.substring(s.start(), s.end())).toList());
        if (raw.startsWith("Proximal")) {
            assertEquals(decoded.lastIndexOf('M'), spans.get(0).start());
        }
        if (raw.startsWith("A note")) {
            assertEquals(decoded.indexOf("Losses"), spans.get(1).start());
        }
    }
}
