package org.bibfolio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.bibfolio.app.Formats;
import org.bibfolio.style.StyleCatalog;
import org.bibfolio.testing.CliRun;
import org.bibfolio.testing.Processes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The completion script in a real bash: sourced as a user's .bashrc would, then asked what TAB offers after a
 * command line, the way bash's readline asks ({@code COMP_WORDS}, {@code COMP_CWORD}, the function {@code complete}
 * registered). Citation keys come from a real bibfolio process reading the library of the folder.
 */
class ShellCompletionTest {

    /** A stranger's small library: keys with a colon, a dash and a digit first, as real libraries have them. */
    private static final String LIBRARY = """
            @comment{bibfolio:
              owner = Kowalska, Zofia
            }
            @article{kowalska:2021,
              author = {Kowalska, Zofia and Wiśniewski, Łukasz and 李, 娜},
              title = {Spectral bounds for sparse graphs},
              journal = {Journal of Graph Theory}, year = {2021},
            }
            @misc{kowalska-preprint-2024,
              author = {Kowalska, Zofia}, title = {On $k$-colourings}, year = {2024},
              eprint = {2401.00001}, eprinttype = {arxiv},
            }
            @phdthesis{2019thesis,
              author = {Kowalska, Zofia}, title = {Expanders}, school = {Uniwersytet Warszawski}, year = {2019},
            }
            """;

    @TempDir
    Path folder;

    private Path script;

    @BeforeEach
    void writeScriptAndLibrary() throws Exception {
        Processes.require("bash");
        CliRun run = CliRun.in(folder, "completion", "bash");
        assertEquals(0, run.exitCode(), run.err());
        script = folder.resolve("bibfolio-completion.bash");
        Files.writeString(script, run.out());
        Files.writeString(folder.resolve("library.bib"), LIBRARY);
        // "bibfolio" on the PATH of the shell: the real CLI, run from the test classes.
        Path bin = Files.createDirectories(folder.resolve("bin"));
        Path launcher = bin.resolve("bibfolio");
        Files.writeString(launcher, "#!/usr/bin/env bash\nexec '" + Path.of(System.getProperty("java.home"), "bin",
                "java") + "' -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp '" + System.getProperty("java.class.path")
                + "' " + Main.class.getName() + " \"$@\"\n");
        launcher.toFile().setExecutable(true);
    }

    @Test
    void completesCommands() throws Exception {
        assertEquals(List.of("export"), tab("bibfolio", "exp"));
        assertTrue(tab("bibfolio", "").containsAll(List.of("export", "completion", "import", "sync", "styles")));
    }

    @Test
    void completesOptionsOfTheCommand() throws Exception {
        List<String> offered = tab("bibfolio", "export", "--s");
        assertTrue(offered.containsAll(List.of("--style", "--section", "--sections", "--standalone")), offered.toString());
    }

    @Test
    void completesOptionValues() throws Exception {
        assertEquals(Formats.names(), tab("bibfolio", "export", "--format", ""));
        List<String> sections = new java.util.ArrayList<>(List.of("all"));
        new StyleCatalog(folder).load("cv").sections().forEach(section -> sections.add(section.id()));
        assertTrue(sections.containsAll(List.of("selected", "conference", "journal", "preprint")), sections.toString());
        assertEquals(sections, tab("bibfolio", "export", "--section", ""));
        List<String> styles = tab("bibfolio", "export", "--style", "");
        assertTrue(styles.containsAll(List.of("cv", "cv-compact", "cv-numbered", "apa", "ieee", "nature")),
                styles.size() + " styles");
        assertTrue(tab("bibfolio", "export", "--style", "chicago-a").contains("chicago-author-date"));
        assertEquals(List.of("cv", "cv-compact", "cv-numbered"), tab("bibfolio", "export", "--sections", "c"));
        assertEquals(List.of("bash", "zsh"), tab("bibfolio", "completion", ""));
    }

    /** A house style of the folder's own styles/ is offered too, found by the shell in the folder TAB is pressed in. */
    @Test
    void completesTheFoldersOwnStyles() throws Exception {
        Files.createDirectories(folder.resolve("styles"));
        Files.writeString(folder.resolve("styles/zofia.toml"), "");
        assertEquals(List.of("zofia"), tab("bibfolio", "export", "--style", "zof"));
    }

    @Test
    void completesCitationKeysFromTheLibrary() throws Exception {
        assertEquals(List.of("kowalska:2021", "kowalska-preprint-2024"), tab("bibfolio", "edit", "kow"));
        assertEquals(List.of("2019thesis"), tab("bibfolio", "select", "2"));
        assertEquals(Set.of("2019thesis", "kowalska:2021", "kowalska-preprint-2024"),
                Set.copyOf(tab("bibfolio", "tag", "")));
        // the second operand of tag is the tag, not a key
        assertEquals(List.of(), tab("bibfolio", "tag", "2019thesis", "kow"));
    }

    @Test
    void completesKeysOfTheLibraryTheCommandLineNames() throws Exception {
        Files.createDirectories(folder.resolve("other"));
        Files.writeString(folder.resolve("other/cv.bib"), "@book{mybook, title = {A}, year = {2020}}\n");
        assertEquals(List.of("mybook"), tab("bibfolio", "remove", "--library", "other/cv.bib", ""));
        assertEquals(List.of(), tab("bibfolio", "remove", "--library", "missing.bib", ""));
    }

    @Test
    void completesFileNamesForFileOptions() throws Exception {
        assertTrue(tab("bibfolio", "export", "--library", "lib").contains("library.bib"));
    }

    /** What bash offers for TAB after {@code words} (the last is the word being typed), one candidate a line. */
    private List<String> tab(String... words) throws Exception {
        StringBuilder line = new StringBuilder();
        StringBuilder array = new StringBuilder();
        for (String word : words) {
            array.append(" '").append(word.replace("'", "'\\''")).append('\'');
        }
        line.append(String.join(" ", words));
        // compopt only sets readline's display options, and only while readline runs a completion: a no-op here
        String program = "set -e; source '" + script + "'; compopt() { :; }\n"
                + "complete -p bibfolio | grep -q -- '-F _complete_bibfolio'\n"
                + "COMP_WORDS=(" + array + " ); COMP_CWORD=" + (words.length - 1) + "; COMP_LINE='" + line + "'\n"
                + "COMP_POINT=${#COMP_LINE}; _complete_bibfolio || true\n"
                + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
        Processes.Result run = Processes.run(folder, "env", "PATH=" + folder.resolve("bin") + ":/usr/bin:/bin",
                "HOME=" + folder, "bash", "--norc", "-c", program);
        assertEquals(0, run.exitCode(), run.output());
        return Arrays.stream(run.output().split("\n")).filter(s -> !s.isBlank()).toList();
    }
}
