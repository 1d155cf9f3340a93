package org.bibfolio.style.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.bibfolio.testing.Chromium;
import org.bibfolio.testing.CliRun;
import org.bibfolio.testing.Fixtures;
import org.bibfolio.testing.Processes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The publication page in a real headless Chromium: the filter as one types, copy-BibTeX through the real
 * clipboard, both colour schemes against WCAG contrast, the page without JavaScript, print, and the fragment inside
 * a site's own page. The page under test is exported from a stranger's library (fixtures/page/library.bib) and from
 * the bundled one. Screenshots go to target/page/ for a person to look at.
 */
class PageBrowserTest {

    private static final Path SHOTS = Fixtures.projectDir().resolve("target/page");

    @TempDir
    static Path folder;
    private static Chromium chromium;
    private static Path stranger;
    private static Path bundled;
    private Chromium.Tab tab;

    @BeforeAll
    static void exportPagesAndStartChromium() throws Exception {
        Processes.require(Chromium.PROGRAM);
        stranger = exported("stranger", Fixtures.projectDir().resolve("src/test/resources/fixtures/page/library.bib"),
                "export", "--format", "html", "--standalone", "--output", "index.html");
        bundled = exported("bundled", Fixtures.bundledLibrary(),
                "export", "--format", "html", "--standalone", "--output", "index.html");
        chromium = Chromium.launch(folder.resolve("profile"));
        chromium.grantClipboard();
    }

    @AfterAll
    static void stopChromium() throws InterruptedException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @AfterEach
    void closeTabAndCheckNothingThrew() {
        if (tab != null) {
            tab.close();
        }
        assertEquals(List.of(), chromium.exceptions(), "the page's script threw");
    }

    /** Exports into folder/NAME from a copy of the library and returns the written page. */
    private static Path exported(String name, Path library, String... args) throws IOException {
        Path dir = Files.createDirectories(folder.resolve(name));
        Files.copy(library, dir.resolve("library.bib"));
        CliRun run = CliRun.in(dir, args);
        assertEquals(0, run.exitCode(), run.err());
        return dir.resolve(args[args.length - 1]);
    }

    @Test
    void everyPaperIsShownAndTheCountSaysHowMany() {
        tab = chromium.open(1280, 900, true).load(stranger);
        assertEquals(21, shownKeys().size(), "every paper of the library (the cv style has a list for each "
                + "category) but the workshop proceedings a paper cross-references, which is no work of the owner");
        assertEquals(24, tab.evaluate("document.querySelectorAll('.bf-paper').length").asInt(),
                "a selected paper is also in its venue's list");
        assertEquals("21 papers", tab.evaluate("document.querySelector('.bf-count').textContent").asText());
        assertEquals(List.of("file://" + stranger.toAbsolutePath()), tab.requests(), "the page fetches nothing");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "nowak         | nowak2023iclr okafor2024foldingnets okafor2025benchmarks wisniewska2020knn "
                + "wisniewska2021neurips",
        "Łukasz        | nowak2023iclr okafor2024foldingnets okafor2025benchmarks wisniewska2020knn "
                + "wisniewska2021neurips",
        "neurips 2021  | wisniewska2021neurips",
        "spotlight     | nowak2023iclr okafor2024foldingnets",
        "Nat. Methods  | wisniewska2023kinetics",
        "nature methods| wisniewska2023kinetics",
        "田中          | tanaka2022japanese",
        "Zoe Odegaard  | okafor2024foldingnets okafor2025diffusion wisniewska2021neurips",
        "2020          | ivanova2020cryoem wisniewska2020knn",
        "best demo     | okafor2024demo"})
    void typingInTheBoxFiltersByTitleCoauthorVenueYearAndTag(String query, String expected) {
        tab = chromium.open(1280, 900, true).load(stranger);
        tab.click(".bf-filter input").type(query);
        Set<String> keys = new TreeSet<>(List.of(expected.split(" ")));
        assertEquals(keys, shownKeys());
        assertEquals(keys.size() + " paper" + (keys.size() == 1 ? "" : "s") + " of 21 shown",
                tab.evaluate("document.querySelector('.bf-count').textContent").asText());
        JsonNode hidden = tab.evaluate("Array.from(document.querySelectorAll('.bf-section'), s => s.id + ':'"
                + " + (s.getClientRects().length === 0))");
        for (JsonNode section : hidden) {
            String[] idAndHidden = section.asText().split(":");
            boolean holdsAMatch = (boolean) tab.evaluate("Array.from(document.querySelectorAll('#"
                    + idAndHidden[0] + " .bf-paper')).some(p => !p.hidden)").asBoolean();
            assertEquals(!holdsAMatch, Boolean.parseBoolean(idAndHidden[1]), "a section left empty hides");
        }
    }

    @Test
    void theFilterIsKeptInTheUrlHashAndReadBackFromIt() {
        tab = chromium.open(1280, 900, true).load(stranger);
        tab.click(".bf-filter input").type("spotlight");
        String url = tab.evaluate("location.href").asText();
        assertTrue(url.endsWith("#q=spotlight"), url);
        assertFalse(tab.evaluate("document.getElementById('journal').getClientRects().length > 0").asBoolean(),
                "no journal paper has a Spotlight, so the section hides");
        assertTrue(tab.evaluate("document.querySelector('.bf-toc a[href=\"#journal\"]').parentElement.hidden")
                .asBoolean(), "and so does its entry in the table of contents");

        tab.close();
        tab = chromium.open(1280, 900, true).load(stranger.toUri() + "#q=Zo%C3%AB+ICLR");
        assertEquals("Zoë ICLR", tab.evaluate("document.querySelector('.bf-filter input').value").asText());
        assertEquals(Set.of(), shownKeys(), "Zoë has no ICLR paper");
        assertTrue(tab.evaluate("document.querySelector('.bf-empty').getClientRects().length > 0").asBoolean(),
                "an empty result says so");
    }

    /**
     * A numbered entry's label is apart from its text in the text itself, not only by the stylesheet's margin: what a
     * reader selects and copies, and the page with its styles turned off, read "[1] L. Zhu", never "[1]L. Zhu"; the
     * badges likewise read "NeurIPS Spotlight".
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"ieee, [1]", "vancouver, 1.", "cv-numbered, [21]"})
    void aNumberedEntryReadsAndCopiesWithASpaceAfterItsLabel(String style, String label) throws Exception {
        Path page = exported("numbered-" + style, Fixtures.projectDir()
                .resolve("src/test/resources/fixtures/page/library.bib"), "export", "--format", "html",
                "--standalone", "--style", style, "--output", "index.html");
        tab = chromium.open(1280, 900, true).load(page);
        String cite = "document.querySelector('.bf-paper .bf-cite')";
        String selected = tab.evaluate("(() => { const range = document.createRange(); range.selectNodeContents("
                + cite + "); const selection = getSelection(); selection.removeAllRanges();"
                + " selection.addRange(range); return selection.toString(); })()").asText();
        assertTrue(selected.startsWith(label + " ") && !Character.isWhitespace(selected.charAt(label.length() + 1)),
                "selected: " + selected);
        assertTrue(tab.evaluate("document.execCommand('copy')").asBoolean());
        // the selection's text keeps the no-break spaces between initials, which the clipboard gets as spaces
        assertEquals(selected.replace('\u00A0', ' '), tab.evaluate("navigator.clipboard.readText()").asText(),
                "copied as selected");
        tab.evaluate("document.querySelectorAll('style, link[rel=stylesheet]').forEach(sheet => sheet.remove())");
        String unstyled = tab.evaluate(cite + ".innerText").asText();
        assertTrue(unstyled.startsWith(label + " ") && !Character.isWhitespace(unstyled.charAt(label.length() + 1)),
                "without styles: " + unstyled);
        assertEquals("NeurIPS Spotlight", tab.evaluate("document.querySelector("
                + "'.bf-paper[data-key=okafor2024foldingnets] .bf-badges').innerText").asText(), "badges apart too");
        tab.screenshot(SHOTS.resolve("numbered-" + style + "-unstyled.png"));
    }

    @Test
    void copyBibtexCopiesTheEntryWithoutBibfoliosOwnData() throws Exception {
        tab = chromium.open(1280, 900, true).load(stranger);
        String button = ".bf-paper[data-key=okafor2024foldingnets] .copy-bibtex";
        tab.click(button);
        // the button says so once the clipboard has taken the text; reading it back waits on the same promise
        String copied = tab.evaluate("navigator.clipboard.readText()").asText();
        assertEquals(Files.readString(Fixtures.projectDir()
                .resolve("src/test/resources/fixtures/page/okafor2024foldingnets.bib"), StandardCharsets.UTF_8)
                .strip(), copied.strip());
        assertEquals("Copied", tab.evaluate("document.querySelector('" + button + "').textContent").asText());
        assertEquals(copied, tab.evaluate("document.querySelector('.bf-paper[data-key=okafor2024foldingnets]"
                + " .bf-bibtex code').textContent").asText(), "the BibTeX shown is the BibTeX copied");
    }

    @Test
    void withoutJavascriptEveryPaperIsShownAndTheBoxAndCopyButtonsAreHidden() {
        tab = chromium.open(1280, 900, false).load(stranger);
        assertEquals(24, tab.evaluate("Array.from(document.querySelectorAll('.bf-paper'))"
                + ".filter(p => p.getClientRects().length > 0).length").asInt());
        assertEquals(0, tab.evaluate("Array.from(document.querySelectorAll('.bf-filter, .bf-copy'))"
                + ".filter(e => e.getClientRects().length > 0).length").asInt(), "nothing on the page is dead");
        tab.click(".bf-paper[data-key=okafor2024foldingnets] .bf-abstract summary");
        assertTrue(tab.evaluate("document.querySelector('.bf-paper[data-key=okafor2024foldingnets] .bf-abstract')"
                + ".open").asBoolean(), "the abstract still unfolds: it is a <details>");
        tab.screenshot(SHOTS.resolve("stranger-no-js-1280.png"));
    }

    @ParameterizedTest(name = "{0} {1}px")
    @CsvSource({"light, 1280", "dark, 1280", "light, 390", "dark, 390"})
    void everyTextHasAContrastOfAtLeast4_5InBothSchemes(String scheme, int width) throws Exception {
        for (Path page : List.of(stranger, bundled)) {
            tab = chromium.open(width, 900, true).load(page).emulate(scheme, "screen");
            String name = page.equals(stranger) ? "stranger" : "bundled";
            tab.screenshot(SHOTS.resolve(name + "-" + scheme + "-" + width + ".png"));
            tab.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)");
            assertEquals(width, tab.evaluate("document.documentElement.scrollWidth").asInt(),
                    "nothing runs past the window's edge, abstracts and BibTeX open");
            JsonNode audit = tab.evaluate(audit() + "(4.5)");
            assertEquals(List.of(), strings(audit.get("failures")), scheme + " " + page);
            assertTrue(audit.get("checked").asInt() > 200, "the audit saw the page's text");
            double background = audit.get("background").asDouble();
            assertTrue(scheme.equals("dark") ? background < 0.05 : background > 0.9, "the " + scheme
                    + " scheme's background, luminance " + background);
            tab.close();
        }
        tab = null;
    }

    @Test
    void keyboardFocusIsVisible() {
        tab = chromium.open(1280, 900, true).load(stranger);
        tab.press("Tab", 9);
        assertEquals("bf-skip", tab.evaluate("document.activeElement.className").asText(), "skip link first");
        for (int i = 0; i < 12; i++) {
            tab.press("Tab", 9);
            JsonNode ring = tab.evaluate("(() => { const s = getComputedStyle(document.activeElement);"
                    + " return {tag: document.activeElement.tagName, style: s.outlineStyle,"
                    + " width: parseFloat(s.outlineWidth)}; })()");
            assertFalse(ring.get("style").asText().equals("none"), "no focus ring on " + ring);
            assertTrue(ring.get("width").asDouble() >= 2, "a thin focus ring on " + ring);
        }
    }

    @Test
    void headingsLanguageAndLinkNamesAreAccessible() {
        tab = chromium.open(1280, 900, true).load(stranger);
        assertEquals("en", tab.evaluate("document.documentElement.lang").asText());
        List<Integer> levels = new ArrayList<>();
        tab.evaluate("Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6'), h => +h.tagName[1])")
                .forEach(level -> levels.add(level.asInt()));
        assertEquals(1, levels.get(0));
        assertEquals(1, levels.stream().filter(level -> level == 1).count(), "one h1");
        for (int i = 1; i < levels.size(); i++) {
            assertTrue(levels.get(i) <= levels.get(i - 1) + 1, "a heading level skipped: " + levels);
        }
        // a link button's name says which paper it is for, so a list of links reads "PDF: FoldingNets…"
        JsonNode names = tab.evaluate("Array.from(document.querySelectorAll('.bf-paper'), p => Array.from("
                + "p.querySelectorAll('.bf-button, summary'), b => [b.getAttribute('aria-label'),"
                + " p.querySelector('.bf-cite').textContent]))");
        int checked = 0;
        for (JsonNode paper : names) {
            for (JsonNode button : paper) {
                String name = button.get(0).asText();
                String title = name.substring(name.indexOf(": ") + 2);
                assertTrue(button.get(1).asText().replace('\u00A0', ' ').contains(title), name);
                checked++;
            }
        }
        assertTrue(checked > 60, "every paper has named buttons");
    }

    @Test
    void printShowsThePapersWithoutTheControls() throws Exception {
        tab = chromium.open(1280, 900, true).load(stranger).emulate("light", "print");
        assertEquals(0, tab.evaluate("Array.from(document.querySelectorAll('.bf-filter, .bf-actions, .bf-toc'))"
                + ".filter(e => e.getClientRects().length > 0).length").asInt());
        assertEquals("rgb(0, 0, 0)", tab.evaluate("getComputedStyle(document.body).color").asText());
        tab.printToPdf(SHOTS.resolve("stranger-print.pdf"));
        assertTrue(Files.size(SHOTS.resolve("stranger-print.pdf")) > 10_000);
    }

    @Test
    void everyRuleOfTheStylesheetsParses() {
        tab = chromium.open(1280, 900, true).load(stranger);
        int parsed = tab.evaluate("(function count(rules) { return Array.from(rules).reduce((n, r) =>"
                + " n + 1 + (r.cssRules ? count(r.cssRules) : 0), 0); })(document.styleSheets[0].cssRules)")
                .asInt();
        assertEquals(blocks(PageAssets.pageStylesheet()) + blocks(PageAssets.listStylesheet()), parsed,
                "Chromium dropped a rule it could not parse");
    }

    @Test
    void groupedByYearEachSectionHasAHeadingPerYearThatHidesWhenEmpty() throws Exception {
        Path grouped = exported("grouped", Fixtures.projectDir().resolve("src/test/resources/fixtures/page/library.bib"),
                "export", "--format", "html", "--standalone", "--group", "year", "--output", "index.html");
        tab = chromium.open(1280, 900, true).load(grouped);
        assertEquals("2024 2023 2022 2021 2020", tab.evaluate("Array.from(document.querySelectorAll("
                + "'#conference h3'), h => h.textContent).join(' ')").asText());
        tab.click(".bf-filter input").type("AAAI");
        assertEquals("2022", tab.evaluate("Array.from(document.querySelectorAll('#conference h3'))"
                + ".filter(h => h.getClientRects().length > 0).map(h => h.textContent).join(' ')").asText());
        tab.screenshot(SHOTS.resolve("stranger-grouped-1280.png"));
    }

    @Test
    void theFragmentWorksInsideASitesOwnPageWithItsStylesheetApart() throws Exception {
        Path site = Files.createDirectories(folder.resolve("site"));
        Files.copy(Fixtures.projectDir().resolve("src/test/resources/fixtures/page/library.bib"),
                site.resolve("library.bib"));
        CliRun fragment = CliRun.in(site, "export", "--format", "html");
        CliRun css = CliRun.in(site, "export", "--format", "css", "--output", "bibfolio.css");
        assertEquals(0, fragment.exitCode(), fragment.err());
        assertEquals(0, css.exitCode(), css.err());
        assertFalse(fragment.out().contains("<html") || fragment.out().contains("<head")
                || fragment.out().contains("<body"), "a fragment has no document around it");
        Files.writeString(site.resolve("index.html"), """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Site</title>
                <link rel="stylesheet" href="bibfolio.css">
                <style>body { font-family: Georgia, serif; max-width: 45rem; margin: 2rem auto; }
                .tag, .badge, .button, .list, .paper { color: red; border: 5px solid red; }</style></head>
                <body><h1>Publications</h1>
                """ + fragment.out() + "</body></html>\n", StandardCharsets.UTF_8);
        tab = chromium.open(1280, 900, true).load(site.resolve("index.html"));
        assertEquals(List.of(), strings(tab.evaluate("Array.from(document.querySelectorAll('.bf-publications,"
                + " .bf-publications *')).flatMap(e => Array.from(e.classList)).filter(c => !c.startsWith('bf-'))")),
                "every class of the fragment is bibfolio's own");
        tab.click(".bf-filter input").type("spotlight");
        assertEquals(Set.of("nowak2023iclr", "okafor2024foldingnets"), shownKeys());
        tab.screenshot(SHOTS.resolve("fragment-in-site-1280.png"));
    }

    @Test
    void theBundledLibrarysPageShowsEachOfItsThirteenPapers() {
        tab = chromium.open(1280, 900, true).load(bundled);
        assertEquals(13, shownKeys().size());
        assertEquals("Libin Zhu", tab.evaluate("document.querySelector('h1').textContent").asText());
        assertEquals("Selected Publications,Conference proceedings,Journal publications,Preprints/Articles in Review",
                tab.evaluate("Array.from(document.querySelectorAll('h2'), h => h.textContent).join()").asText());
    }

    /** The keys of the papers a person sees (rendered, not only not hidden). */
    private Set<String> shownKeys() {
        return new TreeSet<>(strings(tab.evaluate("Array.from(document.querySelectorAll('.bf-paper'))"
                + ".filter(p => p.getClientRects().length > 0).map(p => p.dataset.key)")));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(node -> out.add(node.asText()));
        return out;
    }

    private static String audit() throws IOException {
        return Files.readString(Fixtures.projectDir().resolve("src/test/resources/page/contrast-audit.js"),
                StandardCharsets.UTF_8);
    }

    /** The rules of a stylesheet: one per opening brace, comments aside (ours hold no braces in strings). */
    private static int blocks(String css) {
        return (int) css.replaceAll("(?s)/\\*.*?\\*/", "").chars().filter(c -> c == '{').count();
    }
}
