package org.bibfolio.bibtex;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bibfolio.model.Folding;
import org.bibfolio.model.PersonList;
import org.bibfolio.model.PersonName;
import org.bibfolio.model.Publication;

/**
 * Citation keys from a pattern such as {@code [auth][year][title]} (the default, giving {@code zhu2025emergence}).
 * Fields: {@code auth} (first author's family name), {@code authors} (up to three family names), {@code year},
 * {@code yy}, {@code title} (first significant title word), {@code shorttitle} (first three), {@code venue} (the
 * venue's abbreviation); each may end in {@code :upper}, {@code :lower} or {@code :capitalize}. Text outside brackets
 * is copied. Keys are folded to ASCII ({@link Folding}, as search and owner matching fold) so every BibTeX flavour
 * accepts them; authors whose names have no ASCII spelling (Chinese, Japanese, Korean) are passed over for the next,
 * and a key with no author left says {@code anon}.
 */
public final class KeyGenerator {

    public static final String DEFAULT_PATTERN = "[auth][year][title]";

    private static final Pattern FIELD = Pattern.compile("\\[([a-z]+)(?::(upper|lower|capitalize))?]");
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "on", "of", "in", "for", "and", "or",
            "to", "with", "via", "from", "at", "by", "is", "are", "its", "as", "into", "toward", "towards", "some",
            "do", "does", "can", "when", "what", "why", "how", "not", "no", "be", "we", "our");
    private static final Pattern NON_ASCII = Pattern.compile("[^\\x00-\\x7F]+");

    private final String pattern;

    /** @throws IllegalArgumentException when the pattern names a field this generator does not know */
    public KeyGenerator(String pattern) {
        Matcher matcher = FIELD.matcher(pattern);
        while (matcher.find()) {
            if (!List.of("auth", "authors", "year", "yy", "title", "shorttitle", "venue").contains(matcher.group(1))) {
                throw new IllegalArgumentException("unknown field [" + matcher.group(1) + "] in key pattern '"
                        + pattern + "'");
            }
        }
        if (pattern.replaceAll(FIELD.pattern(), "").contains("[")) {
            throw new IllegalArgumentException("malformed key pattern '" + pattern + "'");
        }
        this.pattern = pattern;
    }

    /** The pattern's key for an entry of this type and raw fields, made unique among {@code taken} (any case). */
    public String generate(String type, Map<String, String> rawFields, Set<String> taken) {
        Publication publication = new PublicationMapper(List.of()).map("", type, rawFields);
        String base = key(publication);
        if (base.isEmpty()) {
            base = "entry";
        }
        Set<String> lowerTaken = new java.util.HashSet<>();
        taken.forEach(k -> lowerTaken.add(k.toLowerCase(Locale.ROOT)));
        String candidate = base;
        for (int n = 1; lowerTaken.contains(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = base + suffix(n);
        }
        return candidate;
    }

    /** b, c, …, z, ba, bb, …: the letters BibTeX styles append to same-author same-year labels. */
    static String suffix(int n) {
        StringBuilder out = new StringBuilder();
        int rest = n;
        do {
            out.insert(0, (char) ('a' + rest % 26));
            rest /= 26;
        } while (rest > 0);
        return out.toString();
    }

    private String key(Publication publication) {
        Matcher matcher = FIELD.matcher(pattern);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (matcher.find()) {
            out.append(ascii(pattern.substring(last, matcher.start())));
            String value = ascii(field(matcher.group(1), publication)).replaceAll("[^A-Za-z0-9]", "");
            out.append(casing(value, Optional.ofNullable(matcher.group(2)).orElse("lower")));
            last = matcher.end();
        }
        out.append(ascii(pattern.substring(last)));
        return out.toString().replaceAll("[^A-Za-z0-9_:.\\-/+]", "");
    }

    private static String field(String name, Publication publication) {
        PersonList people = publication.authors().names().isEmpty() ? publication.editors() : publication.authors();
        // a name of a script that does not fold to ASCII (田中, 김) gives the key nothing: the first author who
        // does names it ("kowalska2018" for 田中 and Kowalska), else "anon", never a bare year
        List<String> families = people.names().stream().map(PersonName::familyWithParticle)
                .filter(family -> !ascii(family).replaceAll("[^A-Za-z0-9]", "").isEmpty()).toList();
        String year = publication.year().map(String::valueOf).orElse("");
        return switch (name) {
            case "auth" -> families.isEmpty() ? "anon" : families.get(0);
            case "authors" -> families.isEmpty() ? "anon" : String.join("", families.subList(0, Math.min(3,
                    families.size()))) + (families.size() > 3 ? "etal" : "");
            case "year" -> year;
            case "yy" -> year.length() == 4 ? year.substring(2) : year;
            case "title" -> String.join("", significantWords(publication.title(), 1));
            case "shorttitle" -> String.join("", significantWords(publication.title(), 3));
            default -> publication.venue().abbreviation().orElse(publication.venue().name());
        };
    }

    private static List<String> significantWords(String title, int count) {
        List<String> words = new ArrayList<>();
        for (String word : ascii(title).toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (!word.isEmpty() && !STOP_WORDS.contains(word) && words.size() < count) {
                words.add(word);
            }
        }
        return words;
    }

    private static String casing(String value, String modifier) {
        return switch (modifier) {
            case "upper" -> value.toUpperCase(Locale.ROOT);
            case "capitalize" -> value.isEmpty() ? value
                    : Character.toUpperCase(value.charAt(0)) + value.substring(1).toLowerCase(Locale.ROOT);
            default -> value.toLowerCase(Locale.ROOT);
        };
    }

    /** Text folded to ASCII by the model's one folding (ł → l, ß → ss, ﬁ → fi), case kept; other letters dropped. */
    static String ascii(String text) {
        return NON_ASCII.matcher(Folding.letters(text)).replaceAll("");
    }
}
