package org.bibfolio.style.format;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.Locale;
import java.util.Optional;

/**
 * The TeX engine a LaTeX export is written for ({@code --engine}). pdflatex is the lightest and sets Latin text
 * (Polish, Czech, French…) with the base packages; LuaLaTeX sets any script through fontspec and Noto fonts, emoji
 * included; XeLaTeX likewise with xeCJK, but without colour emoji. {@link #AUTO} picks the lightest that sets the
 * text.
 */
public enum LatexEngine {
    AUTO, PDFLATEX, LUALATEX, XELATEX;

    /**
     * The non-ASCII characters the pdflatex preamble sets, read from the generated list beside this class when a
     * LaTeX export first asks (a holder, so other exports, which name the engines too, never read it).
     */
    private static final class Pdflatex {
        static final BitSet CHARACTERS = readCharacters();
    }

    public static Optional<LatexEngine> byName(String name) {
        for (LatexEngine engine : values()) {
            if (engine.id().equals(name.toLowerCase(Locale.ROOT))) {
                return Optional.of(engine);
            }
        }
        return Optional.empty();
    }

    /** The name for {@code --engine} and for the {@code % !TEX program} line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** This engine, or for {@link #AUTO} the lightest that sets every character of {@code text}. */
    LatexEngine resolve(String text) {
        if (this != AUTO) {
            return this;
        }
        return firstUnsupportedByPdflatex(text).isEmpty() ? PDFLATEX : LUALATEX;
    }

    /** The first character of {@code text} that pdflatex with bibfolio's preamble cannot set, if any. */
    public static Optional<Integer> firstUnsupportedByPdflatex(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean ascii = c < 0x7F && (c >= ' ' || c == '\n' || c == '\t' || c == '\r');
            if (!ascii && !Pdflatex.CHARACTERS.get(c)) {
                return Optional.of(c);
            }
            i += Character.charCount(c);
        }
        return Optional.empty();
    }

    private static BitSet readCharacters() {
        BitSet set = new BitSet();
        var stream = LatexEngine.class.getResourceAsStream("pdflatex-characters.txt");
        if (stream == null) {
            throw new IllegalStateException("pdflatex-characters.txt is missing from the build");
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            lines.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(line -> {
                        String[] range = line.split("-");
                        int from = Integer.parseInt(range[0], 16);
                        int to = Integer.parseInt(range[range.length - 1], 16);
                        set.set(from, to + 1);
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return set;
    }
}
