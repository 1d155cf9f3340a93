package org.bibfolio.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles bibfolio's LaTeX output with the engine its first line names ({@code % !TEX program = lualatex}) and reads
 * the PDF back with pdftotext. A fragment is compiled inside a document made of the preamble lines its leading
 * comment lists, exactly as a user would {@code \input} it. Tools missing: skipped locally, failed in CI.
 */
public final class LatexCompiler {

    private static final Pattern PROGRAM = Pattern.compile("% !TEX program = (pdflatex|lualatex|xelatex)");
    private static final String FRAGMENT = "% bibfolio fragment:";
    private static final String LISTED = "%   ";

    private LatexCompiler() {
    }

    /** The engine the first line of {@code latex} names; fails when there is no such line. */
    public static String engine(String latex) {
        Matcher program = PROGRAM.matcher(latex.lines().findFirst().orElse(""));
        assertTrue(program.matches(), "the first line names no engine: " + latex.lines().findFirst().orElse(""));
        return program.group(1);
    }

    /** Compiles {@code latex} (a document or a fragment) in {@code folder}; the PDF's text, NFC as pdftotext gives it. */
    public static String compile(Path folder, String name, String latex) throws IOException, InterruptedException {
        String engine = engine(latex);
        Processes.require(engine);
        Processes.require("pdftotext");
        Files.writeString(folder.resolve(name + ".tex"), latex, StandardCharsets.UTF_8);
        String main = name;
        if (!latex.contains("\\documentclass")) {
            List<String> preamble = latex.lines().dropWhile(line -> !line.startsWith(FRAGMENT)).skip(1)
                    .takeWhile(line -> line.startsWith(LISTED)).map(line -> line.substring(LISTED.length())).toList();
            assertTrue(latex.contains(FRAGMENT), "a fragment without the comment that lists its preamble");
            main = name + "-document";
            Files.writeString(folder.resolve(main + ".tex"), "% !TEX program = " + engine + "\n\\documentclass{article}\n"
                    + String.join("\n", preamble) + "\n\\begin{document}\n\\input{" + name + "}\n\\end{document}\n",
                    StandardCharsets.UTF_8);
        }
        Processes.Result compiled = Processes.run(folder, engine, "-interaction=nonstopmode", "-halt-on-error",
                main + ".tex");
        assertEquals(0, compiled.exitCode(), () -> engine + " failed on " + name + ":\n" + tail(compiled.output()));
        Processes.Result text = Processes.run(folder, "pdftotext", "-enc", "UTF-8", main + ".pdf", main + ".txt");
        assertEquals(0, text.exitCode(), text.output());
        return Files.readString(folder.resolve(main + ".txt"), StandardCharsets.UTF_8);
    }

    private static String tail(String log) {
        List<String> lines = log.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }
}
