package org.bibfolio.style.format;

import java.util.List;
import org.bibfolio.style.RenderedSection;

/** An output format (Markdown, LaTeX, HTML, text…): turns rendered sections into a document or fragment. */
public interface Format {

    /** The name used with {@code --format}. */
    String id();

    /**
     * @param headings   print each section's heading (when exporting several sections)
     * @param standalone a whole document (LaTeX that compiles, HTML with head and body) instead of a fragment
     */
    String render(List<RenderedSection> sections, boolean headings, boolean standalone);
}
