package org.bibfolio.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bibfolio.bibtex.LibraryReader;
import org.bibfolio.style.HouseStyle;

/** The CV lists of a house style, to tell a user which list an edited paper left and which it joined. */
public final class CvSections {

    /** No lists to speak of: nothing is said. */
    public static final CvSections NONE = new CvSections(List.of());

    private final List<HouseStyle.Section> sections;

    private CvSections(List<HouseStyle.Section> sections) {
        this.sections = List.copyOf(sections);
    }

    public static CvSections of(HouseStyle style) {
        return new CvSections(style.sections());
    }

    /** "zhu2022note moved from Preprints to Journal publications", when the change moved it. */
    Optional<String> move(LibraryReader.Loaded before, LibraryReader.Loaded after, String key) {
        Optional<List<String>> was = headings(before, key);
        Optional<List<String>> now = headings(after, key);
        if (was.isEmpty() || now.isEmpty() || was.equals(now)) {
            return Optional.empty();
        }
        List<String> left = new ArrayList<>(was.get());
        left.removeAll(now.get());
        List<String> joined = new ArrayList<>(now.get());
        joined.removeAll(was.get());
        if (left.isEmpty()) {
            return Optional.of(key + " is now in " + String.join(" and ", joined) + " too");
        }
        if (joined.isEmpty()) {
            return Optional.of(key + " is no longer in " + String.join(" and ", left));
        }
        return Optional.of(key + " moved from " + String.join(" and ", left) + " to " + String.join(" and ", joined));
    }

    private Optional<List<String>> headings(LibraryReader.Loaded library, String key) {
        return library.publication(key).map(p -> sections.stream().filter(s -> s.rule().matches(p))
                .map(HouseStyle.Section::heading).toList());
    }
}
