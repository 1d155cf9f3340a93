package org.bibfolio.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bibfolio.model.PersonName;
import org.bibfolio.testing.ReplayServer;
import org.bibfolio.testing.ReplayServer.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Crossref, arXiv and ORCID against a loopback server replaying answers in the services' real shapes. */
class SourcesTest {

    private final ReplayServer server = new ReplayServer();
    private final FakePacing pacing = new FakePacing();

    SourcesTest() throws java.io.IOException {
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Services services(Duration timeout) {
        return new Services(new ServiceSettings(URI.create(server.url("/crossref")), URI.create(server.url("/arxiv")),
                URI.create(server.url("/orcid")), Optional.of("maria.garcia@usal.example"), "9.9", timeout, timeout,
                Duration.ofSeconds(30)), pacing);
    }

    private Services services() {
        return services(Duration.ofSeconds(10));
    }

    @Test
    void crossrefWorkBecomesLatexTextAndSplitNames() throws Exception {
        server.on("/crossref/works/10.5555/jmlr.2024.0117", Answer.file("crossref/jmlr.2024.0117.json"));
        Work work = services().crossref().work("10.5555/jmlr.2024.0117");
        assertEquals(Work.Kind.JOURNAL_ARTICLE, work.kind());
        assertEquals("Spectral bias of \\textit{k}-nearest-neighbour kernels \\& SGD at 100\\% width", work.title());
        assertEquals(12, work.authors().size());
        assertEquals(new PersonName("M. J.", "", "Garcia", ""), work.authors().get(0));
        assertEquals(new PersonName("Jan", "", "van der Berg", ""), work.authors().get(3));
        assertEquals(new PersonName("", "", "The Open Kernels Consortium", ""), work.authors().get(11));
        assertEquals(Optional.of("Journal of Machine Learning Research"), work.venue());
        assertEquals(Optional.of("J. Mach. Learn. Res."), work.venueShort());
        assertEquals(Optional.of(2024), work.year());
        assertEquals(Optional.of(6), work.month());
        assertEquals(Optional.of("25"), work.volume());
        assertEquals(Optional.of("117"), work.number());
        assertEquals(Optional.of("1--38"), work.pages());
        assertEquals(Optional.of("10.5555/jmlr.2024.0117"), work.doi());
        ReplayServer.Request request = server.requests().get(0);
        assertEquals("bibfolio/9.9 (mailto:maria.garcia@usal.example)", request.headers().get("user-agent"));
        assertEquals("application/json", request.headers().get("accept"));
    }

    @Test
    void aProceedingsArticleTakesTheEventAcronymAsItsShortName() throws Exception {
        server.on("/crossref/works/10.5555/neurips.2024.0042", Answer.file("crossref/neurips.2024.0042.json"));
        Work work = services().crossref().work("10.5555/neurips.2024.0042");
        assertEquals(Work.Kind.PROCEEDINGS_ARTICLE, work.kind());
        assertEquals(Optional.of("Advances in Neural Information Processing Systems 37"), work.venue());
        assertEquals(Optional.of("NeurIPS"), work.venueShort());
        assertEquals(Optional.of(12), work.month());
        assertEquals(Optional.of("Curran Associates Inc."), work.publisher());
    }

    @Test
    void anUnknownDoiIsOneSentence() {
        SourceException.UnknownWork error = assertThrows(SourceException.UnknownWork.class,
                () -> services().crossref().work("10.5555/nothing.here"));
        assertEquals("Crossref has no work with DOI 10.5555/nothing.here", error.getMessage());
    }

    @Test
    void a429IsRetriedOnceAfterTheWaitItAsksFor() throws Exception {
        server.on("/crossref/works/10.5555/jmlr.2024.0117",
                Answer.status(429, "Too Many Requests", Map.of("Retry-After", "1")),
                Answer.file("crossref/jmlr.2024.0117.json"));
        Work work = services().crossref().work("10.5555/jmlr.2024.0117");
        assertEquals(Optional.of("25"), work.volume());
        assertEquals(2, server.requests().size());
        assertEquals(List.of(Duration.ofSeconds(1)), pacing.waits());
    }

    @Test
    void aServiceStillBusyAfterTheRetryIsUnreachable() {
        server.on("/crossref/works/10.5555/jmlr.2024.0117",
                Answer.status(503, "busy", Map.of("Retry-After", "2")));
        SourceException.Unreachable error = assertThrows(SourceException.Unreachable.class,
                () -> services().crossref().work("10.5555/jmlr.2024.0117"));
        assertEquals("Crossref (127.0.0.1) is busy: HTTP 503 again after waiting 2 s", error.getMessage());
        assertEquals(2, server.requests().size());
    }

    @Test
    void aRetryAfterLongerThanWeWaitFailsAtOnce() {
        server.on("/crossref/works/10.5555/jmlr.2024.0117",
                Answer.status(429, "slow down", Map.of("Retry-After", "3600")));
        SourceException.Unreachable error = assertThrows(SourceException.Unreachable.class,
                () -> services().crossref().work("10.5555/jmlr.2024.0117"));
        assertEquals("Crossref (127.0.0.1) is busy (HTTP 429) and asks to wait 3600 s", error.getMessage());
        assertEquals(1, server.requests().size());
        assertTrue(pacing.waits().isEmpty());
    }

    @Test
    void aServerThatNeverAnswersTimesOut() {
        server.on("/crossref/works/10.5555/jmlr.2024.0117", Answer.never());
        SourceException.Unreachable error = assertThrows(SourceException.Unreachable.class,
                () -> services(Duration.ofMillis(300)).crossref().work("10.5555/jmlr.2024.0117"));
        assertEquals("cannot reach Crossref at 127.0.0.1: no answer within 0.3 s", error.getMessage());
        assertEquals(Optional.of("check the network connection, or set BIBFOLIO_CROSSREF_URL to a mirror"),
                error.hint());
    }

    @Test
    void aPortNobodyListensOnIsUnreachable() throws Exception {
        int port = ReplayServer.closedPort();
        Services services = new Services(new ServiceSettings(URI.create("http://127.0.0.1:" + port),
                URI.create("http://127.0.0.1:" + port), URI.create("http://127.0.0.1:" + port), Optional.empty(),
                "9.9", Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(30)), pacing);
        SourceException.Unreachable error = assertThrows(SourceException.Unreachable.class,
                () -> services.arxiv().work("2405.05678"));
        assertEquals("cannot reach arXiv at 127.0.0.1: connection refused", error.getMessage());
    }

    @Test
    void malformedJsonIsAnUnreadableAnswer() {
        server.on("/crossref/works/10.5555/jmlr.2024.0117", Answer.file("crossref/malformed.json"));
        SourceException.UnreadableAnswer error = assertThrows(SourceException.UnreadableAnswer.class,
                () -> services().crossref().work("10.5555/jmlr.2024.0117"));
        assertTrue(error.getMessage().startsWith("Crossref's answer is not valid JSON (line 1, column "),
                error.getMessage());
    }

    @Test
    void anArxivPaperWithItsPublishedVersion() throws Exception {
        server.on("/arxiv/query?id_list=2403.01234&max_results=1", Answer.file("arxiv/2403.01234.xml"));
        Work work = services().arxiv().work("2403.01234");
        assertEquals(Work.Kind.PREPRINT, work.kind());
        assertEquals("Linear-Time Attention via Random Fourier--Walsh Features: an $\\mathcal{O}(n)$ Transformer",
                work.title());
        assertEquals(new PersonName("María José", "", "García", ""), work.authors().get(0));
        assertEquals(Optional.of("2403.01234"), work.arxiv());
        assertEquals(Optional.of("cs.LG"), work.arxivClass());
        assertEquals(Optional.of(2024), work.year());
        assertEquals(Optional.of(3), work.month());
        assertEquals(Optional.of("10.5555/neurips.2024.0042"), work.publishedDoi());
        assertEquals(Optional.of("Advances in Neural Information Processing Systems 37 (2024) 1021-1034"),
                work.journalRef());
        assertEquals("application/atom+xml", server.requests().get(0).headers().get("accept"));
    }

    @Test
    void anArxivPaperWithoutPublishedVersion() throws Exception {
        server.on("/arxiv/query?id_list=2405.05678&max_results=1", Answer.file("arxiv/2405.05678.xml"));
        Work work = services().arxiv().work("2405.05678v1");
        assertEquals(new PersonName("Jan", "van der", "Berg", ""), work.authors().get(2));
        assertEquals(Optional.empty(), work.publishedDoi());
        assertEquals(Optional.empty(), work.journalRef());
    }

    @Test
    void anEmptyFeedMeansArxivHasNoSuchPaper() {
        server.on("/arxiv/query?id_list=2407.99999&max_results=1", Answer.file("arxiv/empty.xml"));
        SourceException.UnknownWork error = assertThrows(SourceException.UnknownWork.class,
                () -> services().arxiv().work("2407.99999"));
        assertEquals("arXiv has no paper with id 2407.99999", error.getMessage());
    }

    @Test
    void malformedXmlIsAnUnreadableAnswer() {
        server.on("/arxiv/query?id_list=2405.05678&max_results=1", Answer.file("arxiv/malformed.xml"));
        SourceException.UnreadableAnswer error = assertThrows(SourceException.UnreadableAnswer.class,
                () -> services().arxiv().work("2405.05678"));
        assertTrue(error.getMessage().startsWith("arXiv's answer is not valid XML (line "), error.getMessage());
    }

    @Test
    void aDoctypeIsRefusedSoNoEntityIsEverExpanded() {
        server.on("/arxiv/query?id_list=2405.05678&max_results=1", Answer.file("arxiv/doctype.xml"));
        SourceException.UnreadableAnswer error = assertThrows(SourceException.UnreadableAnswer.class,
                () -> services().arxiv().work("2405.05678"));
        assertTrue(error.getMessage().contains("DOCTYPE"), error.getMessage());
        assertFalse(error.getMessage().contains("root:"), error.getMessage());
    }

    @Test
    void arxivGetsOneRequestPerThreeSecondsAcrossTheCommand() throws Exception {
        server.on("/arxiv/query?id_list=2403.01234&max_results=1", Answer.file("arxiv/2403.01234.xml"));
        server.on("/arxiv/query?id_list=2405.05678&max_results=1", Answer.file("arxiv/2405.05678.xml"));
        Services services = services();
        services.arxiv().work("2403.01234");
        services.crossref().works(List.of());
        services.arxiv().work("2405.05678");
        services.arxiv().work("2403.01234");
        assertEquals(List.of(Duration.ofSeconds(3), Duration.ofSeconds(3)), pacing.waits());
        assertEquals(3, server.requests().size());
    }

    @Test
    void manyIdsGoInBatchesAndAreMatchedById() throws Exception {
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 41; i++) {
            ids.add(String.format("2401.%05d", i));
        }
        ids.set(3, "2405.05678");
        String first = String.join("%2C", ids.subList(0, 40));
        server.on("/arxiv/query?id_list=" + first + "&max_results=40", Answer.file("arxiv/2405.05678.xml"));
        server.on("/arxiv/query?id_list=2401.00040&max_results=1", Answer.file("arxiv/empty.xml"));
        Map<String, Work> works = services().arxiv().works(ids);
        assertEquals(List.of("2405.05678"), List.copyOf(works.keySet()));
        assertEquals(2, server.requests().size());
        assertEquals(List.of(Duration.ofSeconds(3)), pacing.waits());
    }

    @Test
    void orcidListsTheWorksWithTheirOwnIdentifiersOnly() throws Exception {
        server.on("/orcid/0000-0002-1825-0097/works", Answer.file("orcid/0000-0002-1825-0097-works.json"));
        List<Work> works = services().orcid().worksOf("0000-0002-1825-0097");
        assertEquals(4, works.size());
        assertEquals("Spectral bias of k-nearest-neighbour kernels \\& SGD at 100\\% width", works.get(0).title());
        assertEquals(Optional.of("10.5555/jmlr.2024.0117"), works.get(0).doi());
        assertEquals(Optional.of("2403.01234"), works.get(1).arxiv());
        assertEquals(Work.Kind.PROCEEDINGS_ARTICLE, works.get(1).kind());
        assertEquals(Optional.empty(), works.get(2).doi());
        assertEquals(Optional.of("2405.05678"), works.get(2).arxiv());
        assertEquals(Optional.empty(), works.get(3).doi(), "a part-of DOI is the book's, not the chapter's");
        assertEquals(Optional.of(2023), works.get(3).year());
        assertTrue(works.get(0).authors().isEmpty());
    }

    @Test
    void identifiersArePastedInManyForms() {
        assertEquals(Optional.of("10.1145/3184558.3186235"), Identifiers.doi("https://doi.org/10.1145/3184558.3186235"));
        assertEquals(Optional.of("10.1145/3184558.3186235"), Identifiers.doi("doi: 10.1145/3184558.3186235"));
        assertEquals(Optional.empty(), Identifiers.doi("3184558.3186235"));
        assertEquals(Optional.of("2403.01234v2"), Identifiers.arxiv("https://arxiv.org/pdf/2403.01234v2.pdf"));
        assertEquals(Optional.of("math/0211159"), Identifiers.arxiv("arXiv:math/0211159"));
        assertEquals(Optional.empty(), Identifiers.arxiv("2403"));
        assertEquals(Optional.of("0000-0002-1825-0097"), Identifiers.orcid("https://orcid.org/0000-0002-1825-0097"));
        assertEquals(Optional.of("0000-0002-1694-233X"), Identifiers.orcid("0000-0002-1694-233x"));
        assertEquals(Optional.empty(), Identifiers.orcid("0000-0002-1825-0098"), "wrong check digit");
    }
}
