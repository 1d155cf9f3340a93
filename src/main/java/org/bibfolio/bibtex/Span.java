package org.bibfolio.bibtex;

/** A half-open range {@code [start, end)} of characters in the library text. */
public record Span(int start, int end) {

    public String of(String text) {
        return text.substring(start, end);
    }
}
