package org.bibfolio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bibfolio.testing.CliRun;
import org.bibfolio.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code status KEY published --venue} on preprints as Scholar and bioRxiv write them. */
class PublishPreprintTest {

    @TempDir
    Path folder;

    private Path library;

    @BeforeEach
    void copyLibrary() throws Exception {
        library = folder.resolve("library.bib");
        Files.copy(Fixtures.projectDir().resolve("src/test/resources/fixtures/editing/preprints-published.bib"),
                library);
    }

    @Test
    void aPreprintThatAlreadyNamesItsJournalBecomesAnArticleThere() throws Exception {
        CliRun run = CliRun.in(folder, "status", "okafor2024atlas", "published", "--venue", "Cell Systems");
        assertEquals(0, run.exitCode(), run.err());
        String entry = entry("okafor2024atlas");
        assertTrue(entry.startsWith("@article{okafor2024atlas,"), entry);
        assertTrue(entry.contains("journal={Cell Systems}"), entry);
        assertFalse(entry.contains("pubstate"), entry);
    }

    @Test
    void theServersDoiUrlAndPublisherGoAndTheNoteSaysWhatTheyWere() throws Exception {
        CliRun run = CliRun.in(folder, "status", "okafor2024organoid", "published", "--venue", "Nature Methods");
        assertEquals(0, run.exitCode(), run.err());
        String entry = entry("okafor2024organoid");
        assertTrue(entry.contains("journal={Nature Methods}"), entry);
        assertFalse(entry.contains("10.1101"), entry);
        assertFalse(entry.contains("Cold Spring Harbor"), entry);
        assertTrue(entry.contains("eprint={2402.01234}"), "an arXiv id is shown beside the journal: " + entry);
        assertTrue(run.err().contains("okafor2024organoid: removed pages = {2024--02}, doi = {10.1101/2024.02.14.580311}, "
                + "url = {https://www.biorxiv.org/content/10.1101/2024.02.14.580311v1}, publisher = {Cold Spring Harbor "
                + "Laboratory}: they are the preprint's, not the paper's in Nature Methods"), run.err());
        CliRun apa = CliRun.in(folder, "export", "--style", "apa", "--format", "text");
        assertFalse(apa.out().contains("10.1101/2024.02.14"), apa.out());
    }

    @Test
    void anArticleAtTheServerAsZoteroWritesItLosesTheServersFieldsToo() throws Exception {
        CliRun run = CliRun.in(folder, "status", "okafor2023zotero", "published", "--venue", "Nature Methods");
        assertEquals(0, run.exitCode(), run.err());
        String entry = entry("okafor2023zotero");
        assertTrue(entry.contains("journal={Nature Methods}"), entry);
        assertFalse(entry.contains("10.1101"), entry);
        assertFalse(entry.contains("Cold Spring Harbor"), entry);
        assertTrue(run.err().contains("okafor2023zotero: removed doi = {10.1101/2023.05.01.538999}"), run.err());
    }

    private String entry(String key) throws Exception {
        String text = Files.readString(library);
        int start = text.indexOf("{" + key + ",");
        int at = text.lastIndexOf('@', start);
        return text.substring(at, text.indexOf("\n}", start) + 2);
    }
}
