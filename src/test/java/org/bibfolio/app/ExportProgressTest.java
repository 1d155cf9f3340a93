package org.bibfolio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.bibfolio.bibtex.LibraryReader;
import org.bibfolio.model.Progress;
import org.bibfolio.style.StyleCatalog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An export tells its progress bar as the style renders each entry, house style and CSL alike, to the last. */
class ExportProgressTest {

    private static final int ENTRIES = 40;

    /** Every count it was told, in order. */
    private record Told(List<int[]> counts) implements Progress {
        @Override
        public synchronized void done(int done, int total) {
            counts.add(new int[] {done, total});
        }
    }

    @ParameterizedTest(name = "{0}, flat {1}")
    @CsvSource({"cv, false", "cv, true", "apa, false", "apa, true", "ieee, true"})
    void countsUpToEveryEntryRendered(String style, boolean flat) throws Exception {
        String bib = IntStream.range(0, ENTRIES).mapToObj(i -> "@article{k" + i + ", author = {Zhu, Libin and Ng, A"
                + i + "}, title = {Paper " + i + "}, journal = {J}, year = {" + (2000 + i % 20) + "}}\n")
                .reduce("", String::concat);
        LibraryReader.Loaded loaded = LibraryReader.read("library.bib", bib, StandardCharsets.UTF_8);
        Exporter.Request request = new Exporter.Request(new StyleCatalog(Path.of(".")).resolve(style, "cv"),
                Exporter.ALL, Formats.byName("markdown").orElseThrow(), false, flat, p -> true);
        Told told = new Told(new ArrayList<>());

        StringWriter out = new StringWriter();
        Exporter.export(loaded, request, out, told);
        String text = out.toString();

        assertTrue(text.contains("Paper 39"), text);
        int[] last = told.counts().get(told.counts().size() - 1);
        assertEquals(List.of(ENTRIES, ENTRIES), List.of(last[0], last[1]), "the last count is every entry");
        assertTrue(told.counts().stream().allMatch(c -> c[1] == ENTRIES && c[0] >= 1 && c[0] <= ENTRIES));
        assertTrue(told.counts().size() >= ENTRIES, "told at each entry, not once at the end");
    }
}
