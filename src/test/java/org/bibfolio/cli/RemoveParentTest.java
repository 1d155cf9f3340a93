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

/** {@code remove} of an entry that others cross-reference: refused, naming them, unless {@code --force}. */
class RemoveParentTest {

    @TempDir
    Path folder;

    private Path library;
    private String before;

    @BeforeEach
    void copyLibrary() throws Exception {
        library = folder.resolve("library.bib");
        Files.copy(Fixtures.projectDir().resolve("src/test/resources/fixtures/editing/crossref-parent.bib"), library);
        before = Files.readString(library);
    }

    @Test
    void aParentIsRefusedNamingItsChildrenAndNothingIsWritten() throws Exception {
        CliRun run = CliRun.in(folder, "remove", "icm2018");
        assertEquals(ExitCodes.DATA_ERROR, run.exitCode());
        assertEquals("""
                bibfolio: error: icm2018 is cross-referenced by dupont2018icm, chen2018icm, which inherit its fields; \
                removing it would leave them without them
                  remove or edit them first, or use --force to remove icm2018 anyway
                """, run.err());
        assertEquals(before, Files.readString(library));
    }

    @Test
    void forceRemovesItAndWarnsAboutEachChild() throws Exception {
        CliRun run = CliRun.in(folder, "remove", "icm2018", "--force");
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(Files.readString(library).contains("@proceedings"));
        assertTrue(run.err().contains("bibfolio: warning: chen2018icm cross-references icm2018, which no longer "
                + "exists"), run.err());
    }

    @Test
    void anEntryNobodyCrossReferencesGoesAsBefore() throws Exception {
        CliRun run = CliRun.in(folder, "remove", "dupont2020walks");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertFalse(Files.readString(library).contains("dupont2020walks"));
    }

    @Test
    void aChildThatLeavesLeavesItsParentRemovable() throws Exception {
        assertEquals(0, CliRun.in(folder, "remove", "dupont2018icm").exitCode());
        assertEquals(0, CliRun.in(folder, "remove", "chen2018icm").exitCode());
        CliRun run = CliRun.in(folder, "remove", "icm2018");
        assertEquals(0, run.exitCode(), run.err());
    }
}
