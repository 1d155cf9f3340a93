package org.bibfolio.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bibfolio.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tag is one keyword: one that keywords would split in two is refused, by tag and by add alike. */
class TagCommandTest {

    private static final String LIBRARY = """
            @inproceedings{nowak2024graphs,
              author    = {Nowak, Agnieszka and Wi{\\'s}niewski, Piotr},
              title     = {Spectral bounds for sparse graphs},
              booktitle = {Proceedings of SODA},
              year      = {2024},
              keywords  = {graphs},
            }
            """;

    @TempDir
    Path dir;

    @Test
    void aTagWithACommaIsRefusedAndNothingIsWritten() throws Exception {
        Path library = Files.writeString(dir.resolve("library.bib"), LIBRARY);
        byte[] before = Files.readAllBytes(library);
        CliRun run = CliRun.in(dir, "tag", "nowak2024graphs", "Oral, Best Paper");
        assertEquals(ExitCodes.DATA_ERROR, run.exitCode(), run.err());
        assertEquals("""
                bibfolio: error: a tag cannot contain ',': keywords are separated by commas and semicolons, so \
                'Oral, Best Paper' would become 2 tags
                  give each tag on its own: 'Oral', 'Best Paper'
                """, run.err());
        assertArrayEquals(before, Files.readAllBytes(library));
        CliRun removing = CliRun.in(dir, "tag", "nowak2024graphs", "graphs; trees", "--remove");
        assertEquals(ExitCodes.DATA_ERROR, removing.exitCode(), removing.err());
        assertArrayEquals(before, Files.readAllBytes(library));
    }

    @Test
    void addRefusesSuchATagToo() throws Exception {
        Path library = Files.writeString(dir.resolve("library.bib"), LIBRARY);
        byte[] before = Files.readAllBytes(library);
        CliRun run = CliRun.in(dir, "add", "--type", "misc", "--title", "Notes", "--author", "Nowak, Agnieszka",
                "--year", "2025", "--tag", "Spotlight, Oral");
        assertEquals(ExitCodes.DATA_ERROR, run.exitCode(), run.err());
        assertArrayEquals(before, Files.readAllBytes(library));
    }

    @Test
    void eachTagOnItsOwnRoundTrips() throws Exception {
        Files.writeString(dir.resolve("library.bib"), LIBRARY);
        assertEquals(0, CliRun.in(dir, "tag", "nowak2024graphs", "Oral").exitCode());
        assertEquals(0, CliRun.in(dir, "tag", "nowak2024graphs", "Best Paper").exitCode());
        assertEquals(0, CliRun.in(dir, "tag", "nowak2024graphs", "Oral", "--remove").exitCode());
        assertEquals(0, CliRun.in(dir, "tag", "nowak2024graphs", "Best Paper", "--remove").exitCode());
        assertEquals(LIBRARY, Files.readString(dir.resolve("library.bib")));
    }
}
