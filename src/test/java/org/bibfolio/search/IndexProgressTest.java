package org.bibfolio.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bibfolio.bench.SyntheticLibrary;
import org.bibfolio.model.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index build tells its progress as each batch of entries is indexed, and ends with the whole count. */
class IndexProgressTest {

    /** What a progress was told, in order; told from the indexing threads. */
    private static final class Recorded implements Progress {
        final List<int[]> calls = new ArrayList<>();

        @Override
        public synchronized void done(int done, int total) {
            calls.add(new int[] {done, total});
        }
    }

    @Test
    void aBuildReportsEachBatchThenTheWhole(@TempDir Path dir) throws Exception {
        Path library = dir.resolve("library.bib");
        SyntheticLibrary.write(library, 5_000, 7);
        Recorded progress = new Recorded();
        try (LibraryIndex index = LibraryIndex.open(library, "library.bib", true, progress)) {
            assertEquals(5_000, index.status().reindexed());
        }
        // 2,000 + 2,000 + 1,000 entries: a call per batch, then the end
        assertEquals(4, progress.calls.size(), () -> progress.calls.stream().map(c -> c[0] + "/" + c[1]).toList()
                .toString());
        progress.calls.forEach(call -> assertEquals(5_000, call[1]));
        assertTrue(progress.calls.subList(0, 3).stream().allMatch(call -> call[0] < 5_000));
        assertEquals(5_000, progress.calls.get(3)[0]);
    }

    @Test
    void anUpdateCountsOnlyTheEntriesItReindexes(@TempDir Path dir) throws Exception {
        Path library = dir.resolve("library.bib");
        SyntheticLibrary.write(library, 3_000, 7);
        LibraryIndex.open(library, "library.bib", true).close();
        Files.writeString(library, "\n@misc{added, title = {One more}}\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        Recorded progress = new Recorded();
        LibraryIndex.open(library, "library.bib", false, progress).close();
        assertEquals(List.of("0/1", "1/1"), progress.calls.stream().map(c -> c[0] + "/" + c[1]).toList());
    }

    @Test
    void theEstimateCountsTheEntriesAtTheStartOfALine() {
        String bib = "@string{j = {J}}\n@Comment{x}\n  @article{a, title = {@inside}}\n@PREAMBLE{\"p\"}\n"
                + "@misc{b,\n  note = {x @y}}\n\t@book{c}\n";
        assertEquals(3, IndexBatches.entriesAbout(bib.getBytes(StandardCharsets.UTF_8)));
    }
}
