package org.bibfolio.style.csl;

import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import java.util.List;

/**
 * Two made-up entries that {@link CslBibliography.Engine#warmedUp} renders and sorts before the library's are ready:
 * an article and a conference paper with what most entries have (names, a date, a title, a venue, volume, issue,
 * pages, a DOI and a URL), so that the code those need has run once. Their ids cannot be a BibTeX key (a key has no
 * spaces), and no output ever shows them.
 */
final class WarmUpItems {

    static final List<CSLItemData> ITEMS = List.of(
            new CSLItemDataBuilder().id("warm up 1").type(CSLType.ARTICLE_JOURNAL)
                    .author(new CSLNameBuilder().given("Ada").family("Lovelace").build(),
                            new CSLNameBuilder().given("Charles").family("Babbage").build())
                    .title("Notes on the \"analytical engine\"").containerTitle("Scientific Memoirs")
                    .volume("3").issue("2").page("666-731").DOI("10.1000/1").URL("https://example.org/1")
                    .issued(new CSLDateBuilder().dateParts(1843, 10).build()).build(),
            new CSLItemDataBuilder().id("warm up 2").type(CSLType.PAPER_CONFERENCE)
                    .author(new CSLNameBuilder().given("Alan M.").family("Turing").build())
                    .title("On computable numbers").containerTitle("Proceedings of the London Mathematical Society")
                    .page("230-265").issued(new CSLDateBuilder().dateParts(1937).build()).build());

    private WarmUpItems() {
    }
}
