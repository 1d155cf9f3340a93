package org.bibfolio.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bare environment, as in a container or cron ({@code env -i PATH=… HOME=…}: no LANG, no LC_ALL): a library in
 * {@code Zürich/Łódź/}, named on the command line and found from inside its folder, gives the same output as with a
 * UTF-8 locale, and edits and exports to non-ASCII file names work.
 */
class LocaleIT {

    @TempDir
    Path folder;

    @Test
    void withoutAUtf8LocaleNonAsciiPathsAndOutputWorkAsWithOne() throws Exception {
        Path city = Files.createDirectories(folder.resolve("Zürich").resolve("Łódź"));
        Path library = city.resolve("Publikationen.bib");
        Files.copy(Suite.fixture("library.bib"), library);
        Launcher bare = Launcher.withCache(folder.resolve("cache"));
        Launcher utf8 = bare.with("LANG", "C.UTF-8");
        Launcher cLocale = bare.with("LC_ALL", "C");
        for (List<String> command : List.of(List.of("list"), List.of("search", "author:wróbel"),
                List.of("export", "--format", "latex"), List.of("search", "author:張偉 OR author:zhang"))) {
            String[] fromInside = withLibrary(command, "Publikationen.bib");
            String[] byPath = withLibrary(command, library.toString());
            Launcher.Run expected = utf8.run(city, fromInside);
            assertEquals(expected.exitCode() == 1 ? 1 : 0, expected.exitCode(), expected.toString());
            for (Launcher launcher : List.of(bare, cLocale)) {
                Launcher.Run inside = launcher.run(city, fromInside);
                Launcher.Run named = launcher.run(folder, byPath);
                assertEquals(expected, inside, "from inside the folder: " + command);
                assertEquals(expected, named, "by its path: " + command);
            }
        }
        Launcher.Run tag = bare.run(city, "tag", "virtanen2021mixing", "Best Poster", "--library", library.toString());
        assertEquals(0, tag.exitCode(), tag.toString());
        Launcher.Run export = bare.run(city, "export", "--library", "Publikationen.bib", "--output",
                "Veröffentlichungen – Łódź.md");
        assertEquals(0, export.exitCode(), export.toString());
        String markdown = Files.readString(city.resolve("Veröffentlichungen – Łódź.md"), StandardCharsets.UTF_8);
        assertTrue(markdown.contains("Wróbel"), markdown);
        assertTrue(Files.readString(library).contains("{selected, Best Poster}"));
    }

    private static String[] withLibrary(List<String> command, String library) {
        String[] args = command.toArray(new String[command.size() + 2]);
        args[command.size()] = "--library";
        args[command.size() + 1] = library;
        return args;
    }
}
