package org.bibfolio.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bibfolio.testing.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A preprint under review, kept as {@code @misc} on its server: the server is where it is read, not where it is
 * under review, so no house style writes "Submitted to arXiv", "Submitted to bioRxiv" or "To appear in arXiv".
 */
class SubmittedPreprintTest {

    @TempDir
    Path folder;

    @BeforeEach
    void library() throws Exception {
        Files.writeString(folder.resolve("library.bib"), """
                @comment{bibfolio:
                  owner = Petrov, Ivan S.
                }
                @misc{onArxiv, author = {Petrov, Ivan S.}, title = {On arXiv}, eprint = {2503.04567},
                  archiveprefix = {arXiv}, year = {2025}, pubstate = {submitted}}
                @misc{onBiorxiv, author = {Petrov, Ivan S.}, title = {On bioRxiv}, doi = {10.1101/2024.01.02.573456},
                  year = {2024}, pubstate = {submitted}}
                @article{toJournal, author = {Petrov, Ivan S.}, title = {To a journal}, journal = {Annals of Physics},
                  eprint = {2503.04568}, eprinttype = {arxiv}, year = {2023}, pubstate = {submitted}}
                @misc{acceptedOnArxiv, author = {Petrov, Ivan S.}, title = {Accepted}, eprint = {2503.04570},
                  archiveprefix = {arXiv}, year = {2022}, pubstate = {forthcoming}}
                """);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cv", "cv-numbered"})
    void theServerIsNoVenueUnderReview(String style) {
        List<String> lines = CliRun.output(folder, "export", "--style", style, "--section", "preprint", "--format",
                "text").lines().filter(line -> !line.isBlank()).toList();
        assertEquals(4, lines.size(), String.join("\n", lines));
        assertEquals(true, lines.get(0).endsWith("On arXiv. Submitted."), lines.get(0));
        assertEquals(true, lines.get(1).endsWith("On bioRxiv. bioRxiv. Submitted."), lines.get(1));
        assertEquals(true, lines.get(2).endsWith("To a journal. Submitted to Annals of Physics."), lines.get(2));
        // accepted, the journal not named: a preprint that will appear, not "To appear in arXiv" among the talks
        assertEquals(true, lines.get(3).contains("Accepted. To appear."), lines.get(3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"onArxiv", "onBiorxiv"})
    void jsonNamesNoTargetForAServer(String key) {
        String json = CliRun.output(folder, "list", "--json");
        String entry = json.substring(json.indexOf("\"" + key + "\""));
        String status = entry.substring(entry.indexOf("\"status\""), entry.indexOf("}", entry.indexOf("\"status\"")));
        assertFalse(status.contains("\"to\""), status);
    }
}
