package org.bibfolio.app;

import org.bibfolio.bibtex.LibrarySettings;

/**
 * {@code --front-matter}: YAML front matter before a Markdown or HTML list, so Jekyll and Hugo take the file as a
 * page ({@code title} from the settings block, else "Publications"; {@code author}, the owner's name, where known).
 */
final class FrontMatter {

    private FrontMatter() {
    }

    static ExportFormat before(ExportFormat format) {
        return export -> header(export.source().settings()) + format.write(export);
    }

    private static String header(LibrarySettings settings) {
        StringBuilder yaml = new StringBuilder("---\n");
        yaml.append("title: ").append(quoted(PageFormat.setting(settings, "title").orElse(PageFormat.DEFAULT_TITLE))).append('\n');
        PageFormat.ownerName(settings).ifPresent(name -> yaml.append("author: ").append(quoted(name)).append('\n'));
        return yaml.append("---\n\n").toString();
    }

    /** A YAML double-quoted scalar: any text, a colon or a '#' included, reads back as itself. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        out.append(String.format("\\x%02X", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }
}
