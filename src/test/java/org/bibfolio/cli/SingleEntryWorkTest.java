package org.bibfolio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.bibfolio.bench.SyntheticLibrary;
import org.bibfolio.bibtex.LibraryReader;
import org.bibfolio.model.Publication;
import org.bibfolio.model.WorkCount;
import org.bibfolio.model.WorkCount.Kind;
import org.bibfolio.testing.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command that changes one entry reads the library but does no other work on every entry: it parses each entry
 * once, maps to the model only the entries it writes and the few that may be the same paper (judged on DOI, arXiv
 * id and year), and renders nothing. Counted, not timed: a regression that maps all 50,000 entries of a big library
 * again fails here on 400.
 */
class SingleEntryWorkTest {

    private static final int ENTRIES = 400;

    @TempDir
    Path dir;

    private List<Publication> publications;

    @BeforeEach
    void library() throws Exception {
        SyntheticLibrary.write(dir.resolve("library.bib"), ENTRIES, 7);
        publications = LibraryReader.read(dir.resolve("library.bib")).library().publications();
    }

    private WorkCount.Counted<CliRun> counted(String... args) throws Exception {
        return WorkCount.during(() -> CliRun.in(dir, args));
    }

    @Test
    void addingAPaperMapsItAloneAndParsesTheLibraryOnce() throws Exception {
        byte[] before = Files.readAllBytes(dir.resolve("library.bib"));
        WorkCount.Counted<CliRun> add = counted("add", "--type", "article", "--title", "A paper of its own year",
                "--author", "Ada Lovelace", "--year", "1843", "--venue", "Taylor's Scientific Memoirs");
        assertEquals(0, add.result().exitCode(), add.result().err());
        // the library once, and the appended entry when the edited text is parsed after it
        assertEquals(ENTRIES + 1, add.counts().of(Kind.PARSED));
        assertEquals(1, add.counts().of(Kind.MAPPED));
        assertTrue(add.counts().of(Kind.SCREENED) <= ENTRIES, add.counts().toString());
        assertEquals(0, add.counts().of(Kind.RENDERED));
        // what was there stays byte for byte, the new entry after it
        byte[] after = Files.readAllBytes(dir.resolve("library.bib"));
        assertTrue(after.length > before.length && Arrays.equals(before, Arrays.copyOf(after, before.length)));
    }

    @Test
    void removingOrMarkingOnePaperMapsAFewEntries() throws Exception {
        Publication last = publications.get(ENTRIES - 1);
        WorkCount.Counted<CliRun> status = counted("status", last.key(), "accepted");
        assertEquals(0, status.result().exitCode(), status.result().err());
        assertTrue(status.counts().of(Kind.PARSED) <= 2L * ENTRIES + 1, status.counts().toString());
        assertTrue(status.counts().of(Kind.MAPPED) < ENTRIES / 10, status.counts().toString());
        WorkCount.Counted<CliRun> remove = counted("remove", last.key());
        assertEquals(0, remove.result().exitCode(), remove.result().err());
        assertTrue(remove.counts().of(Kind.PARSED) <= 2L * ENTRIES + 1, remove.counts().toString());
        assertTrue(remove.counts().of(Kind.MAPPED) < ENTRIES / 10, remove.counts().toString());
        assertEquals(0, status.counts().of(Kind.RENDERED) + remove.counts().of(Kind.RENDERED));
    }

    @Test
    void anExportRendersEveryEntryOnce() throws Exception {
        // what the counts of the edits are measured against (export reads on a thread of its own, uncounted here)
        WorkCount.Counted<CliRun> export = counted("export", "--flat");
        assertEquals(0, export.result().exitCode(), export.result().err());
        assertEquals(ENTRIES, export.counts().of(Kind.RENDERED));
    }

    @Test
    void editingOneEntryMapsOnlyItAndTheEntriesOfItsYear() throws Exception {
        Publication first = publications.get(0);
        long sameYear = publications.stream().filter(p -> p.year().equals(first.year())).count();
        WorkCount.Counted<CliRun> edit = counted("edit", first.key(), "--set", "note=checked");
        assertEquals(0, edit.result().exitCode(), edit.result().err());
        assertTrue(edit.counts().of(Kind.PARSED) <= 2L * ENTRIES + 1, edit.counts().toString());
        // the entry before and after the change, and the entries of its year (which may repeat its title), twice
        assertTrue(edit.counts().of(Kind.MAPPED) <= 2 * (sameYear + 1), edit.counts() + ", same year " + sameYear);
        assertTrue(sameYear < ENTRIES / 4, "the library's years are spread: " + sameYear);
        assertEquals(0, edit.counts().of(Kind.RENDERED));
    }

    @Test
    void taggingAnOldPaperMapsAFewEntries() throws Exception {
        Publication old = publications.stream().min(Comparator.comparing(p -> p.year().orElse(0))).orElseThrow();
        WorkCount.Counted<CliRun> tag = counted("tag", old.key(), "Spotlight");
        assertEquals(0, tag.result().exitCode(), tag.result().err());
        assertTrue(tag.counts().of(Kind.MAPPED) < ENTRIES / 10, tag.counts().toString());
    }

    @Test
    void theScreenStillFindsEveryKindOfRepeatedPaper() throws Exception {
        Files.writeString(dir.resolve("library.bib"), "@article{doi2001, title = {Old}, author = {Doe, J.}, "
                + "journal = {J}, year = 2001, doi = {10.1000/XYZ.7}}\n", StandardOpenOption.APPEND);
        CliRun doi = CliRun.in(dir, "add", "--type", "misc", "--title", "Another title altogether", "--year", "1999",
                "--doi", "10.1000/xyz.7");
        assertEquals(ExitCodes.DATA_ERROR, doi.exitCode(), doi.err());
        assertTrue(doi.err().contains("repeats doi2001") && doi.err().contains("same DOI"), doi.err());

        Publication preprint = publications.stream().filter(p -> p.links().arxiv().isPresent()).findFirst()
                .orElseThrow();
        CliRun arxiv = CliRun.in(dir, "add", "--type", "misc", "--title", "Yet another title", "--year", "1998",
                "--arxiv", preprint.links().arxiv().get() + "v2");
        assertEquals(ExitCodes.DATA_ERROR, arxiv.exitCode(), arxiv.err());
        assertTrue(arxiv.err().contains("repeats " + preprint.key()) && arxiv.err().contains("same arXiv id"),
                arxiv.err());

        Publication titled = publications.get(ENTRIES / 2);
        CliRun title = CliRun.in(dir, "add", "--type", "misc", "--title", titled.title().toUpperCase(),
                "--year", String.valueOf(titled.year().orElseThrow()));
        assertEquals(ExitCodes.DATA_ERROR, title.exitCode(), title.err());
        assertTrue(title.err().contains("same title and year"), title.err());
    }

    @Test
    void aYearInheritedThroughCrossrefIsScreenedWithItsParent() throws Exception {
        Files.writeString(dir.resolve("library.bib"), """
                @inproceedings{child, title = {Kernels at Scale}, author = {Zhu, Libin}, booktitle = {Proc.},
                  crossref = {proc}}
                @proceedings{proc, title = {Proceedings of Somewhere}, year = 2021}
                """);
        CliRun add = CliRun.in(dir, "add", "--type", "misc", "--title", "Kernels at scale", "--year", "2021");
        assertEquals(ExitCodes.DATA_ERROR, add.exitCode(), add.err());
        assertTrue(add.err().contains("repeats child"), add.err());
    }
}
