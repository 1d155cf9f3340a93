package org.bibfolio.style;

/**
 * The number a numbered list gives one entry and how the style writes it around the number: IEEE's "[7]" is
 * {@code ("[", 7, "]")}, Vancouver's "7." is {@code ("", 7, ".")}. Formats print it as the list's own label.
 */
public record Label(String prefix, int number, String suffix) {

    /** The form house styles number with: "[7]". */
    public static Label bracketed(int number) {
        return new Label("[", number, "]");
    }

    /** The same form with another number. */
    public Label withNumber(int other) {
        return new Label(prefix, other, suffix);
    }

    public String text() {
        return prefix + number + suffix;
    }
}
