package org.bibfolio.app;

import java.util.Optional;
import org.bibfolio.json.CvJson;
import org.bibfolio.style.RenderedEntry;
import org.bibfolio.style.RenderedSection;
import org.bibfolio.style.format.HtmlFormat;
import org.bibfolio.style.format.MarkdownFormat;
import org.bibfolio.style.format.TextFormat;

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
        String legend = new TextFormat().inline(section.legend(), false);
        return new CvJson.Section(section.id(), section.heading(), section.entries().stream().map(this::entry)
                .toList(), Optional.of(legend).filter(text -> !text.isEmpty()));
    }

    private CvJson.Entry entry(RenderedEntry entry) {
        return new CvJson.Entry(entry.publication(), entry.label().map(label -> String.valueOf(label.number())),
                entry.plainText(), html.inline(entry.content(), false), markdown.inline(entry.content(), false));
    }
}
