package org.bibfolio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bibfolio.testing.Fixtures;
import org.bibfolio.testing.Processes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GitHub Action's own step (action/export.sh, which action.yml runs) in a homepage repository of a stranger:
 * the inputs as the runner passes them (INPUT_* variables), the output file written, "changed" reported, and with
 * commit: true the new list committed and pushed to the repository's remote (a bare repository here).
 */
class GithubActionIT {

    @TempDir
    Path temp;

    private Path site;
    private Path remote;

    @BeforeEach
    void homepageRepository() throws Exception {
        Processes.require("git");
        remote = temp.resolve("remote.git");
        site = temp.resolve("homepage");
        git(temp, "init", "-q", "--bare", remote.toString());
        git(temp, "clone", "-q", remote.toString(), site.toString());
        Files.createDirectories(site.resolve("_data"));
        Files.copy(Fixtures.bundledLibrary(), site.resolve("papers.bib"));
        git(site, "add", ".");
        git(site, "-c", "user.name=Zofia", "-c", "user.email=z@example.org", "commit", "-q", "-m", "papers");
        git(site, "push", "-q", "origin", "HEAD");
    }

    @Test
    void writesTheListAndSaysItChanged() throws Exception {
        Path outputs = temp.resolve("github-output");
        Processes.Result run = action(Map.of("INPUT_LIBRARY", "papers.bib", "INPUT_OUTPUT", "_data/papers.html",
                "INPUT_FORMAT", "html", "INPUT_STYLE", "apa", "INPUT_SECTION", "conference",
                "GITHUB_OUTPUT", outputs.toString()));
        assertEquals(0, run.exitCode(), run.output());
        String html = Files.readString(site.resolve("_data/papers.html"));
        assertTrue(html.contains("<strong>Zhu,&nbsp;L.</strong>"), html);
        assertTrue(!html.contains("<h2>Journal"), "only the conference section was asked for");
        assertEquals("changed=true\n", Files.readString(outputs));
        Files.delete(outputs);
        assertEquals(0, action(Map.of("INPUT_LIBRARY", "papers.bib", "INPUT_OUTPUT", "_data/papers.html",
                "INPUT_FORMAT", "html", "INPUT_STYLE", "apa", "INPUT_SECTION", "conference",
                "GITHUB_OUTPUT", outputs.toString())).exitCode());
        assertEquals("changed=false\n", Files.readString(outputs));
    }

    @Test
    void commitsAndPushesTheNewList() throws Exception {
        Processes.Result run = action(Map.of("INPUT_LIBRARY", "papers.bib", "INPUT_OUTPUT", "publications.md",
                "INPUT_COMMIT", "true", "INPUT_QUERY", "year:2024"));
        assertEquals(0, run.exitCode(), run.output());
        Processes.Result log = git(remote, "log", "--format=%s", "-1", "--", "publications.md");
        assertEquals("Publication list regenerated from papers.bib by bibfolio\n", log.output());
        String list = git(remote, "show", "HEAD:publications.md").output();
        assertTrue(list.contains("(2024)") && !list.contains("(2023)"), list);
    }

    @Test
    void refusesAnUnknownStyleWithTheCliMessage() throws Exception {
        Processes.Result run = action(Map.of("INPUT_LIBRARY", "papers.bib", "INPUT_STYLE", "apaa"));
        assertEquals(2, run.exitCode());
        assertTrue(run.output().contains("bibfolio: error:"), run.output());
    }

    private Processes.Result action(Map<String, String> inputs) throws Exception {
        List<String> command = new ArrayList<>(List.of("env", "-i", "PATH=" + Path.of(System.getProperty(
                "java.home"), "bin") + ":/usr/bin:/bin", "HOME=" + temp, "GIT_AUTHOR_NAME=ci",
                "GIT_AUTHOR_EMAIL=ci@example.org", "GIT_COMMITTER_NAME=ci", "GIT_COMMITTER_EMAIL=ci@example.org",
                "BIBFOLIO=" + Fixtures.projectDir().resolve("target/bibfolio")));
        inputs.forEach((name, value) -> command.add(name + "=" + value));
        command.addAll(List.of("bash", Fixtures.projectDir().resolve("action/export.sh").toString()));
        return Processes.run(site, command.toArray(String[]::new));
    }

    private static Processes.Result git(Path directory, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Processes.Result result = Processes.run(directory, command.toArray(String[]::new));
        assertEquals(0, result.exitCode(), result.output());
        return result;
    }
}
