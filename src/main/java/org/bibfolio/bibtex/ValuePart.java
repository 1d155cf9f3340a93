package org.bibfolio.bibtex;

/** One operand of a field value; BibTeX joins them with {@code #}. Text parts hold raw LaTeX, delimiters removed. */
public sealed interface ValuePart {

    record Braced(String text) implements ValuePart { }

    record Quoted(String text) implements ValuePart { }

    record Number(String digits) implements ValuePart { }

    /** A reference to an {@code @string} macro (or a predefined month macro such as {@code jan}). */
    record Macro(String name) implements ValuePart { }
}
