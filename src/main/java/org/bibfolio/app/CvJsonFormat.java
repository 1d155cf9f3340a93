package org.bibfolio.app;

import org.bibfolio.json.CvJson;
import org.bibfolio.style.RenderedEntry;
import org.bibfolio.style.RenderedSection;
import org.bibfolio.style.format.HtmlFormat;
import org.bibfolio.style.format.MarkdownFormat;

/**
 * {@code --format json}: the rendered CV for web pages, each entry as plain text, HTML and Markdown (what the
 * html and markdown formats print for it) beside the publication's data. The shape is {@link CvJson}'s.
 */
final class CvJsonFormat implements ExportFormat {

    private final HtmlFormat html = new HtmlFormat();
    private final MarkdownFormat markdown = new MarkdownFormat();

    @Override
    public String write(Export export) {
        return CvJson.write(export.style(), export.sections().stream().map(this::section).toList(),
                export.source().library().owner());
    }

    private CvJson.Section section(RenderedSection section) {
        return new CvJson.Section(section.id(), section.heading(), section.entries().stream().map(this::entry)
                .toList());
    }

    private CvJson.Entry entry(RenderedEntry entry) {
        return new CvJson.Entry(entry.publication(), entry.label(), entry.plainText(),
                html.inline(entry.content(), false), markdown.inline(entry.content(), false));
    }
}
