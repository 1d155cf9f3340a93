package org.bibfolio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bibfolio.testing.CliRun;
import org.bibfolio.testing.Fixtures;
import org.bibfolio.testing.ReplayServer;
import org.bibfolio.testing.ReplayServer.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Müller and Mueller are one coauthor, and a name arXiv writes "Mueller" is added as the library writes it. */
class UmlautCoauthorTest {

    @TempDir
    Path dir;
    Path library;
    ReplayServer server;

    @BeforeEach
    void start() throws Exception {
        server = new ReplayServer();
        library = dir.resolve("library.bib");
        Files.copy(Fixtures.projectDir().resolve("src/test/resources/fixtures/editing/umlaut-coauthor.bib"), library);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void bothSpellingsAreOnePersonAndArxivsIsWrittenTheLibrarysWay() throws Exception {
        String before = CliRun.output(dir, "coauthors");
        assertTrue(before.lines().anyMatch(line -> line.matches("Jonas Müller\t3\t2021–2023")), before);
        assertTrue(before.lines().noneMatch(line -> line.startsWith("Jonas Mueller")), before);
        server.on("/arxiv/query?id_list=2407.04321&max_results=1", Answer.file("arxiv/2407.04321.xml"));
        CliRun add = CliRun.in(dir, AddByIdentifierTest.environment(server), "add", "--arxiv", "2407.04321");
        assertEquals(0, add.exitCode(), add.err());
        assertTrue(Files.readString(library).contains("author  = {Fernández-Ruiz, Inés and Müller, Jonas and "
                + "Okafor, Chidi}"), Files.readString(library));
        String after = CliRun.output(dir, "coauthors");
        assertTrue(after.lines().anyMatch(line -> line.matches("Jonas Müller\t4\t2021–2024")), after);
    }
}
