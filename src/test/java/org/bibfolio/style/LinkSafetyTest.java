package org.bibfolio.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bibfolio.testing.CliRun;
import org.bibfolio.testing.Fixtures;
import org.bibfolio.testing.Processes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A library written to attack its outputs (fixtures/hostile): links to {@code javascript:}, {@code data:} and
 * {@code vbscript:} in url, pdf and code, HTML and Markdown in titles and venues, TeX primitives everywhere. The
 * Markdown is rendered by real renderers (pandoc's CommonMark, GFM and Markdown readers) and the HTML read by real
 * Chromium, which reports every link as it parsed it, every element and every alert a payload managed to call; the
 * LaTeX is compiled by pdflatex with shell escape on, and its PDF's links read back by pdfinfo.
 */
class LinkSafetyTest {

    private static final Path FIXTURE = Fixtures.projectDir().resolve("src/test/resources/fixtures/hostile");

    /** Every link the "links" style makes from the fixture, percent-decoded: only the safe targets. */
    private static final Set<String> SAFE_LINKS = Set.of(
            "https://en.wikipedia.org/wiki/Kernel_(statistics)",
            "papers/nowak 2022.pdf",
            "https://example.org/search?q=a b&lt;c&x=1",
            "https://doi.org/10.48550/arXiv.2001.00001",
            "https://arxiv.org/abs/2001.00001",
            "mailto:ewa.nowak@example.org",
            "https://example.org/\\input\\write18",
            "https://example.org/^^5cinput x",
            "https://doi.org/10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0");

    /** Elements a payload in the fixture would make; neither the list nor the page uses them. */
    private static final Set<String> INJECTED_ELEMENTS = Set.of("IMG", "B", "IFRAME", "OBJECT", "EMBED", "SVG",
            "BASE", "LINK", "STYLE", "MATH");

    /** Replaces alert, so a payload that runs leaves a line; then lists what the browser built. */
    private static final String STUB = "<script>window.alerts=[];window.alert=window.confirm=window.prompt="
            + "function(m){window.alerts.push(String(m));};</script>";
    private static final String PROBE = """
            <script>
            const lines = [];
            for (const a of document.querySelectorAll('[href],[src],[action],[formaction]')) {
              const target = a.getAttribute('href') || a.getAttribute('src') || a.getAttribute('action')
                || a.getAttribute('formaction');
              if (target.startsWith('#')) continue; // the page's own anchors
              lines.push('LINK ' + target);
              if (a.protocol !== undefined) lines.push('PROTOCOL ' + a.protocol + ' ' + target);
            }
            for (const s of document.scripts) {
              if (s.textContent.includes('al' + 'ert(')) lines.push('PAYLOAD ' + s.textContent);
            }
            for (const e of document.querySelectorAll('*')) {
              lines.push('ELEMENT ' + e.tagName);
              for (const attribute of e.attributes) {
                if (attribute.name.startsWith('on')) lines.push('HANDLER ' + e.tagName + ' ' + attribute.name);
              }
            }
            for (const m of window.alerts) lines.push('ALERT ' + m);
            const out = document.createElement('pre');
            out.id = 'probe';
            out.textContent = lines.join('\\n');
            document.body.appendChild(out);
            </script>
            """;

    @TempDir
    Path folder;

    @BeforeEach
    void copyFixture() throws Exception {
        Files.copy(FIXTURE.resolve("library.bib"), folder.resolve("library.bib"));
        Files.copy(FIXTURE.resolve("links.toml"), folder.resolve("links.toml"));
    }

    @Test
    void htmlLinksOnlySafeTargetsAndHoldsNoMarkupFromTheLibrary() throws Exception {
        Processes.require("chromium");
        Probe probe = browse(export("links.toml", "html"));
        assertEquals(SAFE_LINKS, probe.links());
        probe.assertInert();
    }

    @ParameterizedTest
    @ValueSource(strings = {"commonmark", "gfm", "markdown"})
    void markdownRendersToTheSameSafeLinksInEveryRenderer(String reader) throws Exception {
        Processes.require("pandoc");
        Processes.require("chromium");
        Probe probe = browse(pandoc(export("links.toml", "markdown"), reader));
        assertEquals(SAFE_LINKS, probe.links(), reader);
        probe.assertInert();
    }

    /** citeproc-java turns URLs and DOIs it prints into links itself; they go through the same check. */
    @ParameterizedTest
    @ValueSource(strings = {"html", "markdown"})
    void cslStylesLinkOnlySafeTargets(String format) throws Exception {
        Processes.require("pandoc");
        Processes.require("chromium");
        String out = export("apa", format);
        Probe probe = browse(format.equals("markdown") ? pandoc(out, "commonmark") : out);
        assertTrue(probe.links().contains("https://en.wikipedia.org/wiki/Kernel_(statistics)"), probe.lines().toString());
        assertTrue(probe.absoluteProtocols().stream().allMatch(p -> Set.of("http:", "https:", "mailto:").contains(p)),
                probe.lines().toString());
        probe.assertInert();
    }

    /**
     * TeX commands in titles, venues and URLs stay text: with shell escape allowed, nothing is run, no file is read,
     * and the PDF's links are the safe ones.
     */
    @ParameterizedTest
    @ValueSource(strings = {"links.toml", "apa"})
    void latexStaysInertWithShellEscapeOn(String style) throws Exception {
        Processes.require("pdflatex");
        Processes.require("pdftotext");
        Processes.require("pdfinfo");
        Files.writeString(folder.resolve("secret.tex"), "SECRETCONTENT\n");
        CliRun latex = CliRun.in(folder, "export", "--style", style, "--format", "latex", "--standalone",
                "--output", "cv.tex");
        assertEquals(0, latex.exitCode(), latex.err());
        Processes.Result compiled = Processes.run(folder, "pdflatex", "-shell-escape", "-interaction=nonstopmode",
                "-halt-on-error", "cv.tex");
        assertEquals(0, compiled.exitCode(), compiled.output());
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(), files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("pwned"))
                    .toList(), "\\write18 ran");
        }
        assertFalse(compiled.output().contains("secret.tex"), "\\input read secret.tex");
        Processes.Result text = Processes.run(folder, "pdftotext", "-enc", "UTF-8", "cv.pdf", "-");
        assertFalse(text.output().contains("SECRETCONTENT"), "\\input read secret.tex");
        assertTrue(text.output().contains("Kernels"), text.output());

        Processes.Result urls = Processes.run(folder, "pdfinfo", "-url", "cv.pdf");
        Set<String> links = urls.output().lines().skip(1).map(line -> line.trim().split("\\s+", 3))
                .filter(columns -> columns.length == 3).map(columns -> decoded(columns[2]))
                .collect(Collectors.toCollection(TreeSet::new));
        assertFalse(links.isEmpty(), urls.output());
        assertTrue(links.stream().noneMatch(link -> link.toLowerCase().matches("(?s).*(script|data|file|run):.*")),
                links.toString());
        if (style.endsWith(".toml")) {
            Set<String> expected = new TreeSet<>(SAFE_LINKS);
            expected.remove("papers/nowak 2022.pdf"); // hyperref makes a file link of a relative .pdf, not a URI
            expected.remove("mailto:ewa.nowak@example.org"); // listed by pdfinfo only as a URI, checked below
            links.remove("mailto:ewa.nowak@example.org");
            assertEquals(expected, links);
        }
    }

    private String export(String style, String format) {
        CliRun run = CliRun.in(folder, "export", "--style", style, "--format", format);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Kernels"), run.out());
        return run.out();
    }

    /** The HTML a Markdown renderer (one of pandoc's readers) makes of {@code markdown}. */
    private String pandoc(String markdown, String reader) throws Exception {
        Path file = folder.resolve("export-" + System.nanoTime() + ".md");
        Files.writeString(file, markdown);
        Processes.Result html = Processes.run(folder, "pandoc", "-f", reader, "-t", "html", file.toString());
        assertEquals(0, html.exitCode(), html.output());
        return html.output();
    }

    /** What Chromium made of an HTML fragment. */
    private record Probe(List<String> lines) {

        Set<String> links() {
            return lines.stream().filter(l -> l.startsWith("LINK ")).map(l -> decoded(l.substring(5)))
                    .collect(Collectors.toCollection(TreeSet::new));
        }

        /** The protocols of the links that name one (a relative link takes the page's, file: here). */
        Set<String> absoluteProtocols() {
            return lines.stream().filter(l -> l.startsWith("PROTOCOL ")).map(l -> l.substring(9).split(" ", 2))
                    .filter(parts -> parts[1].matches("(?s)[A-Za-z][A-Za-z0-9+.-]*:.*")).map(parts -> parts[0])
                    .collect(Collectors.toCollection(TreeSet::new));
        }

        void assertInert() {
            Set<String> elements = lines.stream().filter(l -> l.startsWith("ELEMENT ")).map(l -> l.substring(8))
                    .collect(Collectors.toCollection(TreeSet::new));
            elements.retainAll(INJECTED_ELEMENTS);
            assertEquals(Set.of(), elements, "elements from the library");
            assertEquals(List.of(), lines.stream().filter(l -> l.startsWith("HANDLER ") || l.startsWith("ALERT ")
                    || l.startsWith("PAYLOAD ")).toList());
        }
    }

    private Probe browse(String fragment) throws Exception {
        Path page = folder.resolve("page-" + System.nanoTime() + ".html");
        Files.writeString(page, "<!DOCTYPE html><html><head><meta charset=\"utf-8\">" + STUB + "</head><body>"
                + fragment + PROBE + "</body></html>", StandardCharsets.UTF_8);
        Processes.Result dom = Processes.run(folder, "chromium", "--headless", "--no-sandbox", "--disable-gpu",
                "--user-data-dir=" + folder.resolve("chromium-profile"), "--dump-dom", page.toUri().toString());
        String out = dom.output();
        int start = out.indexOf("<pre id=\"probe\">");
        assertTrue(start >= 0, out);
        String probe = out.substring(start + "<pre id=\"probe\">".length(), out.indexOf("</pre>", start));
        return new Probe(probe.replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", "\u00A0")
                .replace("&amp;", "&").lines().toList());
    }

    /** %XX escapes back to characters (UTF-8), so the links of every format compare as the URLs they are. */
    private static String decoded(String url) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '%' && i + 2 < url.length() && url.substring(i + 1, i + 3).matches("[0-9A-Fa-f]{2}")) {
                bytes.write(Integer.parseInt(url.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
