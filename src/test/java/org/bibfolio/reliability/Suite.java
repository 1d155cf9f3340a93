package org.bibfolio.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bibfolio.bibtex.BibField;
import org.bibfolio.bibtex.BibFile;
import org.bibfolio.bibtex.BibItem;
import org.bibfolio.bibtex.BibSyntaxException;
import org.bibfolio.bibtex.LibraryReader;
import org.bibfolio.model.Publication;
import org.bibfolio.testing.Fixtures;

/**
 * Settings and checks shared by the reliability suite. It is seeded ({@code -Dreliability.seed=N}, default 13, printed
 * with every failure) and sized for CI; {@code -Dreliability.long=true} runs each part several times longer.
 */
final class Suite {

    static final boolean LONG = Boolean.getBoolean("reliability.long");
    static final long SEED = Long.getLong("reliability.seed", 13);

    private Suite() {
    }

    /** {@code normal} in CI, {@code longer} with {@code -Dreliability.long=true}. */
    static int scale(int normal, int longer) {
        return LONG ? longer : normal;
    }

    static Path fixture(String name) {
        return Fixtures.projectDir().resolve("src/test/resources/fixtures/reliability").resolve(name);
    }

    /** The stranger's library of the suite, copied into {@code folder} as library.bib. */
    static Path copyLibraryTo(Path folder) throws IOException {
        Path library = folder.resolve("library.bib");
        Files.copy(fixture("library.bib"), library);
        return library;
    }

    /** What a library file holds, as the checks compare it from one step to the next. */
    record Snapshot(byte[] bytes, Map<String, String> entryTexts, Map<String, Map<String, String>> ownFields,
                    Map<String, Publication> publications, List<String> otherItems) {

        static Snapshot of(Path library) throws IOException, BibSyntaxException {
            byte[] bytes = Files.readAllBytes(library);
            LibraryReader.Loaded loaded = LibraryReader.read(library);
            BibFile file = loaded.file();
            Map<String, String> texts = new LinkedHashMap<>();
            Map<String, Map<String, String>> own = new LinkedHashMap<>();
            List<String> others = new ArrayList<>();
            for (BibItem item : file.items()) {
                if (item instanceof BibItem.Entry entry) {
                    texts.put(entry.key(), file.textOf(entry));
                    Map<String, String> fields = new LinkedHashMap<>();
                    for (BibField field : entry.fields()) {
                        fields.putIfAbsent(field.normalizedName(), loaded.macros().resolve(field.value()));
                    }
                    own.put(entry.key(), fields);
                } else if (!(item instanceof BibItem.Junk) || !file.textOf(item).isBlank()) {
                    others.add(file.textOf(item).strip());
                }
            }
            Map<String, Publication> publications = new LinkedHashMap<>();
            for (Publication publication : loaded.library().publications()) {
                publications.put(publication.key(), publication);
            }
            return new Snapshot(bytes, texts, own, publications, others);
        }

        /**
         * What changed besides {@code touched}: entries whose text differs, entries that moved, comments, macros or
         * other text between entries that changed. Empty when the write touched only what it should.
         */
        List<String> changesBeside(Snapshot after, String touched) {
            List<String> problems = new ArrayList<>();
            List<String> keptBefore = entryTexts.keySet().stream().filter(k -> !k.equals(touched)
                    && after.entryTexts.containsKey(k)).toList();
            List<String> keptAfter = after.entryTexts.keySet().stream().filter(keptBefore::contains).toList();
            if (!keptBefore.equals(keptAfter)) {
                problems.add("entries moved: " + keptBefore + " became " + keptAfter);
            }
            for (String key : keptBefore) {
                if (!entryTexts.get(key).equals(after.entryTexts.get(key))) {
                    problems.add("untouched entry " + key + " changed");
                }
            }
            for (String key : entryTexts.keySet()) {
                if (!key.equals(touched) && !after.entryTexts.containsKey(key)) {
                    problems.add("untouched entry " + key + " vanished");
                }
            }
            if (!otherItems.equals(after.otherItems)) {
                problems.add("comments, @strings or text between entries changed");
            }
            return problems;
        }
    }
}
