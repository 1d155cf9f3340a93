package org.bibfolio.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.bibfolio.testing.CliRun;
import org.bibfolio.testing.ReplayServer;
import org.bibfolio.testing.ReplayServer.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code add --doi} and {@code add --arxiv} end to end, against recorded answers on a loopback server. */
class AddByIdentifierTest {

    static final String JMLR = "/crossref/works/10.5555/jmlr.2024.0117";
    static final String NEURIPS = "/crossref/works/10.5555/neurips.2024.0042";
    static final String LINEAR = "/arxiv/query?id_list=2403.01234&max_results=1";
    static final String GROKKING = "/arxiv/query?id_list=2405.05678&max_results=1";

    @TempDir
    Path dir;
    Path library;
    ReplayServer server;

    @BeforeEach
    void start() throws Exception {
        server = new ReplayServer();
        library = dir.resolve("library.bib");
        Files.copy(ReplayServer.RECORDED.resolve("library.bib"), library);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static Map<String, String> environment(ReplayServer server) {
        return Map.of("BIBFOLIO_CROSSREF_URL", server.url("/crossref"), "BIBFOLIO_ARXIV_URL", server.url("/arxiv"),
                "BIBFOLIO_ORCID_URL", server.url("/orcid"), "BIBFOLIO_MAILTO", "maria.garcia@usal.example");
    }

    private CliRun run(String... args) {
        return CliRun.in(dir, environment(server), args);
    }

    @Test
    void aDoiBecomesACleanArticleWithTheLibrarysSpellingOfItsAuthors() throws Exception {
        server.on(JMLR, Answer.file("crossref/jmlr.2024.0117.json"));
        CliRun run = run("add", "--doi", "https://doi.org/10.5555/jmlr.2024.0117", "--selected");
        assertEquals(0, run.exitCode(), run.err());
        String text = Files.readString(library);
        assertTrue(text.endsWith("""
                @article{garcia2024spectral,
                  author    = {García, María José and Wiśniewski, Łukasz and Wang, Xiaoming and van der Berg, Jan and Tanaka, Kazuo and Dubois-Lefèvre, Amélie and Raghunathan, Priya and Adeyemi, Olusegun and Karlsson, Sofia and Ó Briain, Tomás and Schmidt, Hannah and {The Open Kernels Consortium}},
                  title     = {Spectral bias of \\textit{k}-nearest-neighbour kernels \\& {SGD} at 100\\% width},
                  journal   = {Journal of Machine Learning Research},
                  shortjournal = {J. Mach. Learn. Res.},
                  year      = {2024},
                  month     = jun,
                  doi       = {10.5555/jmlr.2024.0117},
                  keywords  = {selected},
                  volume    = {25},
                  number    = {117},
                  pages     = {1--38},
                }
                """), text);
        assertTrue(run.out().startsWith("@@ garcia2024spectral\n+@article{garcia2024spectral,\n"), run.out());
        assertEquals("", run.err());
        assertEquals(0, CliRun.in(dir, "check").exitCode());
    }

    @Test
    void anArxivIdWithAPublishedVersionBecomesThePublishedPaperWithBothLinks() throws Exception {
        server.on(LINEAR, Answer.file("arxiv/2403.01234.xml"));
        server.on(NEURIPS, Answer.file("crossref/neurips.2024.0042.json"));
        CliRun run = run("add", "--arxiv", "arXiv:2403.01234");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("bibfolio: note: arXiv links 2403.01234 to its published version, DOI 10.5555/neurips.2024.0042;"
                + " the entry describes that, with the arXiv id kept\n", run.err());
        String text = Files.readString(library);
        assertTrue(text.endsWith("""
                @inproceedings{garcia2024linear,
                  author    = {García, María José and Tanaka, Kazuo and Schmidt, Hannah},
                  title     = {Linear-Time Attention via Random Fourier–Walsh Features},
                  booktitle = {Advances in Neural Information Processing Systems 37},
                  shortbooktitle = {NeurIPS},
                  year      = {2024},
                  month     = dec,
                  doi       = {10.5555/neurips.2024.0042},
                  eprint    = {2403.01234},
                  eprinttype = {arxiv},
                  eprintclass = {cs.LG},
                  pages     = {1021--1034},
                  publisher = {Curran Associates Inc.},
                }
                """), text);
    }

    @Test
    void anArxivOnlyPaperIsAPreprintWithTheUsersMarks() throws Exception {
        server.on(GROKKING, Answer.file("arxiv/2405.05678.xml"));
        CliRun run = run("add", "--arxiv", "2405.05678", "--status", "submitted", "--tag", "Spotlight");
        assertEquals(0, run.exitCode(), run.err());
        String text = Files.readString(library);
        assertTrue(text.endsWith("""
                @misc{garcia2024grokking,
                  author    = {García, María José and Wiśniewski, Łukasz and van der Berg, Jan},
                  title     = {Grokking in {BERT}-style Models is a Margin Phenomenon},
                  year      = {2024},
                  month     = may,
                  eprint    = {2405.05678},
                  eprinttype = {arxiv},
                  eprintclass = {cs.CL},
                  pubstate  = {submitted},
                  keywords  = {Spotlight},
                }
                """), text);
    }

    @Test
    void anIdentifierGivenWithTheFieldsOfAPaperIsJustItsDoiField() throws Exception {
        CliRun run = run("add", "--doi", "10.5555/jmlr.2024.0117", "--type", "article", "--title", "Typed by hand",
                "--author", "García, María José", "--year", "2024", "--venue", "JMLR");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(server.requests().isEmpty(), "nothing is fetched");
        assertTrue(Files.readString(library).contains("doi       = {10.5555/jmlr.2024.0117}"));
    }

    @Test
    void aPaperAlreadyInTheLibraryIsRefusedAsEveryAddIs() throws Exception {
        server.on(JMLR, Answer.file("crossref/jmlr.2024.0117.json"));
        assertEquals(0, run("add", "--doi", "10.5555/jmlr.2024.0117").exitCode());
        byte[] before = Files.readAllBytes(library);
        CliRun again = run("add", "--doi", "10.5555/jmlr.2024.0117");
        assertEquals(ExitCodes.DATA_ERROR, again.exitCode());
        assertTrue(again.err().startsWith("bibfolio: error: garcia2024spectralb repeats garcia2024spectral "
                + "(line "), again.err());
        assertArrayEquals(before, Files.readAllBytes(library));
    }

    @Test
    void inATerminalTheEntryIsShownAndWrittenOnlyOnYes() throws Exception {
        server.on(GROKKING, Answer.file("arxiv/2405.05678.xml"));
        byte[] before = Files.readAllBytes(library);
        CliRun no = CliRun.withInput(dir, environment(server), "n\n", true, "add", "--arxiv", "2405.05678");
        assertEquals(0, no.exitCode(), no.err());
        assertTrue(no.out().startsWith("@@ garcia2024grokking\n+@misc{garcia2024grokking,"), no.out());
        assertEquals("Add it to library.bib? [Y/n] bibfolio: nothing added\n", no.err());
        assertArrayEquals(before, Files.readAllBytes(library));
        CliRun yes = CliRun.withInput(dir, environment(server), "\n", true, "add", "--arxiv", "2405.05678");
        assertEquals(0, yes.exitCode(), yes.err());
        assertEquals("Add it to library.bib? [Y/n] bibfolio: added garcia2024grokking to library.bib\n", yes.err());
        assertTrue(Files.readString(library).contains("@misc{garcia2024grokking,"));
    }

    @Test
    void everyNetworkFailureIsOneLineWithItsExitCodeAndWritesNothing() throws Exception {
        byte[] before = Files.readAllBytes(library);
        server.on(JMLR, Answer.file("crossref/malformed.json"));
        CliRun malformed = run("add", "--doi", "10.5555/jmlr.2024.0117");
        assertEquals(ExitCodes.PROTOCOL, malformed.exitCode());
        assertTrue(malformed.err().startsWith("bibfolio: error: Crossref's answer is not valid JSON (line 1, column "),
                malformed.err());

        CliRun unknown = run("add", "--doi", "10.5555/nothing.here");
        assertEquals(ExitCodes.DATA_ERROR, unknown.exitCode());
        assertTrue(unknown.err().startsWith("bibfolio: error: Crossref has no work with DOI 10.5555/nothing.here\n"),
                unknown.err());

        server.on("/arxiv/query?id_list=2407.99999&max_results=1", Answer.file("arxiv/empty.xml"));
        CliRun noPaper = run("add", "--arxiv", "2407.99999");
        assertEquals(ExitCodes.DATA_ERROR, noPaper.exitCode());
        assertTrue(noPaper.err().startsWith("bibfolio: error: arXiv has no paper with id 2407.99999\n"));

        int port = ReplayServer.closedPort();
        CliRun down = CliRun.in(dir, Map.of("BIBFOLIO_CROSSREF_URL", "http://127.0.0.1:" + port), "add", "--doi",
                "10.5555/jmlr.2024.0117");
        assertEquals(ExitCodes.UNAVAILABLE, down.exitCode());
        assertEquals("bibfolio: error: cannot reach Crossref at 127.0.0.1: connection refused\n"
                + "  check the network connection, or set BIBFOLIO_CROSSREF_URL to a mirror\n", down.err());

        server.on(GROKKING, Answer.never());
        Map<String, String> impatient = new java.util.HashMap<>(environment(server));
        impatient.put("BIBFOLIO_HTTP_TIMEOUT", "0.3");
        CliRun slow = CliRun.in(dir, impatient, "add", "--arxiv", "2405.05678");
        assertEquals(ExitCodes.UNAVAILABLE, slow.exitCode());
        assertTrue(slow.err().startsWith("bibfolio: error: cannot reach arXiv at 127.0.0.1: no answer within 0.3 s\n"),
                slow.err());

        CliRun notADoi = run("add", "--doi", "3184558.3186235");
        assertEquals(ExitCodes.USAGE, notADoi.exitCode());
        assertFalse(notADoi.err().contains("Exception"), notADoi.err());
        assertArrayEquals(before, Files.readAllBytes(library));
    }

    @Test
    void aDryRunShowsTheFetchedEntryAndWritesNothing() throws Exception {
        server.on(JMLR, Answer.file("crossref/jmlr.2024.0117.json"));
        byte[] before = Files.readAllBytes(library);
        CliRun run = run("add", "--doi", "10.5555/jmlr.2024.0117", "--dry-run");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("+  doi       = {10.5555/jmlr.2024.0117},"), run.out());
        assertArrayEquals(before, Files.readAllBytes(library));
    }
}
