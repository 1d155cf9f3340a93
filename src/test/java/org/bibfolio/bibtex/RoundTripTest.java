package org.bibfolio.bibtex;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bibfolio.testing.Fixtures;
import org.bibfolio.testing.Processes;
import org.junit.jupiter.api.Test;

/**
 * Read → write unchanged gives the same bytes, and add → remove of an entry gives the same bytes, on the bundled
 * library and on every .bib file TeX Live ships (texlive-bibtex-extra and friends, including biblatex-examples.bib
 * and BibTeX's own xampl.bib). Failures name the file and the first differing offset.
 */
class RoundTripTest {

    /** Where texlive-bibtex-extra puts .bib files: the databases, and the packages' examples (some gzipped). */
    private static final List<Path> TEXLIVE_ROOTS = List.of(Path.of("/usr/share/texlive/texmf-dist/bibtex/bib"),
            Path.of("/usr/share/texmf/bibtex/bib"), Path.of("/usr/share/doc/texlive-doc"));

    static List<Path> texliveFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : TEXLIVE_ROOTS) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(p -> p.toString().endsWith(".bib") || p.toString().endsWith(".bib.gz"))
                            .filter(Files::isRegularFile).sorted()
                            .forEach(files::add);
                }
            }
        }
        return files;
    }

    @Test
    void everyTexLiveFileAndTheBundledLibraryRoundTripByteForByte() throws Exception {
        List<Path> files = new ArrayList<>(texliveFiles());
        Processes.requireThat(files.size() >= 150, "texlive-bibtex-extra is not installed: found only "
                + files.size() + " .bib files under " + TEXLIVE_ROOTS);
        files.add(Fixtures.bundledLibrary());
        List<String> failures = new ArrayList<>();
        long entries = 0;
        for (Path file : files) {
            try {
                entries += roundTrip(file);
            } catch (BibSyntaxException e) {
                failures.add(file + ": not valid BibTeX for our parser: " + e.getMessage());
            } catch (AssertionError e) {
                failures.add(file + ": " + e.getMessage());
            }
        }
        System.out.printf("round trip: %d files, %d entries, %d failures%n", files.size(), entries, failures.size());
        assertEquals(List.of(), failures);
    }

    private static byte[] read(Path path) throws IOException {
        if (!path.toString().endsWith(".gz")) {
            return Files.readAllBytes(path);
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(path))) {
            return in.readAllBytes();
        }
    }

    /** Returns the file's entry count after checking both round trips. */
    private static long roundTrip(Path path) throws IOException, BibSyntaxException {
        byte[] bytes = read(path);
        Charset charset = LibraryReader.detectCharset(bytes);
        BibFile file = BibParser.parse(path.toString(), new String(bytes, charset), charset);
        StringBuilder written = new StringBuilder();
        file.items().forEach(item -> written.append(file.textOf(item)));
        assertArrayEquals(bytes, written.toString().getBytes(charset), "read → write changed bytes");

        BibEditor editor = new BibEditor(file);
        String entry = new EntryFormatter(FileStyle.of(file)).entry("misc", "bibfolioRoundTrip",
                List.of(new EntryFormatter.FieldText("title", "{A round trip}")));
        editor.append(entry).remove("bibfolioRoundTrip");
        assertArrayEquals(bytes, editor.text().getBytes(charset), "add → remove changed bytes");
        return file.entries().count();
    }
}
