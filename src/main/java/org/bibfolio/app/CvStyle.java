package org.bibfolio.app;

import java.nio.file.Path;
import java.util.Optional;
import org.bibfolio.style.HouseStyle;
import org.bibfolio.style.StyleCatalog;
import org.bibfolio.style.StyleException;

/**
 * The house style a library's own CV is judged by when no {@code --style} is given: {@code cv}, as a user's
 * {@code styles/cv.toml} beside the library overrides it (else the built-in one). {@code check} names the entries no
 * list of it shows ({@link UnlistedEntries}); {@code status} says which of its lists an entry moved to
 * ({@link CvSections}). Both ask here, so they judge by the same style, loaded once per command.
 */
public final class CvStyle {

    /** What {@code export} renders when no {@code --style} is given. */
    public static final String DEFAULT = "cv";

    private CvStyle() {
    }

    /** The style of the library at {@code library}; nothing when the user's copy cannot be read (export says why). */
    public static Optional<HouseStyle> of(Path library) {
        try {
            return Optional.of(new StyleCatalog(library.toAbsolutePath().getParent()).load(DEFAULT));
        } catch (StyleException unreadable) {
            return Optional.empty();
        }
    }
}
