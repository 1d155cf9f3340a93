package org.bibfolio.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The real-world .bib files TeX Live installs (texlive-bibtex-extra, texlive-latex-extra and friends: the
 * databases, the packages' examples, BibTeX's own xampl.bib, Beebe's TUGboat bibliographies), for tests that must
 * not be tuned to fixtures we wrote.
 */
public final class TexLiveFiles {

    /** Where TeX Live puts .bib files: the databases, and the packages' examples (some gzipped). */
    public static final List<Path> ROOTS = List.of(Path.of("/usr/share/texlive/texmf-dist/bibtex/bib"),
            Path.of("/usr/share/texmf/bibtex/bib"), Path.of("/usr/share/doc/texlive-doc"));

    /** Beebe's bibliographies: 9,733 entries of 9,251 distinct keys, hard real-world BibTeX. */
    public static final Path BEEBE = Path.of("/usr/share/texlive/texmf-dist/bibtex/bib/beebe");

    private TexLiveFiles() {
    }

    /** Every .bib and .bib.gz file under {@link #ROOTS}, sorted. */
    public static List<Path> all() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : ROOTS) {
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

    /** Skips the test (fails it in CI) unless TeX Live's files are installed; returns them. */
    public static List<Path> required() throws IOException {
        List<Path> files = all();
        Processes.requireThat(files.size() >= 150, "texlive-bibtex-extra is not installed: found only "
                + files.size() + " .bib files under " + ROOTS);
        return files;
    }

    /** The file's bytes, gunzipped when its name ends in .gz. */
    public static byte[] read(Path path) throws IOException {
        if (!path.toString().endsWith(".gz")) {
            return Files.readAllBytes(path);
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(path))) {
            return in.readAllBytes();
        }
    }
}
