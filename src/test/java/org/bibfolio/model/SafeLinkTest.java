package org.bibfolio.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which targets become links, and to what; everything that could run code stays text. */
class SafeLinkTest {

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JaVa\tScript:alert(1)", "java\nscript:alert(1)",
        "  JAVASCRIPT:alert(1)", "\u0001javascript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=",
        "vbscript:msgbox(1)", "file:///etc/passwd", "run:calc.exe", "ftp://ftp.example.org/x",
        "javascript&colon;alert(1)", "javascript&#58;alert(1)", "\u200Bjavascript:alert(1)", "C:\\papers\\a.pdf",
        "arxiv:not-an-id", "doi:", "", "   "})
    void targetsThatCouldRunCodeOrAreNotLinksStayText(String target) {
        assertEquals(Optional.empty(), SafeLink.href(target), target);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://en.wikipedia.org/wiki/Kernel_(statistics) | https://en.wikipedia.org/wiki/Kernel_(statistics)",
        "HTTP://EXAMPLE.ORG/A                               | HTTP://EXAMPLE.ORG/A",
        "'  https://example.org/long\n   /path '            | https://example.org/long   /path",
        "mailto:ewa.nowak@example.org                       | mailto:ewa.nowak@example.org",
        "doi:10.1000/xyz123                                 | https://doi.org/10.1000/xyz123",
        "DOI: 10.1000/xyz123                                | https://doi.org/10.1000/xyz123",
        "10.1000/a#b?c                                      | https://doi.org/10.1000/a%23b%3Fc",
        "arXiv:2501.08811v2                                 | https://arxiv.org/abs/2501.08811v2",
        "2501.08811                                         | https://arxiv.org/abs/2501.08811",
        "math.PR/0601001                                    | https://arxiv.org/abs/math.PR/0601001",
        "www.example.org/~me                                | https://www.example.org/~me",
        "papers/nowak 2022.pdf                              | papers/nowak 2022.pdf",
        "/assets/pdf/a.pdf                                  | /assets/pdf/a.pdf",
        "a.pdf?page=2&x=1                                   | a.pdf?page=2&x=1",
    })
    void allowedTargetsAndWhatTheyLinkTo(String target, String href) {
        assertEquals(Optional.of(href), SafeLink.href(target));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0 | https://doi.org/10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0",
        "10.1000/100%25sure                                          | https://doi.org/10.1000/100%25sure",
        "10.1000/100%sure                                            | https://doi.org/10.1000/100%25sure",
        "'10.1000/a \"b\"'                                           | https://doi.org/10.1000/a%20%22b%22",
    })
    void doiUrlsEncodeWhatTheDoiHandbookSays(String doi, String url) {
        assertEquals(url, SafeLink.doiUrl(doi));
    }

    @org.junit.jupiter.api.Test
    void percentEncodingWritesUtf8Bytes() {
        assertEquals("Z%C3%BCrich%20(1)", SafeLink.percentEncoded("Zürich (1)", c -> c < 0x80 && c != ' '));
        assertEquals("%F0%9F%93%84", SafeLink.percentEncoded("📄", c -> false));
    }

    /** Whatever the text, a link comes out only with an allowed scheme, or with none at all. */
    @Property(tries = 2000)
    void noTargetLinksWithAnotherScheme(@ForAll("targets") String target) {
        SafeLink.href(target).ifPresent(href -> {
            String lower = href.toLowerCase(Locale.ROOT);
            String firstSegment = lower.split("[/?#]", 2)[0];
            boolean allowedScheme = lower.startsWith("http:") || lower.startsWith("https:")
                    || lower.startsWith("mailto:");
            assertTrue(allowedScheme || !firstSegment.contains(":") && !firstSegment.contains("&"), href);
            assertTrue(href.chars().noneMatch(c -> c == '\t' || c == '\n' || c == '\r'), href);
        });
    }

    @Provide
    Arbitrary<String> targets() {
        Arbitrary<String> scheme = Arbitraries.of("javascript", "JaVaScRiPt", "java\tscript", "data", "vbscript",
                "http", "https", "mailto", "doi", "arxiv", "file", "", " ", "\u0000", "&colon;");
        Arbitrary<String> rest = Arbitraries.strings().withChars(":/&#;?()<> \t\nabc019.").ofMaxLength(12);
        return net.jqwik.api.Combinators.combine(scheme, Arbitraries.of(":", "", "&#58;", "%3A"), rest)
                .as((s, colon, r) -> s + colon + r);
    }
}
