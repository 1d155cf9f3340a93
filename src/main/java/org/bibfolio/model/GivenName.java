package org.bibfolio.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A given name as bibfolio compares it, one rule for owner matching, search and coauthor merging
 * (docs/search.md, "Names"). Written "María José", "M. J.", "M.J.", "MJ" or "Jean-Pierre", it becomes a sequence of
 * folded parts, each a full name or an initial. Two given names match when, part by part from the first, two full
 * parts are equal and an initial has the other part's first letter; one may stop early ("Maria" matches "María
 * José", "M." matches both) but not half-way through a hyphenated name ("Li" is not "Li-Bin", "Jean" is not
 * "Jean-Pierre"; "J." is either), and an empty given name matches only an empty one.
 *
 * @param readings the ways the name may be read: as written, in the native spelling of its umlauts ("Jürgen" as
 *                 "juergen"), and, when it is all full names, run together ("Li-Bin" and "Li Bin" as "libin");
 *                 empty for an empty given name. Each has at most {@link #MAX_PARTS} parts.
 */
public record GivenName(List<Reading> readings) {

    /** Parts beyond the fourth are not compared: no one is told apart by a fifth given name. */
    public static final int MAX_PARTS = 4;

    /** One part, folded: a full name ("maria") or an initial ("m"); {@code endsWord} is false inside "Jean-Pierre". */
    public record Part(String text, boolean initial, boolean endsWord) {

        /** The first letter: all an initial says. */
        public String letter() {
            return firstLetter(text);
        }
    }

    /**
     * One reading: its parts in order. A {@code joined} reading (the spelt-out parts run together, "libin" of "Li
     * Bin") is one part, and matches only a name that is that one word: "Li Bin" is "Libin", but not "L." by way of
     * "libin" (its written reading decides that), nor "Libin X.".
     */
    public record Reading(List<Part> parts, boolean joined) {
        public Reading {
            parts = List.copyOf(parts);
        }
    }

    private static final Pattern WORD_BREAK = Pattern.compile("\\s+");
    private static final Pattern HYPHENS = Pattern.compile("[-\u2010\u2011]+");
    /** "M.J." holds two abbreviated parts, "Chr." one. */
    private static final Pattern SEGMENT = Pattern.compile("[^.]+\\.?");
    /** Kept inside a name ("D'Arcy"); {@link Folding} makes the typographic ones plain. */
    private static final String APOSTROPHES = "'\u2018\u2019\u02BC";

    public GivenName {
        readings = List.copyOf(readings);
    }

    public static GivenName of(PersonName name) {
        return of(name.first(), name.familyWithParticle());
    }

    /**
     * Reads a given name. {@code family} only tells whether the name is written in capitals: "Garcia, MJ" has the
     * initials M and J, while in "ZHU, LI" the capitals say nothing.
     */
    public static GivenName of(String given, String family) {
        boolean capitals = family.codePoints().anyMatch(Character::isLetter)
                && family.codePoints().noneMatch(Character::isLowerCase);
        List<Part> written = new ArrayList<>();
        List<Part> nativeSpelling = new ArrayList<>();
        for (String word : WORD_BREAK.split(Normalizer.normalize(given.strip(), Normalizer.Form.NFC))) {
            int start = written.size();
            for (String piece : HYPHENS.split(word)) {
                Matcher segment = SEGMENT.matcher(piece);
                while (segment.find()) {
                    addParts(segment.group(), capitals, written, nativeSpelling);
                }
            }
            if (written.size() > start) {
                markWordEnd(written);
                markWordEnd(nativeSpelling);
            }
        }
        List<Reading> readings = new ArrayList<>();
        if (!written.isEmpty()) {
            readings.add(reading(written));
            Reading alike = reading(nativeSpelling);
            if (!sameParts(readings.get(0).parts(), alike.parts())) {
                readings.add(alike);
            }
            if (written.size() > 1 && written.stream().noneMatch(Part::initial)) {
                readings.add(new Reading(List.of(new Part(
                        written.stream().map(Part::text).reduce("", String::concat), false, true)), true));
            }
        }
        return new GivenName(List.copyOf(readings));
    }

    private static void addParts(String segment, boolean capitals, List<Part> written, List<Part> nativeSpelling) {
        String letters = segment.codePoints()
                .filter(cp -> Character.isLetterOrDigit(cp) || APOSTROPHES.indexOf(cp) >= 0)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        if (letters.isEmpty()) {
            return;
        }
        int length = letters.codePointCount(0, letters.length());
        if (!segment.endsWith(".") && length > 1 && length <= 3 && !capitals
                && letters.codePoints().allMatch(Character::isUpperCase)) {
            letters.codePoints().forEach(cp -> addParts(Character.toString(cp), capitals, written, nativeSpelling));
            return;
        }
        List<String> spellings = Folding.spellings(letters);
        String folded = spellings.get(0);
        if (folded.isEmpty()) {
            return;
        }
        // A full part has two letters at least, so that it never reads as an initial.
        boolean abbreviated = segment.endsWith(".") || length == 1 || folded.codePointCount(0, folded.length()) == 1;
        if (abbreviated) {
            Part initial = new Part(firstLetter(folded), true, false);
            written.add(initial);
            nativeSpelling.add(initial);
        } else {
            written.add(new Part(folded, false, false));
            nativeSpelling.add(new Part(spellings.get(spellings.size() - 1), false, false));
        }
    }

    private static String firstLetter(String folded) {
        return folded.substring(0, Character.charCount(folded.codePointAt(0)));
    }

    private static void markWordEnd(List<Part> parts) {
        Part last = parts.get(parts.size() - 1);
        parts.set(parts.size() - 1, new Part(last.text(), last.initial(), true));
    }

    /**
     * Whether the two readings' parts are alike, compared field by field: a record's {@code equals} is bootstrapped
     * on first use, which costs every short run more than all the names it compares.
     */
    private static boolean sameParts(List<Part> a, List<Part> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            Part x = a.get(i);
            Part y = b.get(i);
            if (!x.text().equals(y.text()) || x.initial() != y.initial() || x.endsWord() != y.endsWord()) {
                return false;
            }
        }
        return true;
    }

    private static Reading reading(List<Part> parts) {
        return new Reading(parts.subList(0, Math.min(parts.size(), MAX_PARTS)), false);
    }

    public boolean isEmpty() {
        return readings.isEmpty();
    }

    /** "M.", "M. J.", "J.-P." and "MJ" are initials only; "María J." and "" are not. */
    public boolean isInitials() {
        return !isEmpty() && readings.get(0).parts().stream().allMatch(Part::initial);
    }

    /** Whether the name starts with a full name ("María J.", not "M. José"). */
    public boolean startsSpelledOut() {
        return !isEmpty() && !readings.get(0).parts().get(0).initial();
    }

    /** The first word as written, folded ("maria" of "María José", "li-bin" of "Li-Bin"), if it is spelt out. */
    public Optional<String> firstWord() {
        if (!startsSpelledOut()) {
            return Optional.empty();
        }
        StringBuilder word = new StringBuilder();
        for (Part part : readings.get(0).parts()) {
            word.append(word.length() == 0 ? "" : "-").append(part.text());
            if (part.endsWord()) {
                break;
            }
        }
        return Optional.of(word.toString());
    }

    /** Whether the two given names may be the same person's (the rule above, on any pair of readings). */
    public boolean matches(GivenName other) {
        if (isEmpty() || other.isEmpty()) {
            return isEmpty() && other.isEmpty();
        }
        return readings.stream().anyMatch(a -> other.readings.stream().anyMatch(b -> compatible(a, b)));
    }

    private static boolean compatible(Reading a, Reading b) {
        if (a.joined() || b.joined()) {
            Reading other = a.joined() ? b : a;
            return !other.joined() && other.parts().size() == 1 && !other.parts().get(0).initial()
                    && other.parts().get(0).text().equals((a.joined() ? a : b).parts().get(0).text());
        }
        List<Part> shorter = a.parts().size() <= b.parts().size() ? a.parts() : b.parts();
        List<Part> longer = shorter == a.parts() ? b.parts() : a.parts();
        for (int i = 0; i < shorter.size(); i++) {
            if (!samePart(shorter.get(i), longer.get(i))) {
                return false;
            }
        }
        if (shorter.size() == longer.size()) {
            return true;
        }
        // The shorter name stops here: at the end of a word, or after an initial (which may stand for "Jean-Pierre").
        Part cut = longer.get(shorter.size() - 1);
        return cut.endsWord() || cut.initial() || shorter.get(shorter.size() - 1).initial();
    }

    private static boolean samePart(Part a, Part b) {
        return a.initial() || b.initial() ? a.letter().equals(b.letter()) : a.text().equals(b.text());
    }
}
