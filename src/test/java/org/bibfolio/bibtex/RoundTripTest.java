package org.bibfolio.bibtex;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bibfolio.testing.Fixtures;
import org.bibfolio.testing.TexLiveFiles;
import org.junit.jupiter.api.Test;

/**
 * Read → write unchanged gives the same bytes, and add → remove of an entry gives the same bytes, on the bundled
 * library and on every .bib file TeX Live ships (texlive-bibtex-extra, texlive-latex-extra and friends, including
 * biblatex-examples.bib and BibTeX's own xampl.bib). A file with a broken entry round-trips too (the broken text is
 * kept as it is), and the editor refuses to write it. Failures name the file and the first differing offset.
 */
class RoundTripTest {

    /**
     * The TeX Live files that hold broken entries, and the error of each: frankenstein.bib ends a quoted value with
     * {@code {"}, so BibTeX reads that value on into the next entries (bibfolio reports it and reads the rest).
     */
    private static final Map<String, List<String>> KNOWN_BROKEN = Map.of("frankenstein.bib", List.of(
            "441:16: error: the quoted value of field 'annotation' is never closed (reached the next entry, @Book at "
                    + "line 447); the '\"' at line 444 column 56 is inside braces, so it does not end the value in "
                    + "entry beckett:dream (which starts at line 419)"));

    @Test
    void everyTexLiveFileAndTheBundledLibraryRoundTripByteForByte() throws Exception {
        List<Path> files = new ArrayList<>(TexLiveFiles.required());
        files.add(Fixtures.bundledLibrary());
        List<String> failures = new ArrayList<>();
        Map<String, List<String>> broken = new TreeMap<>();
        long entries = 0;
        for (Path file : files) {
            try {
                entries += roundTrip(file, broken);
            } catch (AssertionError e) {
                failures.add(file + ": " + e.getMessage());
            }
        }
        System.out.printf("round trip: %d files, %d entries, %d failures, %d with broken entries%n", files.size(),
                entries, failures.size(), broken.size());
        assertEquals(List.of(), failures);
        assertEquals(KNOWN_BROKEN, broken);
    }

    /** Returns the file's entry count after checking both round trips; collects the errors of broken items. */
    private static long roundTrip(Path path, Map<String, List<String>> broken) throws IOException {
        byte[] bytes = TexLiveFiles.read(path);
        Charset charset = LibraryReader.detectCharset(bytes);
        BibFile file = BibParser.parse(path.toString(), new String(bytes, charset), charset);
        StringBuilder written = new StringBuilder();
        file.items().forEach(item -> written.append(file.textOf(item)));
        assertArrayEquals(bytes, written.toString().getBytes(charset), "read → write changed bytes");

        String entry = new EntryFormatter(FileStyle.of(file)).entry("misc", "bibfolioRoundTrip",
                List.of(new EntryFormatter.FieldText("title", "{A round trip}")));
        if (!file.broken().isEmpty()) {
            broken.put(path.getFileName().toString(), file.broken().stream()
                    .map(item -> item.error().getMessage().substring(path.toString().length() + 1)).toList());
            assertThrows(IllegalStateException.class, () -> new BibEditor(file).append(entry),
                    "the editor must not write around a broken entry");
            return file.entries().count();
        }
        BibEditor editor = new BibEditor(file);
        editor.append(entry).remove("bibfolioRoundTrip");
        assertArrayEquals(bytes, editor.text().getBytes(charset), "add → remove changed bytes");
        return file.entries().count();
    }
}
