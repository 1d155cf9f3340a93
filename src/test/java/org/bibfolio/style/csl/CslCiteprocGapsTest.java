package org.bibfolio.style.csl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bibfolio.bibtex.LibraryReader;
import org.bibfolio.model.Library;
import org.bibfolio.style.HouseStyle;
import org.bibfolio.style.NameOptions;
import org.bibfolio.style.format.TextFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CSL features citeproc-java 3.5.2 gets wrong or lacks, which bibfolio supplies (docs/csl-differences.md). */
class CslCiteprocGapsTest {

    private static final HouseStyle PROFILE = new HouseStyle("p", "p", NameOptions.DEFAULT, "file", "none",
            "section", Map.of(), List.of(), new HouseStyle.CslSettings(Optional.empty(), Optional.empty(), "style"));

    private static String first(String style, String bib) throws Exception {
        Library library = LibraryReader.read("test.bib", bib, StandardCharsets.UTF_8).library();
        CslRenderer renderer = new CslRenderer(CslStyles.load(style, Path.of(".")), PROFILE);
        var entries = renderer.renderFlat(library, library.publications()).entries();
        return new TextFormat().inline(entries.get(0).content(), false);
    }

    /** A substitute {@code <names>} with its own {@code <label form="short">} prints that label. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "@book{k, editor = {Bishop, Chris}, title = {T}, publisher = {P}, year = {2012}}"
            + " | Bishop, C. (Ed.). (2012). T. P.",
        "@book{k, editor = {Bishop, Chris and Nasrabadi, Nasser}, title = {T}, publisher = {P}, year = {2012}}"
            + " | Bishop, C., & Nasrabadi, N. (Eds.). (2012). T. P.",
        "@incollection{k, author = {Neil, Cathy}, editor = {Brown, Anna and Green, Bob}, title = {T},"
            + " booktitle = {B}, pages = {1--2}, publisher = {P}, year = {2014}}"
            + " | Neil, C. (2014). T. In A. Brown & B. Green (Eds.), B (pp. 1–2). P."})
    void substitutedEditorsKeepTheirOwnLabel(String bib, String expected) throws Exception {
        assertEquals(expected, first("apa", bib));
    }

    private static String authors(int n) {
        return java.util.stream.IntStream.rangeClosed(1, n).mapToObj(i -> "Author" + (char) ('A' + i / 26)
                + (char) ('a' + i % 26) + ", Gil").collect(java.util.stream.Collectors.joining(" and "));
    }

    /** APA 7 (et-al-min 21, et-al-use-first 19, et-al-use-last): 19 names, the ellipsis, the last name. */
    @ParameterizedTest(name = "{0} authors")
    @CsvSource(delimiter = '|', value = {
        "21 | AuthorAt, G., … AuthorAv, G. (2021)",
        "30 | AuthorAt, G., … AuthorBe, G. (2021)",
        "20 | AuthorAt, G., & AuthorAu, G. (2021)"})
    void longAuthorListsEndWithAnEllipsisAndTheLastName(int count, String end) throws Exception {
        String bib = "@article{k, author = {" + authors(count) + "}, title = {T}, journal = {J}, year = {2021}}";
        String entry = first("apa", bib);
        assertEquals(true, entry.startsWith("AuthorAb, G., AuthorAc, G., ") && entry.contains(end), entry);
        assertEquals(false, entry.contains(NameEllipsis.MARK), entry);
    }
}
