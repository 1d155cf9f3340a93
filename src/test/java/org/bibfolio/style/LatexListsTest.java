package org.bibfolio.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bibfolio.testing.CliRun;
import org.bibfolio.testing.Fixtures;
import org.bibfolio.testing.Processes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The LaTeX lists as people put them in a CV, compiled by a real pdflatex in a column narrow enough to break lines
 * everywhere: no initial is left at the end of a line away from its name (or, family first, at the start of one),
 * and linked titles and venues are live links in the PDF.
 */
class LatexListsTest {

    /** A line that ends in an initial ("… M.") when initials come first: the name went on without it. */
    private static final Pattern INITIAL_AT_END = Pattern.compile("(?:^|[\\s(])\\p{Lu}\\.$");
    /** A line that starts with initials ("L., Liu…") when the family name comes first. */
    private static final Pattern INITIAL_AT_START = Pattern.compile("^\\p{Lu}\\.(?:[\\s,]|$)");

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"cv, end", "apa, start", "ieee, end"})
    void noInitialIsSeparatedFromItsNameAtALineBreak(String style, String where) throws Exception {
        Processes.require("pdflatex");
        Processes.require("pdftotext");
        Fixtures.copyLibraryTo(folder);
        String list = export("--style", style, "--format", "latex");
        Pattern broken = where.equals("end") ? INITIAL_AT_END : INITIAL_AT_START;

        List<String> tied = lines(compile("tied", list));
        assertTrue(tied.size() > 100, "a column narrow enough to break lines everywhere: " + tied.size());
        assertEquals(List.of(), tied.stream().filter(line -> broken.matcher(line).find()).toList());

        // the same list without its ties does break there: the check above can fail
        List<String> untied = lines(compile("untied", list.replace("~", " ")));
        assertFalse(untied.stream().noneMatch(line -> broken.matcher(line).find()), "no break to prevent");
    }

    @Test
    void linkedTitlesAndVenuesAreLiveLinksInThePdf() throws Exception {
        Processes.require("pdflatex");
        Fixtures.copyLibraryTo(folder);
        // a house style that links each title to the paper, as many CVs do; cv's Selected list links the venue
        String cv = Files.readString(Fixtures.projectDir().resolve("styles/cv.toml"), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("linked.toml"), cv.replace("{title|emph}", "{title|emph|link=paper}"),
                StandardCharsets.UTF_8);
        String titles = export("--style", "linked.toml", "--section", "conference", "--format", "latex");
        assertTrue(titles.contains("\\href{https://proceedings.mlr.press/v235/zhu24h.html}{\\emph{Catapults"),
                titles);
        String pdf = new String(Files.readAllBytes(compile("titles", titles)), StandardCharsets.ISO_8859_1);
        assertTrue(pdf.contains("/URI(https://proceedings.mlr.press/v235/zhu24h.html)"), "a live title link");

        String venues = export("--section", "selected", "--format", "latex");
        String venuePdf = new String(Files.readAllBytes(compile("venues", venues)), StandardCharsets.ISO_8859_1);
        assertTrue(venuePdf.contains("/URI(https://openreview.net/forum?id=CyKHoKyvgnp)"), "a live venue link");
    }

    private String export(String... args) {
        return CliRun.output(folder, Stream.concat(Stream.of("export"), Stream.of(args)).toArray(String[]::new));
    }

    /** The list in a 5 cm column with hyperref, PDF objects uncompressed so the links can be read; the PDF. */
    private Path compile(String name, String list) throws Exception {
        Files.writeString(folder.resolve(name + "-list.tex"), list, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(name + ".tex"), """
                \\pdfcompresslevel=0 \\pdfobjcompresslevel=0
                \\documentclass{article}
                \\usepackage[T1]{fontenc}
                \\usepackage[utf8]{inputenc}
                \\usepackage{lmodern}
                \\usepackage[hidelinks]{hyperref}
                \\setlength{\\textwidth}{5cm}
                \\begin{document}
                \\input{%s-list}
                \\end{document}
                """.formatted(name), StandardCharsets.UTF_8);
        Processes.Result compiled = Processes.run(folder, "pdflatex", "-interaction=nonstopmode", "-halt-on-error",
                name + ".tex");
        assertEquals(0, compiled.exitCode(), compiled.output());
        return folder.resolve(name + ".pdf");
    }

    private List<String> lines(Path pdf) throws Exception {
        Path text = folder.resolve(pdf.getFileName() + ".txt");
        Processes.Result result = Processes.run(folder, "pdftotext", "-layout", "-enc", "UTF-8", pdf.toString(),
                text.toString());
        assertEquals(0, result.exitCode(), result.output());
        return Files.readAllLines(text, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
    }
}
