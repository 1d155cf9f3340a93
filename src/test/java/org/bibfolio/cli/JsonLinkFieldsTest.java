package org.bibfolio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bibfolio.testing.CliRun;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A wrapped or listed URL (Beebe's TeX Live style) reads as one link in JSON's fields, as in its links. */
class JsonLinkFieldsTest {

    private static final String BEEBE_ENTRY = """
            @Article{Nowak:2022:WLU,
              author =       "Anna Nowak",
              title =        "Wrapped links in the wild",
              journal =      "J. Links",
              year =         "2022",
              doi =          "https://doi.org/10.1000/xyz123",
              URL =          "http://www.example.org/papers/
                             nowak2022.pdf;
                             http://mirror.example.org/nowak2022.pdf",
              slides =       "https://example.org/talks/
                              nowak-slides.pdf",
            }
            """;

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"export --format json", "list --json"})
    void linkFieldsHoldTheLinkAsRead(String command) throws Exception {
        Files.writeString(folder.resolve("library.bib"), BEEBE_ENTRY, StandardCharsets.UTF_8);
        CliRun run = CliRun.in(folder, command.split(" "));
        assertEquals(0, run.exitCode(), run.err());
        List<JsonNode> entries = new ObjectMapper().readTree(run.out()).findParents("fields");
        assertEquals(1, entries.size(), run.out());
        JsonNode fields = entries.get(0).get("fields");
        assertEquals("http://www.example.org/papers/nowak2022.pdf", fields.get("url").asText());
        assertEquals("https://example.org/talks/nowak-slides.pdf", fields.get("slides").asText());
        assertEquals(entries.get(0).get("links").get("url"), fields.get("url"));
        assertEquals("https://doi.org/10.1000/xyz123", fields.get("doi").asText(), "a DOI field stays as written");
        assertEquals("Wrapped links in the wild", fields.get("title").asText());
    }
}
