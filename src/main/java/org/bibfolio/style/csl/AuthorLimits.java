package org.bibfolio.style.csl;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bibfolio.style.NameCut;

/**
 * The et-al options of a style's bibliography authors, and the style variant that shows a given number of names.
 * citeproc-java cuts author lists by the style's options; to show the owner where the style would hide them
 * ({@link NameCut}), the names to show are handed to a variant of the style whose {@code et-al-use-first} is exactly
 * their number, so the style itself still writes the "et al." term, its formatting and the delimiter before it.
 */
final class AuthorLimits {

    private static final List<String> OPTIONS = List.of("et-al-min", "et-al-use-first", "et-al-use-last");
    private static final Pattern USE_FIRST = Pattern.compile("\\bet-al-use-first=\"[^\"]*\"");
    private static final Pattern MIN = Pattern.compile("\\bet-al-min=\"[^\"]*\"");
    private static final Pattern BIBLIOGRAPHY = Pattern.compile("<bibliography\\b[^>]*>");

    private AuthorLimits() {
    }

    /**
     * The options that apply to the first author list the bibliography's layout renders (through its macros): the
     * {@code <name>} element's own, else the {@code <bibliography>}'s, else the {@code <style>}'s, as CSL's
     * inheritable name options say. A style without them never cuts.
     */
    static NameCut.Limits read(String xml) {
        Optional<StyleXml.Element> parsed = StyleXml.parse(xml);
        if (parsed.isEmpty()) {
            return NameCut.Limits.NONE;
        }
        StyleXml.Element style = parsed.get();
        Optional<StyleXml.Element> bibliography = style.child("bibliography");
        if (bibliography.isEmpty()) {
            return NameCut.Limits.NONE;
        }
        Map<String, StyleXml.Element> macros = new HashMap<>();
        style.children().stream().filter(e -> e.name().equals("macro"))
                .forEach(e -> macros.put(e.attribute("name"), e));
        Optional<StyleXml.Element> name = bibliography.get().child("layout")
                .flatMap(layout -> authorNames(layout, macros, new HashSet<>())).flatMap(names -> names.child("name"));
        Map<String, String> values = new HashMap<>();
        for (String option : OPTIONS) {
            for (Optional<StyleXml.Element> level : List.of(name, bibliography, Optional.of(style))) {
                if (!values.containsKey(option) && level.isPresent() && level.get().has(option)) {
                    values.put(option, level.get().attribute(option).strip());
                }
            }
        }
        return new NameCut.Limits(number(values.get("et-al-min")), number(values.get("et-al-use-first")),
                "true".equals(values.get("et-al-use-last")));
    }

    /** The style with every author list cut to exactly {@code names} names when it has more. */
    static String showing(String xml, int names) {
        String out = USE_FIRST.matcher(xml).replaceAll("et-al-use-first=\"" + names + "\"");
        out = MIN.matcher(out).replaceAll("et-al-min=\"" + (names + 1) + "\"");
        Matcher bibliography = BIBLIOGRAPHY.matcher(out);
        if (bibliography.find() && !bibliography.group().contains("et-al-min=")) {
            // inherited by every <name> that sets neither: a style that never cut cuts now
            String start = bibliography.group();
            String options = " et-al-min=\"" + (names + 1) + "\""
                    + (start.contains("et-al-use-first=") ? "" : " et-al-use-first=\"" + names + "\"");
            out = out.substring(0, bibliography.start()) + "<bibliography" + options
                    + out.substring(bibliography.start() + "<bibliography".length());
        }
        return out;
    }

    /** The first {@code <names>} with the author variable, depth first, following {@code <text macro>} calls. */
    private static Optional<StyleXml.Element> authorNames(StyleXml.Element element,
                                                          Map<String, StyleXml.Element> macros, Set<String> seen) {
        for (StyleXml.Element e : element.children()) {
            if (e.name().equals("names") && List.of(e.attribute("variable").split("\\s+")).contains("author")) {
                return Optional.of(e);
            }
            String macro = e.name().equals("text") ? e.attribute("macro") : "";
            Optional<StyleXml.Element> found = !macro.isEmpty() && macros.containsKey(macro) && seen.add(macro)
                    ? authorNames(macros.get(macro), macros, seen) : authorNames(e, macros, seen);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static int number(String value) {
        return value != null && value.matches("\\d+") ? Integer.parseInt(value) : 0;
    }
}
