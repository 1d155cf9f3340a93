package org.bibfolio.style.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.bibfolio.model.SafeLink;
import org.bibfolio.style.RenderedEntry;
import org.bibfolio.style.RenderedSection;

/**
 * The publication page of {@code export --format html}: the CV sections as the style rendered them, each paper an
 * element with its data, badges, link buttons, abstract and BibTeX, and a filter box. {@link #standalone} is the
 * whole page (every asset inline, nothing fetched); {@link #fragment} the same list for a static site's include,
 * with only bibfolio's own (bf-) classes and no stylesheet ({@link PageAssets#listStylesheet} is that, on its own).
 */
public final class HtmlPage {

    /** Who the page is about: the name, an affiliation and profile links (homepage, ORCID, Google Scholar…). */
    public record Header(String name, Optional<String> affiliation, List<Profile> profiles) {
        public Header {
            profiles = List.copyOf(profiles);
        }
    }

    /** A link of the header: its visible label and where it goes. */
    public record Profile(String label, String url) { }

    /**
     * What the page shows.
     *
     * @param lang        the language of the page (BCP 47: en, de, zh-Hans…)
     * @param title       the document's title
     * @param headings    each section under its heading (several sections)
     * @param groupByYear the papers of each section under a heading per year
     * @param bibtex      the BibTeX to copy for an entry, by key
     */
    public record Page(String lang, String title, Header header, List<RenderedSection> sections, boolean headings,
                       boolean groupByYear, Function<String, String> bibtex) {
        public Page {
            sections = List.copyOf(sections);
        }
    }

    private final Page page;
    private final PaperHtml papers;
    private final StringBuilder out = new StringBuilder();

    private HtmlPage(Page page, boolean standalone) {
        this.page = page;
        this.papers = new PaperHtml(page.bibtex(), standalone);
    }

    /** The whole page: head with the inlined stylesheets, the header, the list and the inlined script. */
    public static String standalone(Page page) {
        HtmlPage html = new HtmlPage(page, true);
        html.document();
        return html.out.toString();
    }

    /** The list alone, to include in a page of one's own; its script inline, its stylesheet apart. */
    public static String fragment(Page page) {
        HtmlPage html = new HtmlPage(page, false);
        html.list();
        html.script();
        return html.out.toString();
    }

    /** Every link of the page goes through here: {@link SafeLink#href}, and a link it refuses is dropped. */
    static Optional<String> href(String url) {
        return SafeLink.href(url);
    }

    static String text(String text) {
        return HtmlFormat.escapeHtml(text);
    }

    private void document() {
        out.append("<!DOCTYPE html>\n<html lang=\"").append(text(page.lang())).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"color-scheme\" content=\"light dark\">\n")
                .append("<meta name=\"generator\" content=\"bibfolio\">\n")
                .append("<title>").append(text(page.title())).append("</title>\n")
                .append("<style>\n").append(PageAssets.pageStylesheet()).append(PageAssets.listStylesheet())
                .append("</style>\n</head>\n<body>\n")
                .append("<a class=\"bf-skip\" href=\"#bf-main\">Skip to the publications</a>\n")
                .append("<div class=\"bf-page\">\n");
        header();
        out.append("<main id=\"bf-main\">\n");
        list();
        out.append("</main>\n</div>\n");
        script();
        out.append("</body>\n</html>\n");
    }

    private void header() {
        Header header = page.header();
        out.append("<header class=\"bf-header\">\n<h1>").append(text(header.name())).append("</h1>\n");
        header.affiliation().ifPresent(a -> out.append("<p class=\"bf-affiliation\">").append(text(a))
                .append("</p>\n"));
        List<String> links = new ArrayList<>();
        for (Profile profile : header.profiles()) {
            href(profile.url()).ifPresent(url -> links.add("<li><a href=\"" + text(url) + "\">"
                    + text(profile.label()) + "</a></li>"));
        }
        if (!links.isEmpty()) {
            out.append("<ul class=\"bf-profiles\">\n").append(String.join("\n", links)).append("\n</ul>\n");
        }
        out.append("</header>\n");
    }

    private void list() {
        out.append("<div class=\"bf-publications\">\n");
        List<String> ids = sectionIds();
        if (page.headings() && page.sections().size() > 1) {
            out.append("<nav class=\"bf-toc\" aria-label=\"Sections\">\n<ul>\n");
            for (int i = 0; i < ids.size(); i++) {
                out.append("<li><a href=\"#").append(ids.get(i)).append("\">")
                        .append(text(page.sections().get(i).heading())).append("</a></li>\n");
            }
            out.append("</ul>\n</nav>\n");
        }
        out.append("""
                <form class="bf-filter" role="search" hidden>
                <label><span>Filter publications</span> <input type="search" name="q" autocomplete="off" \
                spellcheck="false" placeholder="Title, coauthor, venue, year or tag"></label>
                <p class="bf-count" aria-live="polite"></p>
                </form>
                <p class="bf-status bf-sr" role="status"></p>
                <p class="bf-empty" hidden>No paper matches the filter.</p>
                """);
        for (int i = 0; i < ids.size(); i++) {
            section(page.sections().get(i), ids.get(i));
        }
        out.append("</div>\n");
    }

    private void section(RenderedSection section, String id) {
        int level = page.headings() ? 2 : 1;
        out.append("<section class=\"bf-section\" id=\"").append(id).append('"');
        if (page.headings()) {
            out.append(" aria-labelledby=\"").append(id).append("-heading\">\n<h2 id=\"").append(id)
                    .append("-heading\">").append(text(section.heading())).append("</h2>\n");
        } else {
            out.append(" aria-label=\"").append(text(section.heading())).append("\">\n");
        }
        if (page.groupByYear()) {
            byYear(section.entries()).forEach((year, entries) -> {
                String groupId = id + "-" + year.toLowerCase(java.util.Locale.ROOT);
                out.append("<section class=\"bf-group\" aria-labelledby=\"").append(groupId).append("\">\n<h")
                        .append(level + 1).append(" id=\"").append(groupId).append("\">").append(year).append("</h")
                        .append(level + 1).append(">\n");
                entries(entries);
                out.append("</section>\n");
            });
        } else {
            entries(section.entries());
        }
        if (!section.legend().isEmpty()) {
            out.append("<p class=\"bf-legend\">").append(papers.inline(section.legend())).append("</p>\n");
        }
        out.append("</section>\n");
    }

    private void entries(List<RenderedEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        // a numbered list is a real <ol> numbering as the labels do (the CSS shows the labels, not the markers)
        Optional<NumberedList> numbered = NumberedList.of(entries);
        String tag = numbered.isPresent() ? "ol" : "ul";
        out.append('<').append(tag).append(" class=\"bf-list\"")
                .append(numbered.map(NumberedList::htmlAttributes).orElse("")).append(">\n");
        for (int i = 0; i < entries.size(); i++) {
            papers.write(entries.get(i), numbered.isEmpty() || numbered.get().followsOn(entries, i), out);
        }
        out.append("</").append(tag).append(">\n");
    }

    /** The entries by year in the order the style gave them (newest first in the house styles); "Undated" last. */
    private static Map<String, List<RenderedEntry>> byYear(List<RenderedEntry> entries) {
        Map<String, List<RenderedEntry>> groups = new LinkedHashMap<>();
        for (RenderedEntry entry : entries) {
            String year = entry.publication().year().map(String::valueOf).orElse("Undated");
            groups.computeIfAbsent(year, y -> new ArrayList<>()).add(entry);
        }
        List<RenderedEntry> undated = groups.remove("Undated");
        if (undated != null) {
            groups.put("Undated", undated);
        }
        return groups;
    }

    /** An id per section from its own id (unique: a second "talks" becomes "talks-2"), safe in a URL fragment. */
    private List<String> sectionIds() {
        List<String> ids = new ArrayList<>();
        for (RenderedSection section : page.sections()) {
            String base = section.id().replaceAll("[^A-Za-z0-9_-]+", "-");
            String id = base.isEmpty() ? "section" : base;
            for (int n = 2; ids.contains(id); n++) {
                id = base + "-" + n;
            }
            ids.add(id);
        }
        return ids;
    }

    private void script() {
        out.append("<script>\n").append(PageAssets.script()).append("</script>\n");
    }
}
