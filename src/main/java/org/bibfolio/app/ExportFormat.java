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
    record Export(String style, List<RenderedSection> sections, List<Publication> publications, boolean headings,
                  boolean standalone, LibraryReader.Loaded source) {

        public Export {
            sections = List.copyOf(sections);
            publications = List.copyOf(publications);
        }

        /** The export of rendered lists; {@link #publications} are the papers they hold. */
        public static Export rendered(String style, List<RenderedSection> sections, boolean headings,
                                      boolean standalone, LibraryReader.Loaded source) {
            List<Publication> listed = sections.stream().flatMap(section -> section.entries().stream())
                    .map(RenderedEntry::publication).toList();
            return new Export(style, sections, once(listed), headings, standalone, source);
        }

        /**
         * Each publication once, in the order it first appears: a selected paper is in its venue's list too. Two
         * entries of one key are one paper here, as the formats that list each key once write them.
         */
        public static List<Publication> once(List<Publication> listed) {
            Map<String, Publication> byKey = new LinkedHashMap<>();
            listed.forEach(p -> byKey.putIfAbsent(p.key(), p));
            return List.copyOf(byKey.values());
        }
    }

    String write(Export export);

    /**
     * Whether this format writes the style's rendered text. One that writes only which entries the lists hold
     * (CSL-JSON, BibTeX) is given them unrendered where the style can say without rendering which entries its lists
     * hold and in what order (a house style): rendering 50,000 entries to throw the text away was a tenth of such an
     * export.
     */
    default boolean writesRenderedText() {
        return true;
    }

    /** {@code format}, which writes only the lists' entries, never their rendered text. */
    static ExportFormat ofEntries(ExportFormat format) {
        return new ExportFormat() {
            @Override
            public String write(Export export) {
                return format.write(export);
            }

            @Override
            public void write(Export export, Writer out) throws IOException {
                format.write(export, out);
            }

            @Override
            public boolean writesRenderedText() {
                return false;
            }
        };
    }

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
