package org.bibfolio.app;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bibfolio.bibtex.LibraryReader;
import org.bibfolio.model.Publication;
import org.bibfolio.style.RenderedEntry;
import org.bibfolio.style.RenderedSection;
import org.bibfolio.style.format.Format;

/**
 * An output format of {@code export}. Markup formats (markdown, latex, html, text) write the lists as the style
 * rendered them; data formats (json, csl-json, bibtex) write the chosen entries themselves, as data or as their
 * original BibTeX, so every format gets the whole export, library file included.
 */
@FunctionalInterface
public interface ExportFormat {

    /**
     * What a format writes: the lists as the style rendered them and the library they were read from.
     *
     * @param headings   several sections, each to be printed under its heading
     * @param standalone a whole document, where the format has one (LaTeX, HTML)
     */
    record Export(String style, List<RenderedSection> sections, boolean headings, boolean standalone,
                  LibraryReader.Loaded source) {

        public Export {
            sections = List.copyOf(sections);
        }

        /** Each publication once, in the order it first appears: a selected paper is in its venue's list too. */
        public List<Publication> publications() {
            Map<String, Publication> byKey = new LinkedHashMap<>();
            for (RenderedSection section : sections) {
                for (RenderedEntry entry : section.entries()) {
                    byKey.putIfAbsent(entry.publication().key(), entry.publication());
                }
            }
            return List.copyOf(byKey.values());
        }
    }

    String write(Export export);

    /**
     * Writes the export to {@code out}. A format that can write entry by entry overrides it, so a 50,000-entry
     * export is never held as one text: {@code out} gets exactly what {@link #write(Export)} returns.
     */
    default void write(Export export, Writer out) throws IOException {
        out.write(write(export));
    }

    static ExportFormat markup(Format format) {
        return export -> format.render(export.sections(), export.headings(), export.standalone());
    }
}
