package org.bibfolio.style.csl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.bibfolio.bibtex.BibSyntaxException;
import org.bibfolio.bibtex.LibraryReader;
import org.bibfolio.model.Category;
import org.bibfolio.model.Library;
import org.bibfolio.model.Publication;
import org.bibfolio.style.AuthorMarks;
import org.bibfolio.style.HouseStyle;
import org.bibfolio.style.NameCut;
import org.bibfolio.style.NameOptions;
import org.bibfolio.style.RenderedEntry;
import org.bibfolio.style.RoleLabels;
import org.bibfolio.style.StyleException;
import org.bibfolio.style.format.TextFormat;

/**
 * Renders one library in one CSL style with bibfolio and with pandoc ({@code --citeproc}), entry by entry in plain
 * text. The bare profile adds nothing (no tags, no owner emphasis), so both sides render the CSL style alone.
 */
record PandocComparison(String style, Library library, List<String> ours, List<String> pandoc) {

    /** The profile for a pure CSL rendering: no sections of its own, nothing appended, the style's order. */
    static final HouseStyle BARE = new HouseStyle("bare", "bare", new NameOptions("initials-first", ", ", ", & ",
            ", & ", "none", 0, 1, NameCut.STYLE, AuthorMarks.DEFAULT, RoleLabels.DEFAULT), "file", "none", "section", Map.of(), List.of(),
            new HouseStyle.CslSettings(Optional.empty(), Optional.empty(), "style", false));

    static boolean pandocAvailable() {
        try {
            Process p = new ProcessBuilder("pandoc", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    static PandocComparison run(String styleId, Path bib, Path workDir)
            throws IOException, BibSyntaxException, InterruptedException, StyleException {
        LibraryReader.Loaded loaded = LibraryReader.read(bib);
        Library library = loaded.library();
        CslRenderer renderer = new CslRenderer(CslStyles.load(styleId, workDir), BARE);
        List<String> ours = new ArrayList<>();
        TextFormat text = new TextFormat();
        List<Publication> compared = library.publications().stream().filter(p -> !typedOnPurpose(p)).toList();
        for (RenderedEntry entry : renderer.renderFlat(library, compared).entries()) {
            // the label as --format text prints it, the way pandoc writes the style's citation number
            ours.add(entry.label().map(label -> label.text() + " ").orElse("") + text.inline(entry.content(), false));
        }
        return new PandocComparison(styleId, library, ours, pandoc(styleId, withoutTypedOnPurpose(loaded, workDir),
                workDir));
    }

    /**
     * A preprint kept as {@code @online} (an arXiv paper as Zotero exports it), which bibfolio renders as CSL's
     * preprint type {@code article} and pandoc as a web page (no date in IEEE, no "Preprint at" in Nature): a
     * mapping choice docs/csl-differences.md explains, which no pandoc input can express, so it is compared nowhere.
     */
    private static boolean typedOnPurpose(Publication p) {
        return p.type().equals("online") && p.category() == Category.PREPRINT;
    }

    /** The library's text for pandoc without the entries {@link #typedOnPurpose}. */
    private static Path withoutTypedOnPurpose(LibraryReader.Loaded loaded, Path workDir) throws IOException {
        StringBuilder text = new StringBuilder(loaded.file().text());
        List<String> keys = loaded.library().publications().stream().filter(PandocComparison::typedOnPurpose)
                .map(Publication::key).toList();
        loaded.file().entries().filter(entry -> keys.contains(entry.key()))
                .sorted((a, b) -> b.span().start() - a.span().start())
                .forEach(entry -> text.delete(entry.span().start(), entry.span().end()));
        Path copy = workDir.resolve("pandoc.bib");
        Files.writeString(copy, text, StandardCharsets.UTF_8);
        return copy;
    }

    private static List<String> pandoc(String styleId, Path bib, Path workDir) throws IOException, InterruptedException {
        Path csl = workDir.resolve(styleId + ".csl");
        try (InputStream in = PandocComparison.class.getClassLoader().getResourceAsStream(styleId + ".csl")) {
            Files.write(csl, in.readAllBytes());
        }
        Path doc = workDir.resolve("nocite.md");
        Files.writeString(doc, "---\nnocite: '@*'\n---\n");
        Process process = new ProcessBuilder("pandoc", "--citeproc", "--csl", csl.toString(), "--bibliography",
                bib.toString(), "-t", "plain", "--wrap=none", doc.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(120, TimeUnit.SECONDS);
        return Arrays.stream(out.strip().split("\n\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * Undoes the differences that are pandoc 2.17's own errors, each explained in docs/csl-differences.md: its
     * bundled en-US locale lacks the term "online" (IEEE's "[Online]. Available:"); it leaves "{\\'\\i}" as a dotless
     * i with a combining accent instead of "í"; its title case capitalizes "through", a preposition that the CSL 1.0.2
     * stop-word list and the Chicago Manual (8.159) keep lower case, and lowercases "over" as the first element of a
     * hyphenated compound, which Chicago (8.161) always capitalizes. Applied to both sides; nothing of ours is
     * forgiven here.
     */
    static String withoutPandocErrors(String entry) {
        return entry.replace("[Online]. Available:", "Available:").replace("\u0131\u0301", "\u00ED")
                .replaceAll("(?<=\\p{L} )Through(?= )", "through").replaceAll("(?<= )over-(?=\\p{Lu})", "Over-");
    }

    /**
     * pandoc's BibTeX reader also sentence-cases {@code booktitle} and {@code series}; proceedings and series are names
     * and keep their case in our data (a chapter's book is sentence-cased on both sides; docs/csl-differences.md). So pandoc's sentence-cased rendering of each such name, computed
     * from the entry with the same rule, is put back to the name as written; on our side it does not occur.
     */
    private String withContainerNames(String entry) {
        String out = entry;
        for (Publication p : library.publications()) {
            for (String field : List.of("booktitle", "series")) {
                Optional<String> name = p.field(field);
                if (name.isPresent()) {
                    out = out.replace(SentenceCase.apply(name.get(), p.protectedIn(field)), name.get());
                }
            }
        }
        return out;
    }

    PandocComparison normalized() {
        return new PandocComparison(style, library,
                ours.stream().map(PandocComparison::withoutPandocErrors).map(this::withContainerNames).toList(),
                pandoc.stream().map(PandocComparison::withoutPandocErrors).map(this::withContainerNames).toList());
    }

    /** Our entries that pandoc printed identically (order aside: both follow the style's sort). */
    List<String> identical() {
        List<String> left = new ArrayList<>(pandoc);
        List<String> same = new ArrayList<>();
        for (String entry : ours) {
            if (left.remove(entry)) {
                same.add(entry);
            }
        }
        return same;
    }

    List<String> onlyOurs() {
        List<String> out = new ArrayList<>(ours);
        identical().forEach(out::remove);
        return out;
    }

    List<String> onlyPandoc() {
        List<String> out = new ArrayList<>(pandoc);
        identical().forEach(out::remove);
        return out;
    }

    double ratio() {
        return ours.isEmpty() ? 1 : (double) identical().size() / Math.max(ours.size(), pandoc.size());
    }
}
