package org.bibfolio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import org.bibfolio.testing.CliRun;
import org.bibfolio.testing.Fixtures;
import org.bibfolio.testing.Processes;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --format csl-json} is read by another CSL processor: pandoc ({@code --citeproc}) takes the file as its
 * bibliography and renders every entry in APA, without a warning.
 */
class CslJsonPandocTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"library.bib", "src/test/resources/fixtures/csl/varied.bib"})
    void pandocRendersEveryExportedEntry(String library) throws Exception {
        Processes.require("pandoc");
        Files.copy(Fixtures.projectDir().resolve(library), folder.resolve("library.bib"),
                StandardCopyOption.REPLACE_EXISTING);
        CliRun export = CliRun.in(folder, "export", "--flat", "--format", "csl-json", "-o", "items.json");
        assertEquals(0, export.exitCode(), export.err());
        try (InputStream apa = getClass().getClassLoader().getResourceAsStream("apa.csl")) {
            Files.copy(apa, folder.resolve("apa.csl"));
        }
        Files.writeString(folder.resolve("nocite.md"), "---\nnocite: '@*'\n---\n");

        Processes.Result pandoc = Processes.run(folder, "pandoc", "--citeproc", "--csl", "apa.csl",
                "--bibliography", "items.json", "-t", "plain", "--wrap=none", "nocite.md");
        assertEquals(0, pandoc.exitCode(), pandoc.output());
        assertFalse(pandoc.output().contains("[WARNING]"), pandoc.output());
        List<String> rendered = Arrays.stream(pandoc.output().strip().split("\n\n")).toList();
        JsonNode items = new ObjectMapper().readTree(folder.resolve("items.json").toFile());
        assertEquals(items.size(), rendered.size(), pandoc.output());
        for (JsonNode item : items) {
            String title = item.get("title").asText();
            assertTrue(rendered.stream().anyMatch(entry -> entry.contains(title)), title + " in " + pandoc.output());
        }
    }
}
