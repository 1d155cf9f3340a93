package org.bibfolio.style.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The page's stylesheets and script: real files under src/main/resources/org/bibfolio/page, edited and linted as
 * CSS and JS, inlined into the page at export so that it fetches nothing.
 */
public final class PageAssets {

    private PageAssets() {
    }

    /** The publication list's own stylesheet (scoped to bf- classes): the fragment's, usable on its own. */
    public static String listStylesheet() {
        return read("bibfolio.css", "</style");
    }

    /** The standalone page's stylesheet: colours, header, headings, print. */
    static String pageStylesheet() {
        return read("page.css", "</style");
    }

    static String script() {
        return read("bibfolio.js", "</script");
    }

    /** A resource as text; it must not contain the tag that would end the element it is inlined into. */
    private static String read(String name, String endTag) {
        try (InputStream in = PageAssets.class.getResourceAsStream("/org/bibfolio/page/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks the page asset " + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (text.toLowerCase(java.util.Locale.ROOT).contains(endTag)) {
                throw new IllegalStateException(name + " contains " + endTag + " and cannot be inlined");
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
