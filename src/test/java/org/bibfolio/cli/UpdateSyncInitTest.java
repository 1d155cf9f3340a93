package org.bibfolio.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.bibfolio.testing.CliRun;
import org.bibfolio.testing.Processes;
import org.bibfolio.testing.ReplayServer;
import org.bibfolio.testing.ReplayServer.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code update}, {@code sync --orcid} and {@code init}, against recorded answers on a loopback server. */
class UpdateSyncInitTest {

    private static final String PREPRINTS = """

            @misc{garcia2024linear,
              author    = {García, María José and Tanaka, Kazuo and Schmidt, Hannah},
              title     = {Linear-Time Attention via Random {Fourier--Walsh} Features},
              year      = {2024},
              month     = mar,
              eprint    = {2403.01234},
              eprinttype = {arxiv},
              pubstate  = {accepted},
            }

            @misc{garcia2024grokking,
              author    = {García, María José and Wiśniewski, Łukasz},
              title     = {Grokking in {BERT}-style Models is a Margin Phenomenon},
              year      = {2024},
              eprint    = {2405.05678},
              eprinttype = {arxiv},
            }
            """;

    @TempDir
    Path dir;
    Path library;
    ReplayServer server;
    Map<String, String> environment;

    @BeforeEach
    void start() throws Exception {
        server = new ReplayServer();
        environment = AddByIdentifierTest.environment(server);
        library = dir.resolve("library.bib");
        Files.copy(ReplayServer.RECORDED.resolve("library.bib"), library);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void withPreprints() throws Exception {
        Files.writeString(library, Files.readString(library) + PREPRINTS);
        server.on("/arxiv/query?id_list=2403.01234%2C2405.05678&max_results=2",
                Answer.ok("application/atom+xml", Files.readString(ReplayServer.RECORDED.resolve("arxiv/2403.01234.xml"))
                        .replace("</feed>", Files.readString(ReplayServer.RECORDED.resolve("arxiv/2405.05678.xml"))
                                .replaceAll("(?s).*?(<entry>.*</entry>).*", "$1") + "\n</feed>")));
        server.on("/arxiv/query?id_list=2403.01234&max_results=1", Answer.file("arxiv/2403.01234.xml"));
        server.on("/crossref/works/10.5555/neurips.2024.0042", Answer.file("crossref/neurips.2024.0042.json"));
    }

    @Test
    void updateTurnsTheAcceptedPreprintIntoThePublishedPaperKeepingBothLinks() throws Exception {
        withPreprints();
        CliRun run = CliRun.in(dir, environment, "update", "--yes");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("bibfolio: updated 1 of 1 published preprint(s); 1 with no published version found, left "
                + "untouched\n", run.err());
        String text = Files.readString(library);
        assertTrue(text.contains("""
                @inproceedings{garcia2024linear,
                  author    = {García, María José and Tanaka, Kazuo and Schmidt, Hannah},
                  title     = {Linear-Time Attention via Random {Fourier--Walsh} Features},
                """), text);
        for (String field : new String[] {"booktitle = {Advances in Neural Information Processing Systems 37}",
            "shortbooktitle = {NeurIPS}", "doi = {10.5555/neurips.2024.0042}", "month = dec",
            "pages = {1021--1034}", "publisher = {Curran Associates Inc.}"}) {
            assertTrue(text.replaceAll(" +=", " =").contains("  " + field + ",\n"), field + " in " + text);
        }
        assertTrue(text.contains("  eprint    = {2403.01234},\n  eprinttype = {arxiv},\n"), text);
        assertFalse(text.contains("pubstate"), text);
        assertTrue(text.contains("@misc{garcia2024grokking,"), "the unpublished preprint is untouched");
        CliRun list = CliRun.in(dir, "search", "key:garcia2024linear", "--format", "json");
        assertTrue(list.out().contains("\"category\" : \"conference\"") || list.out().contains("\"conference\""),
                list.out());
    }

    @Test
    void updateKeepsTheDateFieldAndTheVenueAsTheLibraryWritesIt() throws Exception {
        Files.writeString(library, Files.readString(library) + """

                @misc{garcia2024linear,
                  author    = {García, María José and Tanaka, Kazuo and Schmidt, Hannah},
                  title     = {Linear-Time Attention via Random {Fourier--Walsh} Features},
                  date      = {2024-03},
                  eprint    = {2403.01234},
                  eprinttype = {arxiv},
                  booktitle = {Advances in Neural Information Processing Systems {37}},
                  pubstate  = {accepted},
                }
                """);
        server.on("/arxiv/query?id_list=2403.01234&max_results=1", Answer.file("arxiv/2403.01234.xml"));
        server.on("/crossref/works/10.5555/neurips.2024.0042", Answer.file("crossref/neurips.2024.0042.json"));
        CliRun run = CliRun.in(dir, environment, "update", "garcia2024linear");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("-  date      = {2024-03},\n+  date      = {2024-12},\n"), run.out());
        assertFalse(run.out().contains("year"), "no year beside the date: " + run.out());
        assertFalse(run.out().contains("  booktitle "), "the venue line is the library's: " + run.out());
    }

    @Test
    void withoutATerminalOrYesUpdateOnlyProposes() throws Exception {
        withPreprints();
        byte[] before = Files.readAllBytes(library);
        CliRun run = CliRun.in(dir, environment, "update");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("@@ garcia2024linear\n-@misc{garcia2024linear,\n+@inproceedings{"),
                run.out());
        assertTrue(run.err().contains("1 change(s) proposed, none applied (run with --yes to apply them)"),
                run.err());
        assertArrayEquals(before, Files.readAllBytes(library));
        CliRun declined = CliRun.withInput(dir, environment, "n\n", true, "update");
        assertTrue(declined.err().contains("Apply this change to garcia2024linear? [y/n/a/q] "), declined.err());
        assertArrayEquals(before, Files.readAllBytes(library));
        CliRun accepted = CliRun.withInput(dir, environment, "y\n", true, "update", "garcia2024linear");
        assertEquals(0, accepted.exitCode(), accepted.err());
        assertTrue(Files.readString(library).contains("@inproceedings{garcia2024linear,"));
    }

    @Test
    void updateOfAnUnknownKeyOrANonPreprint() throws Exception {
        CliRun unknown = CliRun.in(dir, environment, "update", "garcia2023kernel");
        assertEquals(ExitCodes.USAGE, unknown.exitCode());
        assertTrue(unknown.err().contains("did you mean garcia2023kernels?"), unknown.err());
        CliRun published = CliRun.in(dir, environment, "update", "garcia2023kernels");
        assertEquals(0, published.exitCode(), published.err());
        assertTrue(published.err().startsWith("bibfolio: note: garcia2023kernels is not a preprint with an arXiv "
                + "id; left alone\n"), published.err());
        assertTrue(server.requests().stream().noneMatch(r -> r.path().startsWith("/crossref")));
    }

    @Test
    void syncListsTheOrcidWorksTheLibraryLacks() throws Exception {
        server.on("/orcid/0000-0002-1825-0097/works", Answer.file("orcid/0000-0002-1825-0097-works.json"));
        server.on("/crossref/works/10.5555/jmlr.2024.0117", Answer.file("crossref/jmlr.2024.0117.json"));
        assertEquals(0, CliRun.in(dir, environment, "add", "--doi", "10.5555/jmlr.2024.0117").exitCode());
        CliRun run = CliRun.in(dir, environment, "sync", "--orcid", "https://orcid.org/0000-0002-1825-0097");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("""
                2024  Linear-Time Attention via Random Fourier–Walsh Features  doi:10.5555/neurips.2024.0042  arXiv:2403.01234
                2024  Grokking in BERT-style Models is a Margin Phenomenon  arXiv:2405.05678
                2023  Kernels for the working statistician
                """, run.out());
        assertEquals("bibfolio: 3 of 4 works on ORCID 0000-0002-1825-0097 are not in library.bib; add them with "
                + "--add\n", run.err());
    }

    @Test
    void syncAddFetchesEachMissingWorkAndAddsItLikeAdd() throws Exception {
        server.on("/orcid/0000-0002-1825-0097/works", Answer.file("orcid/0000-0002-1825-0097-works.json"));
        server.on("/crossref/works/10.5555/jmlr.2024.0117", Answer.file("crossref/jmlr.2024.0117.json"));
        server.on("/crossref/works/10.5555/neurips.2024.0042", Answer.file("crossref/neurips.2024.0042.json"));
        server.on("/arxiv/query?id_list=2405.05678&max_results=1", Answer.file("arxiv/2405.05678.xml"));
        CliRun run = CliRun.in(dir, environment, "sync", "--orcid", "0000-0002-1825-0097", "--add");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("bibfolio: note: not added: 'Kernels for the working statistician' has no DOI or arXiv id; add "
                + "it with bibfolio add --title …\n", run.err());
        String text = Files.readString(library);
        assertTrue(text.contains("@article{garcia2024spectral,"), text);
        assertTrue(text.contains("@inproceedings{garcia2024linear,"), text);
        assertTrue(text.contains("@misc{garcia2024grokking,"), text);
        assertEquals(4, server.requests().size(), "one ORCID, two Crossref and one arXiv request");
        CliRun again = CliRun.in(dir, environment, "sync", "--orcid", "0000-0002-1825-0097");
        assertEquals("2023  Kernels for the working statistician\n", again.out());
    }

    @Test
    void syncOfAMistypedOrUnknownOrcidIsOneLine() throws Exception {
        CliRun typo = CliRun.in(dir, environment, "sync", "--orcid", "0000-0002-1825-0098");
        assertEquals(ExitCodes.USAGE, typo.exitCode());
        assertTrue(typo.err().startsWith("bibfolio: error: '0000-0002-1825-0098' is not an ORCID iD: its last "
                + "character, a check digit, does not fit the others, so a digit is mistyped"), typo.err());
        CliRun unknown = CliRun.in(dir, environment, "sync", "--orcid", "0000-0002-1694-233X");
        assertEquals(ExitCodes.DATA_ERROR, unknown.exitCode());
        assertTrue(unknown.err().startsWith("bibfolio: error: ORCID has no public record 0000-0002-1694-233X\n"),
                unknown.err());
    }

    @Test
    void initCreatesTheLibraryAndMakesGitIgnoreBibfoliosFiles() throws Exception {
        Path fresh = dir.resolve("cv");
        Files.createDirectories(fresh);
        CliRun run = CliRun.in(fresh, "init", "--owner", "García, María José", "--owner", "Garcia, M. J.",
                "--mailto", "maria.garcia@usal.example");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Created library.bib for García, María José.\n"), run.out());
        assertTrue(run.out().contains("bibfolio add --doi"), run.out());
        assertEquals("""
                @comment{bibfolio:
                  owner = García, María José and Garcia, M. J.
                  key-pattern = [auth][year][title]
                  mailto = maria.garcia@usal.example
                }
                """, Files.readString(fresh.resolve("library.bib")));
        assertFalse(Files.exists(fresh.resolve(".gitignore")), "git ignores .bibfolio/ by its own .gitignore");
        assertFalse(run.out().contains(".gitignore"), run.out());
        CliRun twice = CliRun.in(fresh, "init");
        assertTrue(twice.out().startsWith("library.bib already has a settings block"), twice.out());
    }

    @Test
    void initLeavesTheUsersGitignoreAsItIs() throws Exception {
        Path fresh = Files.createDirectories(dir.resolve("site"));
        String ignore = "_site/\r\n*.aux";
        Files.writeString(fresh.resolve(".gitignore"), ignore);
        assertEquals(0, CliRun.in(fresh, "init", "--owner", "Doe, Jane").exitCode());
        assertEquals(ignore, Files.readString(fresh.resolve(".gitignore")));
    }

    @Test
    void initOnAnExistingBibAddsOnlyTheSettingsBlock() throws Exception {
        Path mine = dir.resolve("papers.bib");
        String original = "% my papers\r\n@article{a, author = {Doe, Jane}, title = {T}, journal = {J}, year = 2020}"
                + "\r\n";
        Files.writeString(mine, original);
        CliRun run = CliRun.in(dir, "init", "-l", "papers.bib", "--owner", "Doe, Jane");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("@comment{bibfolio:\r\n  owner = Doe, Jane\r\n  key-pattern = [auth][year][title]\r\n}\r\n\r\n"
                + original, Files.readString(mine));
    }

    @Test
    void afterInitAndAnEditGitStatusShowsOnlyTheUsersFiles() throws Exception {
        Processes.require("git");
        Path repo = dir.resolve("repo");
        Files.createDirectories(repo);
        git(repo, "init", "-q");
        assertEquals(0, CliRun.in(repo, "init", "--owner", "Doe, Jane").exitCode());
        assertEquals(0, CliRun.in(repo, "add", "--type", "misc", "--title", "A note", "--author", "Doe, Jane",
                "--year", "2024").exitCode());
        assertEquals(0, CliRun.in(repo, "index").exitCode());
        assertEquals(0, CliRun.in(repo, "search", "note").exitCode());
        assertTrue(Files.isDirectory(repo.resolve(".bibfolio")));
        assertTrue(Files.exists(repo.resolve(".bibfolio/library.bib.lock")));
        assertEquals("?? library.bib\n", git(repo, "status", "--porcelain", "--untracked-files=all"));
    }

    private static String git(Path repo, String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = "git";
        System.arraycopy(args, 0, command, 1, args.length);
        Process process = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        return output;
    }
}
