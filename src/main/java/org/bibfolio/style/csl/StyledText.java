package org.bibfolio.style.csl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bibfolio.model.PersonName;
import org.bibfolio.style.Inline;

/**
 * One rendered CSL entry as characters with attributes (emphasis, strong, link target), read from
 * {@link MarkerFormat}'s markers. Working per character lets the owner's name be set apart wherever the style put
 * it, then the result is grouped back into an {@link Inline} tree.
 */
final class StyledText {

    static final int EMPH = 1;
    static final int STRONG = 2;

    private final StringBuilder text = new StringBuilder();
    private final List<Integer> flags = new ArrayList<>();
    /** The link target of each character; the empty string outside links. */
    private final List<String> links = new ArrayList<>();

    static StyledText parse(String marked) {
        StyledText out = new StyledText();
        int current = 0;
        String link = "";
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            switch (c) {
                case MarkerFormat.EMPH_OPEN -> current |= EMPH;
                case MarkerFormat.EMPH_CLOSE -> current &= ~EMPH;
                case MarkerFormat.STRONG_OPEN -> current |= STRONG;
                case MarkerFormat.STRONG_CLOSE -> current &= ~STRONG;
                case MarkerFormat.LINK_OPEN -> {
                    int textStart = marked.indexOf(MarkerFormat.LINK_TEXT, i);
                    link = marked.substring(i + 1, textStart);
                    i = textStart;
                }
                case MarkerFormat.LINK_CLOSE -> link = "";
                case MarkerFormat.NUMBER_HYPHEN -> out.add('-', current, link);
                case MarkerFormat.PAGE_DOT -> out.add('.', current, link);
                case MarkerFormat.KEEP_CAPITALS -> { }
                default -> out.add(c, current, link);
            }
        }
        return out;
    }

    private void add(char c, int flag, String link) {
        text.append(c);
        flags.add(flag);
        links.add(link);
    }

    /** Where the owner's given names may stand next to their marked family name; built once per rendering. */
    record OwnerGiven(Pattern before, Pattern after) {

        static OwnerGiven of(List<PersonName> ownerNames) {
            String given = givenPattern(ownerNames);
            // between the given names and the family only the owner's own particles: any lower-case word would take
            // the "and" of "Zieliński, M. and Wiśniewska, M." for one, and set "M. and Wiśniewska" apart
            String particles = ownerNames.stream().flatMap(name -> Arrays.stream(name.von().split("[\\s\\u00A0]+")))
                    .filter(word -> !word.isEmpty()).map(Pattern::quote).distinct().collect(Collectors.joining("|"));
            return new OwnerGiven(
                    Pattern.compile("(?<!\\p{L})(?:" + given + ")[\\s\\u00A0]+"
                            + (particles.isEmpty() ? "" : "(?:(?:" + particles + ")[\\s\\u00A0]+)*") + "$"),
                    // in an inverted name the owner's particle and suffix follow the given names (InvertedNames)
                    Pattern.compile("^,?[\\s\\u00A0]*(?:" + given + ")(?!\\p{L})"
                            + trailing(ownerNames, PersonName::von, "[\\s\\u00A0]+")
                            + trailing(ownerNames, PersonName::jr, ",[\\s\\u00A0]*")));
        }

        private static String trailing(List<PersonName> names, Function<PersonName, String> part, String before) {
            String parts = names.stream().map(part).filter(p -> !p.isEmpty()).map(Pattern::quote).distinct()
                    .collect(Collectors.joining("|"));
            return parts.isEmpty() ? "" : "(?:" + before + "(?:" + parts + ")(?!\\p{L}))?";
        }
    }

    /**
     * Sets the owner's names apart: each family name between a pair of owner marks, and the given name right
     * before it ("L. Zhu", "L. van der Zhu") or right after it ("Zhu, L.", "Zhu L"), whichever the style wrote.
     * Only names adjacent to a mark are touched, so another author with the same rendering is never set apart.
     */
    StyledText highlightOwner(OwnerGiven given, int flag) {
        String mark = CslItems.OWNER_MARK;
        int open = text.indexOf(mark);
        while (open >= 0) {
            int close = text.indexOf(mark, open + 1);
            if (close < 0) {
                break;
            }
            int from = open + 1;
            int to = close;
            int windowStart = Math.max(0, open - 60);
            Matcher before = given.before().matcher(text.substring(windowStart, open));
            Matcher after = given.after().matcher(text.substring(close + 1));
            if (before.find()) {
                from = windowStart + before.start();
            } else if (after.find()) {
                to = close + 1 + after.end();
            }
            for (int i = from; i < to; i++) {
                flags.set(i, flags.get(i) | flag);
            }
            open = text.indexOf(mark, Math.max(to, close + 1));
        }
        return this;
    }

    /** Every way a style may write these given names: in full, or as initials with or without periods. */
    static String givenPattern(List<PersonName> names) {
        List<String> forms = new ArrayList<>();
        for (PersonName name : names) {
            if (name.first().isEmpty()) {
                continue;
            }
            forms.add(Pattern.quote(name.first()));
            StringBuilder initials = new StringBuilder();
            for (String word : name.first().split("[\\s\\u00A0]+")) {
                for (String part : word.split("-")) {
                    if (!part.isEmpty()) {
                        initials.append(Pattern.quote(part.substring(0, 1))).append("\\.?[-\\s\\u00A0]?");
                    }
                }
            }
            forms.add(initials.toString().replaceAll("\\[-\\\\s\\\\u00A0\\]\\?$", ""));
        }
        forms.sort((a, b) -> b.length() - a.length());
        return forms.isEmpty() ? "(?!)" : String.join("|", forms);
    }

    String text() {
        return text.toString();
    }

    /**
     * A copy with the characters {@code [from, to)} replaced by {@code pieces}: ranges {@code {start, end}} of this
     * text (keeping their emphasis and links) or, as {@code {-1, i}}, the i-th of {@code literals} (taking the
     * attributes of the character at {@code from}).
     */
    StyledText splice(int from, int to, List<int[]> pieces, List<String> literals) {
        StyledText out = new StyledText();
        copy(out, 0, from);
        for (int[] piece : pieces) {
            if (piece[0] < 0) {
                for (char c : literals.get(piece[1]).toCharArray()) {
                    out.add(c, flags.get(from), links.get(from));
                }
            } else {
                copy(out, piece[0], piece[1]);
            }
        }
        copy(out, to, text.length());
        return out;
    }

    /** A copy with the characters {@code [from, to)} replaced by {@code plain}: text without emphasis or link. */
    StyledText replaced(int from, int to, String plain) {
        StyledText out = new StyledText();
        copy(out, 0, from);
        plain.chars().forEach(c -> out.add((char) c, 0, ""));
        copy(out, to, text.length());
        return out;
    }

    /** The index of the first character inside a link (a URL or DOI the style printed), or -1. */
    int firstLink() {
        for (int i = 0; i < links.size(); i++) {
            if (!links.get(i).isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    private void copy(StyledText out, int from, int to) {
        for (int i = from; i < to; i++) {
            out.add(text.charAt(i), flags.get(i), links.get(i));
        }
    }

    /** A copy without the owner marks, once they have done their work. */
    StyledText withoutMarks() {
        StyledText out = new StyledText();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != CslItems.OWNER_MARK.charAt(0)) {
                out.add(text.charAt(i), flags.get(i), links.get(i));
            }
        }
        return out;
    }

    /**
     * CSL's {@code subsequent-author-substitute}, which citeproc-java ignores: when this entry's names are those of
     * the entry before, the names at the start (up to the last author's last name part within the text both share)
     * become {@code substitute} ("———").
     */
    StyledText substituteNames(StyledText previous, PersonName lastAuthor, String substitute) {
        int common = 0;
        while (common < text.length() && common < previous.text.length()
                && text.charAt(common) == previous.text.charAt(common)) {
            common++;
        }
        String shared = text.substring(0, common);
        int end = 0;
        for (String part : List.of(lastAuthor.last(), lastAuthor.first(), lastAuthor.initials())) {
            int at = part.isEmpty() ? -1 : shared.lastIndexOf(part);
            end = Math.max(end, at < 0 ? 0 : at + part.length());
        }
        if (end == 0) {
            return this;
        }
        // the period of a final initial ("Donald E.") also closed the names; the substitute keeps it
        String replacement = text.charAt(end - 1) == '.' && (end >= text.length() || text.charAt(end) != '.')
                ? substitute + "." : substitute;
        StyledText out = new StyledText();
        replacement.chars().forEach(c -> out.add((char) c, flags.get(0), ""));
        for (int i = end; i < text.length(); i++) {
            out.add(text.charAt(i), flags.get(i), links.get(i));
        }
        return out;
    }

    List<Inline> toInlines() {
        List<Inline> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            boolean boundary = i == text.length() || !flags.get(i).equals(flags.get(start))
                    || !links.get(i).equals(links.get(start));
            if (boundary) {
                String run = text.substring(start, i);
                if (!run.isEmpty()) {
                    out.add(styled(run, flags.get(start), links.get(start)));
                }
                start = i;
            }
        }
        return merge(out);
    }

    private static Inline styled(String run, int flag, String link) {
        Inline inline = new Inline.Text(run);
        if ((flag & EMPH) != 0) {
            inline = new Inline.Emph(List.of(inline));
        }
        if ((flag & STRONG) != 0) {
            inline = new Inline.Strong(List.of(inline));
        }
        return link.isEmpty() ? inline : new Inline.Link(link, List.of(inline));
    }

    /** Joins neighbouring links to the same target, which a run boundary inside the link text split. */
    private static List<Inline> merge(List<Inline> inlines) {
        List<Inline> out = new ArrayList<>();
        for (Inline inline : inlines) {
            int last = out.size() - 1;
            if (inline instanceof Inline.Link link && last >= 0 && out.get(last) instanceof Inline.Link previous
                    && previous.target().equals(link.target())) {
                List<Inline> children = new ArrayList<>(previous.children());
                children.addAll(link.children());
                out.set(last, new Inline.Link(link.target(), children));
            } else {
                out.add(inline);
            }
        }
        return out;
    }
}
