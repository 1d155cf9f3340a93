package org.bibfolio.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bibfolio.bibtex.LibraryReader;
import org.bibfolio.model.Library;
import org.bibfolio.style.format.MarkdownFormat;
import org.bibfolio.style.template.Template;
import org.bibfolio.style.template.TemplateException;
import org.junit.jupiter.api.Test;

/** The template language, style files and section rules, on small hand-made inputs. */
class TemplateAndStyleTest {

    private static final MarkdownFormat MARKDOWN = new MarkdownFormat();

    private static String render(String template, Map<String, String> variables, Map<String, String> links)
            throws TemplateException {
        Template.Values values = new Template.Values() {
            @Override
            public List<Inline> variable(String name) {
                return Optional.ofNullable(variables.get(name)).<List<Inline>>map(v -> List.of(new Inline.Text(v)))
                        .orElse(List.of());
            }

            @Override
            public Optional<String> link(String name) {
                return Optional.ofNullable(links.get(name));
            }
        };
        return MARKDOWN.inline(Template.parse("t", template).render(values), false);
    }

    @Test
    void groupsVanishWhenAVariableInsideIsEmpty() throws Exception {
        String template = "{title|emph}.[ Submitted to {venue|emph}.]";
        assertEquals("*T*. Submitted to *J*.", render(template, Map.of("title", "T", "venue", "J"), Map.of()));
        assertEquals("*T*.", render(template, Map.of("title", "T"), Map.of()));
    }

    @Test
    void groupOfOnlyEmptyGroupsVanishesToo() throws Exception {
        String template = "{title}.[ [{venue}[ ({tags})]|link=paper].]";
        assertEquals("T. [V \\(S\\)](u).", render(template, Map.of("title", "T", "venue", "V", "tags", "S"),
                Map.of("paper", "u")));
        assertEquals("T. V.", render(template, Map.of("title", "T", "venue", "V"), Map.of()));
        assertEquals("T.", render(template, Map.of("title", "T"), Map.of("paper", "u")));
    }

    @Test
    void textDefaultAndEscapes() throws Exception {
        assertEquals("(n.d.) see [arXiv](a) \\[x\\]", render("({year|default=n.d.}) see {arxiv|text=arXiv|link=arxiv} \\[x\\]",
                Map.of("arxiv", "1"), Map.of("arxiv", "a")));
        assertEquals("*a\\_b*", render("{t|emph}", Map.of("t", "a_b"), Map.of()));
    }

    @Test
    void aPeriodAfterAnAbbreviationIsNotDoubled() throws Exception {
        assertEquals("A. Smith et al. T.", render("{authors}. {title}.", Map.of("authors", "A. Smith et al.",
                "title", "T"), Map.of()));
        assertEquals("M. King, Jr. (2020).", render("{authors} ({year}).", Map.of("authors", "M. King, Jr.",
                "year", "2020"), Map.of()));
    }

    @Test
    void malformedTemplatesSayWhere() {
        TemplateException unknown = assertThrows(TemplateException.class, () -> Template.parse("x", "{a|bold}"));
        assertTrue(unknown.getMessage().contains("unknown filter 'bold'"), unknown.getMessage());
        TemplateException open = assertThrows(TemplateException.class, () -> Template.parse("x", "ab [c {d}"));
        assertEquals("template 'x', column 4: '[' is never closed", open.getMessage());
    }

    @Test
    void styleFileErrorsNameFileLineAndColumn() {
        StyleException error = assertThrows(StyleException.class,
                () -> HouseStyleReader.read("s", "s.toml", "title = \"x\"\n[names]\nform = initials\n"));
        assertEquals("s.toml:3:8: expected a string (in quotes), a number, true or false, a [list] or an {inline table}, "
                + "found 'initials'", error.getMessage());
        StyleException choice = assertThrows(StyleException.class,
                () -> HouseStyleReader.read("s", "s.toml", "[order]\nsort = \"random\"\n"));
        assertTrue(choice.getMessage().contains("'sort' must be one of date-desc, date-asc, file"), choice.getMessage());
    }

    @Test
    void userSectionsByRuleWithNumberingAndTheirOwnTemplates() throws Exception {
        String style = """
                [names]
                form = "family-first"
                two-delimiter = " & "
                [order]
                numbering = "descending"
                [templates]
                default = '{authors} ({year}). {title}.'
                [[sections]]
                id = "talks"
                heading = "Spotlight talks since 2021"
                include = "tag=spotlight year=2021.."
                """;
        HouseStyle houseStyle = HouseStyleReader.read("mine", "mine.toml", style);
        Library library = LibraryReader.read("t.bib", """
                @comment{bibfolio:
                  owner = Zhu, Libin
                }
                @inproceedings{a, author = {Zhu, Libin and Belkin, Mikhail}, title = {A}, year = 2022, keywords = {Spotlight}}
                @inproceedings{b, author = {Liu, Chaoyue}, title = {B}, year = 2020, keywords = {Spotlight}}
                @inproceedings{c, author = {Liu, Chaoyue}, title = {C}, year = 2024, keywords = {Spotlight}}
                """, StandardCharsets.UTF_8).library();
        String out = MARKDOWN.render(houseStyle.render(library, houseStyle.sections()),
                true, false);
        assertEquals("""
                ## Spotlight talks since 2021

                \\[2\\] Liu, C. (2024). C.

                \\[1\\] **Zhu, L.** & Belkin, M. (2022). A.
                """, out);
    }
}
