package org.bibfolio.model;

/**
 * Characters {@code [start, end)} of a decoded text that the library wrote as LaTeX which only a LaTeX document can
 * show as written: math ({@code $\ell_1$}, decoded to "ℓ₁") or a command bibfolio does not know ({@code \acro{NASA}},
 * decoded to "NASA"; a command without argument decodes to nothing, so its span is empty). The model carries the
 * LaTeX source, never parses it: a LaTeX output writes {@code source}, other outputs write the decoded characters,
 * and Markdown writes math as {@code $source$}. Letter case inside a span is never changed.
 *
 * @param source for math the formula between its delimiters ({@code \ell_1}); for a command the command with its
 *               arguments as written ({@code \acro{NASA}}, {@code \foo{}})
 */
public record LatexSpan(int start, int end, String source, Kind kind) {

    public enum Kind { MATH, COMMAND }

    public boolean covers(int index) {
        return index >= start && index < end;
    }

    public boolean isMath() {
        return kind == Kind.MATH;
    }
}
