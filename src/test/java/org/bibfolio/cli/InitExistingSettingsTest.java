package org.bibfolio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bibfolio.testing.CliRun;
import org.bibfolio.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code init --owner} on a library that has its settings block: the name is added, never ignored. */
class InitExistingSettingsTest {

    @TempDir
    Path folder;

    private Path library;
    private String before;

    @BeforeEach
    void copyLibrary() throws Exception {
        library = folder.resolve("library.bib");
        Files.copy(Fixtures.projectDir().resolve("src/test/resources/fixtures/editing/settings-without-mailto.bib"),
                library);
        before = Files.readString(library);
    }

    @Test
    void aNewOwnerVariantIsAddedToTheOwnerLineAndNothingElseChanges() throws Exception {
        CliRun run = CliRun.in(folder, "init", "--owner", "Marchetti-Dupont, Élise");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("library.bib: added the owner name 'Marchetti-Dupont, Élise' to the "
                + "settings.\n"), run.out());
        assertEquals(before.replace("and Dupont, \\'Elise\n", "and Dupont, \\'Elise and Marchetti-Dupont, Élise\n"),
                Files.readString(library));
        assertEquals(0, CliRun.in(folder, "check").exitCode(), "the library still reads");
    }

    @Test
    void aNameTheSettingsHaveSpeltAlikeChangesNothing() throws Exception {
        CliRun run = CliRun.in(folder, "init", "--owner", "Marchetti, Élise");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("library.bib: the settings already name the owner 'Marchetti, Élise'.\n"),
                run.out());
        assertEquals(before, Files.readString(library));
    }

    @Test
    void aMailtoIsAddedAsALineIndentedAsTheOthers() throws Exception {
        CliRun run = CliRun.in(folder, "init", "--mailto", "elise@example.org");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(before.replace("@comment{bibfolio:\n", "@comment{bibfolio:\n    mailto = elise@example.org\n"),
                Files.readString(library));
    }

    @Test
    void withNothingAskedItSaysThereIsNothingToChange() throws Exception {
        CliRun run = CliRun.in(folder, "init");
        assertTrue(run.out().startsWith("library.bib already has a settings block (@comment{bibfolio: …}); nothing "
                + "to change.\n"), run.out());
        assertEquals(before, Files.readString(library));
    }
}
