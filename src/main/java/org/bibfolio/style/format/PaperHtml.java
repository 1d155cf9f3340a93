package org.bibfolio.style.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bibfolio.model.Links;
import org.bibfolio.model.PersonName;
import org.bibfolio.model.Publication;
import org.bibfolio.model.ReviewStatus;
import org.bibfolio.model.VenueTag;
import org.bibfolio.style.Inline;
import org.bibfolio.style.RenderedEntry;

/**
 * One paper of the page: an {@code <li>} with its data for the filter ({@code data-key}, {@code data-year},
 * {@code data-venue}, {@code data-tags}, {@code data-authors}), the venue and its tags as badges, the entry as the
 * style rendered it, and its actions: a button per link, copy-BibTeX, and the abstract and BibTeX to unfold.
 */
final class PaperHtml {

    /** The link buttons in the order they are shown, with their visible labels (the README lists them). */
    private static final Map<String, String> MATERIAL_LABELS = Map.of("slides", "Slides", "video", "Video",
            "poster", "Poster", "supp", "Supplement", "blog", "Blog", "website", "Website");

    private final HtmlFormat html = new HtmlFormat();
    private final Function<String, String> bibtex;
    /** Whether the page is the whole document, where the plain class names the issue promises ride along. */
    private final boolean standalone;

    PaperHtml(Function<String, String> bibtex, boolean standalone) {
        this.bibtex = bibtex;
        this.standalone = standalone;
    }

    String inline(List<Inline> content) {
        return html.inline(content, false);
    }

    /** @param followsOn the entry's number follows the previous one's; one that skips gives its own {@code value} */
    void write(RenderedEntry entry, boolean followsOn, StringBuilder out) {
        Publication paper = entry.publication();
        out.append("<li class=\"bf-paper\"").append(data("key", paper.key()));
        entry.label().filter(label -> !followsOn).ifPresent(label -> out.append(" value=\"").append(label.number())
                .append('"'));
        paper.year().ifPresent(year -> out.append(data("year", String.valueOf(year))));
        if (!paper.venue().isEmpty()) {
            out.append(data("venue", paper.venue().shortName()));
            if (paper.venue().abbreviation().isPresent() && !paper.venue().name().isEmpty()) {
                out.append(data("venue-name", paper.venue().name()));
            }
        }
        if (!paper.tags().isEmpty()) {
            out.append(data("tags", paper.tags().stream().map(VenueTag::label).collect(Collectors.joining(", "))));
        }
        List<String> authors = paper.authors().names().stream().filter(name -> !name.isOthers())
                .map(PersonName::display).toList();
        if (!authors.isEmpty()) {
            out.append(data("authors", String.join("; ", authors)));
        }
        out.append(">\n<div class=\"bf-badges\">").append(badges(paper)).append("</div>\n<div class=\"bf-body\">\n")
                .append("<p class=\"bf-cite\">")
                // a space, not only the stylesheet's margin, keeps the label apart when copied or read unstyled
                .append(entry.label().map(l -> "<span class=\"bf-label\">" + HtmlPage.text(l.text()) + "</span> ")
                        .orElse(""))
                .append(inline(entry.content())).append("</p>\n");
        actions(paper, out);
        out.append("</div>\n</li>\n");
    }

    /**
     * The venue's abbreviation, where the work appeared or will appear there (a badge on a submitted paper would
     * read as an acceptance), and the venue tags; a space between them (a flex layout does not show it) keeps them
     * apart when copied or read unstyled.
     */
    private String badges(Publication paper) {
        StringBuilder badges = new StringBuilder();
        boolean atVenue = paper.status() instanceof ReviewStatus.Published
                || paper.status() instanceof ReviewStatus.Accepted;
        paper.venue().abbreviation().filter(a -> atVenue).ifPresent(abbreviation -> badges
                .append("<abbr class=\"bf-venue\" title=\"").append(HtmlPage.text(paper.venue().name())).append("\">")
                .append(HtmlPage.text(abbreviation)).append("</abbr>"));
        for (VenueTag tag : paper.tags()) {
            badges.append(badges.isEmpty() ? "" : " ").append("<span class=\"")
                    .append(standalone ? "bf-tag tag" : "bf-tag").append("\">")
                    .append(HtmlPage.text(tag.label())).append("</span>");
        }
        return badges.toString();
    }

    private void actions(Publication paper, StringBuilder out) {
        String title = paper.title().isBlank() ? paper.key() : paper.title();
        out.append("<div class=\"bf-actions\">\n");
        for (Button button : buttons(paper.links())) {
            HtmlPage.href(button.url()).ifPresent(url -> out.append("<a class=\"bf-button\" href=\"")
                    .append(HtmlPage.text(url)).append('"').append(name(button.label(), title)).append('>')
                    .append(button.label()).append("</a>\n"));
        }
        out.append("<button type=\"button\" class=\"bf-button bf-copy").append(standalone ? " copy-bibtex" : "")
                .append("\" hidden").append(name("Copy BibTeX", title)).append(">Copy BibTeX</button>\n");
        paper.field("abstract").filter(a -> !a.isBlank()).ifPresent(abstractText -> {
            out.append("<details class=\"bf-abstract\"><summary").append(name("Abstract", title))
                    .append(">Abstract</summary>");
            for (String paragraph : abstractText.strip().split("\\n\\s*\\n")) {
                out.append("<p>").append(HtmlPage.text(paragraph.strip())).append("</p>");
            }
            out.append("</details>\n");
        });
        out.append("<details class=\"bf-bibtex\"><summary").append(name("BibTeX", title))
                .append(">BibTeX</summary><pre><code>").append(HtmlPage.text(bibtex.apply(paper.key()).strip()))
                .append("</code></pre></details>\n</div>\n");
    }

    private record Button(String label, String url) { }

    /**
     * The entry's links as buttons: PDF, arXiv, DOI, code, then slides, video, poster, supplement, blog, website,
     * and its URL last as "Paper" unless it only repeats one of the others.
     */
    private static List<Button> buttons(Links links) {
        List<Button> buttons = new ArrayList<>();
        links.pdf().ifPresent(url -> buttons.add(new Button("PDF", url)));
        links.arxivUrl().ifPresent(url -> buttons.add(new Button("arXiv", url)));
        links.doiUrl().ifPresent(url -> buttons.add(new Button("DOI", url)));
        links.code().ifPresent(url -> buttons.add(new Button("Code", url)));
        links.materials().forEach((field, url) -> buttons.add(new Button(MATERIAL_LABELS.get(field), url)));
        Optional<String> url = links.url().filter(u -> buttons.stream().noneMatch(b -> sameTarget(b.url(), u)));
        url.ifPresent(u -> buttons.add(new Button("Paper", u)));
        return buttons;
    }

    private static boolean sameTarget(String a, String b) {
        return comparable(a).equals(comparable(b));
    }

    /** "http://arxiv.org/abs/1234/" and "https://arxiv.org/abs/1234" are one page. */
    private static String comparable(String url) {
        return url.strip().replaceFirst("^(?i)https?://(www\\.)?", "").replaceFirst("/+$", "");
    }

    /** An accessible name that says which paper a button is for: "PDF: Title" (the visible label first). */
    private static String name(String label, String title) {
        return " aria-label=\"" + HtmlPage.text(label + ": " + title) + "\"";
    }

    private static String data(String name, String value) {
        return " data-" + name + "=\"" + HtmlPage.text(value) + "\"";
    }
}
