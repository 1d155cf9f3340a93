package org.bibfolio.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.List;
import org.bibfolio.testing.Processes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Libraries kept as people keep them: symlinked from a website repository, hard-linked, owned by someone else,
 * made read-only, in a read-only folder, in git. Each case runs the real launcher and then looks at the files (and at
 * {@code git status}).
 */
class FileSystemIT {

    @TempDir
    Path folder;

    @Test
    void aLibrarySymlinkedFromAWebsiteRepoIsEditedAtItsTargetAndGitSeesOnlyTheEdit() throws Exception {
        Processes.require("git");
        Path cv = Files.createDirectories(folder.resolve("cv"));
        Path site = Files.createDirectories(folder.resolve("site"));
        Path real = cv.resolve("library.bib");
        Files.copy(Suite.fixture("library.bib"), real);
        Path link = Files.createSymbolicLink(site.resolve("library.bib"), Path.of("../cv/library.bib"));
        for (Path repo : List.of(cv, site)) {
            git(repo, "init", "-q");
            git(repo, "add", ".");
            git(repo, "commit", "-q", "-m", "initial");
        }
        Launcher.Run tag = launcher().run(site, "tag", "virtanen2021mixing", "Spotlight");
        assertEquals(0, tag.exitCode(), tag.toString());
        assertEquals(0, launcher().run(site, "search", "tag:spotlight").exitCode());

        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertEquals(Path.of("../cv/library.bib"), Files.readSymbolicLink(link));
        assertTrue(Files.readString(real).contains("{selected, Spotlight}"), "the real library got the change");
        assertTrue(Files.exists(cv.resolve(".bibfolio/library.bib.lock")), "locked where the library really is");
        assertFalse(Files.exists(site.resolve(".bibfolio")), "nothing of bibfolio's in the website repo");
        assertEquals(" M library.bib\n", git(cv, "status", "--porcelain"), "git sees the edit and nothing else");
        assertEquals("", git(site, "status", "--porcelain"));
    }

    /**
     * A library started with {@code init} in a git repository: whatever bibfolio does there (writes, searches, an
     * export, writers killed before their rename, even a killed {@code init}), {@code git status} shows the user's
     * own files and nothing of bibfolio's, and {@code init} wrote no {@code .gitignore} of its own.
     */
    @Test
    void inAGitRepositoryStartedWithInitGitStatusShowsOnlyTheUsersFiles() throws Exception {
        Processes.require("git");
        Path repo = Files.createDirectories(folder.resolve("cv"));
        git(repo, "init", "-q");
        launcher().killAt(repo, "before-rename", "init", "--owner", "Virtanen, Aino");
        assertFalse(Files.exists(repo.resolve("library.bib")), "a killed init writes no library");
        assertEquals("", git(repo, "status", "--porcelain", "--untracked-files=all"), "a killed init leaves nothing");

        Launcher.Run init = launcher().run(repo, "init", "--owner", "Virtanen, Aino");
        assertEquals(0, init.exitCode(), init.toString());
        assertFalse(Files.exists(repo.resolve(".gitignore")), "the user's .gitignore is theirs");
        assertEquals("?? library.bib\n", git(repo, "status", "--porcelain", "--untracked-files=all"));
        git(repo, "add", "library.bib");
        git(repo, "commit", "-q", "-m", "library");

        assertEquals(0, launcher().run(repo, "add", "--type", "misc", "--title", "Mixing times of random walks",
                "--author", "Virtanen, Aino", "--year", "2024").exitCode());
        assertEquals(0, launcher().run(repo, "search", "mixing").exitCode());
        assertEquals(0, launcher().run(repo, "index", "--rebuild").exitCode());
        assertEquals(0, launcher().run(repo, "export", "-o", "publications.md").exitCode());
        launcher().killAt(repo, "before-rename", "tag", "virtanen2024mixing", "Oral");
        assertEquals(" M library.bib\n?? publications.md\n",
                git(repo, "status", "--porcelain", "--untracked-files=all"));
    }

    @Test
    void anOldLockFileBesideTheLibraryIsRemovedSoGitStatusIsClean() throws Exception {
        Processes.require("git");
        Path library = Suite.copyLibraryTo(folder);
        git(folder, "init", "-q");
        git(folder, "add", "library.bib");
        git(folder, "commit", "-q", "-m", "initial");
        Files.createFile(folder.resolve("library.bib.lock")); // as bibfolio before this version left it
        assertEquals(0, launcher().run(folder, "edit", "virtanen2014thesis", "--set", "note=Cum laude").exitCode());
        git(folder, "commit", "-q", "-am", "note");
        assertFalse(Files.exists(folder.resolve("library.bib.lock")));
        assertEquals("", git(folder, "status", "--porcelain", "--untracked-files=all"));
    }

    @Test
    void aHardLinkedLibraryStaysOneFileUnderBothNames() throws Exception {
        Path library = Suite.copyLibraryTo(folder);
        Path backupName = Files.createLink(folder.resolve("publications.bib"), library);
        assertEquals(0, launcher().run(folder, "tag", "virtanen2021mixing", "Oral").exitCode());
        assertEquals(0, launcher().run(folder, "remove", "virtanen2018report").exitCode());
        assertTrue(Files.isSameFile(library, backupName));
        assertEquals(2, Files.getAttribute(library, "unix:nlink"));
        assertTrue(Files.readString(backupName).contains("{selected, Oral}"));
        assertFalse(Files.readString(backupName).contains("virtanen2018report"));
    }

    /** Owner and group need root to give away; the mode is kept for anyone. */
    @Test
    void ownerGroupAndModeAreKept() throws Exception {
        Path library = Suite.copyLibraryTo(folder);
        PosixFileAttributeView view = Files.getFileAttributeView(library, PosixFileAttributeView.class);
        view.setPermissions(PosixFilePermissions.fromString("rw-r-----"));
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            UserPrincipalLookupService users = folder.getFileSystem().getUserPrincipalLookupService();
            UserPrincipal owner = users.lookupPrincipalByName("4321");
            GroupPrincipal group = users.lookupPrincipalByGroupName("4322");
            view.setOwner(owner);
            view.setGroup(group);
        }
        PosixFileAttributes before = view.readAttributes();
        assertEquals(0, launcher().run(folder, "status", "virtanen2022workshop", "accepted").exitCode());
        PosixFileAttributes after = view.readAttributes();
        assertEquals(before.permissions(), after.permissions());
        assertEquals(before.owner(), after.owner());
        assertEquals(before.group(), after.group());
        assertTrue(Files.readString(library).contains("pubstate = {accepted}"));
        System.out.printf("reliability: mode %s%s kept across an edit%n",
                PosixFilePermissions.toString(after.permissions()), root ? ", owner 4321 and group 4322" : "");
    }

    @Test
    void aReadOnlyLibraryIsRefusedWithOneLineAndNothingWritten() throws Exception {
        Path library = Suite.copyLibraryTo(folder);
        Files.setPosixFilePermissions(library, PosixFilePermissions.fromString("r--r--r--"));
        byte[] before = Files.readAllBytes(library);
        Launcher.Run tag = launcher().run(folder, "tag", "virtanen2021mixing", "Oral");
        assertEquals(74, tag.exitCode(), tag.toString());
        assertEquals(1, tag.err().lines().count(), tag.err());
        assertTrue(tag.err().contains("read-only"), tag.err());
        assertArrayEquals(before, Files.readAllBytes(library));
        assertFalse(Files.exists(folder.resolve(".bibfolio")), "not even a lock file was made");
        assertEquals(0, launcher().run(folder, "tag", "virtanen2021mixing", "Oral", "--dry-run").exitCode());
        assertEquals(0, launcher().run(folder, "export").exitCode());
    }

    @Test
    void inAReadOnlyFolderSearchWorksFromTheCacheAndEditsAreRefused() throws Exception {
        Path shared = Files.createDirectories(folder.resolve("shared"));
        Path library = shared.resolve("library.bib");
        Files.copy(Suite.fixture("library.bib"), library);
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Launcher.Run search = launcher().run(shared, "search", "author:virtanen");
            assertEquals(0, search.exitCode(), search.toString());
            assertEquals(7, search.out().lines().count(), search.out());
            assertFalse(Files.exists(shared.resolve(".bibfolio")));
            try (var cached = Files.list(folder.resolve("cache/bibfolio/index"))) {
                assertTrue(cached.anyMatch(p -> p.getFileName().toString().startsWith("library-")));
            }
            Launcher.Run tag = launcher().run(shared, "tag", "virtanen2021mixing", "Oral");
            assertEquals(74, tag.exitCode(), tag.toString());
            assertEquals(1, tag.err().lines().count(), tag.err());
        } finally {
            Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private Launcher launcher() {
        return Launcher.withCache(folder.resolve("cache"));
    }

    private static String git(Path repo, String... args) throws Exception {
        String[] command = new String[args.length + 5];
        command[0] = "git";
        command[1] = "-c";
        command[2] = "user.name=Aino Virtanen";
        command[3] = "-c";
        command[4] = "user.email=aino@example.org";
        System.arraycopy(args, 0, command, 5, args.length);
        Processes.Result result = Processes.run(repo, command);
        assertEquals(0, result.exitCode(), result.output());
        return result.output();
    }
}
