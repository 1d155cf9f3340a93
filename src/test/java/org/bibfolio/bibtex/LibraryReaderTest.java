package org.bibfolio.bibtex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.bibfolio.model.Category;
import org.bibfolio.model.PartialDate;
import org.bibfolio.model.Publication;
import org.bibfolio.model.ReviewStatus;
import org.bibfolio.model.VenueTag;
import org.bibfolio.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** How entries become publications: categories, review status, dates, venues, tags and links. */
class LibraryReaderTest {

    private static Publication only(String bibtex) throws Exception {
        return LibraryReader.read("t.bib", bibtex, StandardCharsets.UTF_8).library().publications().get(0);
    }

    @Test
    void conferencePaperWithAbbreviationTagsAndSelection() throws Exception {
        Publication p = only("@inproceedings{k, author = {M{\\\"u}ller, J{\\\"o}rg and van der Berg, Anna},"
                + " title = {On {B}ig {D}ata}, booktitle = {International Conference on Learning Representations},"
                + " shortbooktitle = {ICLR}, year = 2022, month = apr, keywords = {selected, spotlight, kernels}}");
        assertEquals(Category.CONFERENCE, p.category());
        assertEquals(new ReviewStatus.Published(), p.status());
        assertEquals("International Conference on Learning Representations", p.venue().name());
        assertEquals(Optional.of("ICLR"), p.venue().abbreviation());
        assertEquals(List.of(new VenueTag("Spotlight")), p.tags());
        assertTrue(p.selected());
        assertEquals(Optional.of(new PartialDate(2022, Optional.of(4))), p.date());
        assertEquals("On Big Data", p.title());
        assertEquals("Müller", p.authors().names().get(0).last());
        assertEquals("van der", p.authors().names().get(1).von());
    }

    @Test
    void submittedArticleIsAPreprintSubmittedToItsJournal() throws Exception {
        Publication p = only("@article{k, title = {T}, journal = {Annals of Applied Probability},"
                + " pubstate = {submitted}, year = 2025, eprint = {2504.03148}, eprinttype = {arxiv}}");
        assertEquals(Category.PREPRINT, p.category());
        assertEquals(new ReviewStatus.Submitted(Optional.of("Annals of Applied Probability")), p.status());
        assertEquals(Optional.of(new PartialDate(2025, Optional.of(4))), p.date(), "month from the arXiv id");
        assertEquals(Optional.of("https://arxiv.org/abs/2504.03148"), p.links().paper());
    }

    @Test
    void barePreprintsFromBibtexAndBiblatexConventions() throws Exception {
        Publication misc = only("@misc{k, title = {T}, year = 2022, eprint = {2206.15058}, archivePrefix = {arXiv}}");
        assertEquals(Category.PREPRINT, misc.category());
        assertEquals(new ReviewStatus.Preprint(), misc.status());
        Publication corr = only("@article{k, title = {T}, journal = {CoRR}, volume = {abs/2206.15058}, year = 2022}");
        assertEquals(Category.PREPRINT, corr.category());
        assertEquals(new ReviewStatus.Preprint(), corr.status());
        assertEquals("CoRR", corr.venue().name(), "the server is where to read it");
    }

    @Test
    void categoryFieldOverridesTheDerivedOne() throws Exception {
        Publication p = only("@inproceedings{k, title = {T}, booktitle = {Workshop}, category = {other}}");
        assertEquals(Category.OTHER, p.category());
    }

    @Test
    void stringMacrosConcatenationAndCrossrefInheritance() throws Exception {
        String bib = "@string{nips = {Advances in Neural Information Processing Systems}}\n"
                + "@inproceedings{child, title = {T}, crossref = {proc}}\n"
                + "@proceedings{proc, title = nips # { 33}, year = 2020, month = dec, publisher = {Curran}}\n";
        Publication child = LibraryReader.read("t.bib", bib, StandardCharsets.UTF_8).library().publications().get(0);
        assertEquals("Advances in Neural Information Processing Systems 33", child.venue().name());
        assertEquals(Optional.of(new PartialDate(2020, Optional.of(12))), child.date());
    }

    @Test
    void doiPrefixesAreRemovedAndUrlsKeptVerbatim() throws Exception {
        Publication p = only("@article{k, title = {T}, journal = {J}, doi = {https://doi.org/10.1/x_y},"
                + " url = {https://example.org/~me/a_b.pdf}}");
        assertEquals(Optional.of("10.1/x_y"), p.links().doi());
        assertEquals(Optional.of("https://example.org/~me/a_b.pdf"), p.links().url());
    }

    @Test
    void bundledLibraryHasThirteenPublicationsSevenSelectedAndAnOwner() throws Exception {
        LibraryReader.Loaded loaded = LibraryReader.read(Fixtures.bundledLibrary());
        List<Publication> publications = loaded.library().publications();
        assertEquals(13, publications.size());
        assertEquals(7, publications.stream().filter(Publication::selected).count());
        assertEquals(8, publications.stream().filter(p -> p.category() == Category.CONFERENCE).count());
        assertEquals(2, publications.stream().filter(p -> p.category() == Category.JOURNAL).count());
        assertEquals(3, publications.stream().filter(p -> p.category() == Category.PREPRINT).count());
        assertEquals(13, publications.stream().filter(p -> p.authors().names().stream()
                .anyMatch(loaded.library().owner()::isOwner)).count());
        assertFalse(loaded.library().owner().variants().isEmpty());
        assertTrue(loaded.macros().undefined().isEmpty());
    }
}
