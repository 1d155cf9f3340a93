package org.bibfolio.style;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bibfolio.model.AuthorRole;
import org.bibfolio.style.template.Template;
import org.bibfolio.style.template.TemplateException;

/** Builds a {@link HouseStyle} from a style file's TOML; every problem names the file. */
final class HouseStyleReader {

    private final String source;

    private HouseStyleReader(String source) {
        this.source = source;
    }

    static HouseStyle read(String id, String source, String text) throws StyleException {
        return new HouseStyleReader(source).style(id, Toml.parse(source, text));
    }

    private HouseStyle style(String id, Map<String, Object> root) throws StyleException {
        Map<String, Object> names = table(root, "names");
        NameOptions defaults = NameOptions.DEFAULT;
        NameOptions nameOptions = new NameOptions(
                choice(names, "form", defaults.form(), "initials-first", "family-first", "full"),
                string(names, "delimiter", defaults.delimiter()),
                string(names, "last-delimiter", defaults.lastDelimiter()),
                string(names, "two-delimiter", defaults.twoDelimiter()),
                choice(names, "owner", defaults.owner(), "strong", "emph", "none"),
                (int) number(names, "et-al-min", defaults.etAlMin()),
                (int) number(names, "et-al-use-first", defaults.etAlUseFirst()),
                choice(names, "et-al-owner", defaults.etAlOwner(), NameCut.EXTEND, NameCut.FULL, NameCut.STYLE),
                marks(table(root, "marks")));
        Map<String, Object> order = table(root, "order");
        List<HouseStyle.Section> sections = new ArrayList<>();
        Object declared = root.getOrDefault("sections", List.of());
        if (!(declared instanceof List<?> list)) {
            throw new StyleException(source + ": 'sections' must be written as [[sections]] tables");
        }
        for (Object element : list) {
            @SuppressWarnings("unchecked")
            Map<String, Object> section = (Map<String, Object>) element;
            String sectionId = string(section, "id", "");
            if (sectionId.isEmpty()) {
                throw new StyleException(source + ": every [[sections]] needs an id");
            }
            sections.add(new HouseStyle.Section(sectionId, string(section, "heading", sectionId),
                    SectionRule.parse(string(section, "include", "all")), templates(table(section, "templates"))));
        }
        return new HouseStyle(id, string(root, "title", id), nameOptions,
                choice(order, "sort", "date-desc", "date-desc", "date-asc", "file"),
                choice(order, "numbering", "none", "none", "ascending", "descending"),
                choice(order, "numbering-scope", "section", "section", "global"),
                templates(table(root, "templates")), sections, csl(table(root, "csl")));
    }

    /** The {@code [marks]} table: a symbol and a legend per author role, each defaulting to bibfolio's. */
    private AuthorMarks marks(Map<String, Object> table) throws StyleException {
        Map<AuthorRole, AuthorMarks.Mark> marks = new EnumMap<>(AuthorRole.class);
        for (AuthorRole role : AuthorRole.values()) {
            AuthorMarks.Mark fallback = AuthorMarks.DEFAULT.marks().get(role);
            marks.put(role, new AuthorMarks.Mark(string(table, role.id(), fallback.symbol()),
                    string(table, role.id() + "-legend", fallback.legend())));
        }
        for (String key : table.keySet()) {
            if (AuthorRole.fromId(key.replaceFirst("-legend$", "")).isEmpty()) {
                throw new StyleException(source + ": unknown key '" + key + "' in [marks] (equal, corresponding, "
                        + "equal-legend, corresponding-legend)");
            }
        }
        return new AuthorMarks(marks);
    }

    private HouseStyle.CslSettings csl(Map<String, Object> table) throws StyleException {
        Optional<String> style = Optional.of(string(table, "style", "")).filter(s -> !s.isEmpty());
        String append = string(table, "append", "");
        Optional<Template> template = Optional.empty();
        if (!append.isEmpty()) {
            template = Optional.of(templates(Map.of("csl.append", append)).get("csl.append"));
        }
        String order = string(table, "order", "cv");
        if (!order.equals("cv") && !order.equals("style")) {
            throw new StyleException(source + ": [csl] order must be \"cv\" or \"style\", not \"" + order + "\"");
        }
        Object reviewStatus = table.getOrDefault("review-status", true);
        if (!(reviewStatus instanceof Boolean write)) {
            throw new StyleException(source + ": [csl] review-status must be true or false");
        }
        return new HouseStyle.CslSettings(style, template, order, write);
    }

    private Map<String, Template> templates(Map<String, Object> table) throws StyleException {
        Map<String, Template> templates = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : table.entrySet()) {
            if (!(entry.getValue() instanceof String text)) {
                throw new StyleException(source + ": template '" + entry.getKey() + "' must be a string");
            }
            try {
                templates.put(entry.getKey(), Template.parse(entry.getKey(), text));
            } catch (TemplateException e) {
                throw new StyleException(source + ": " + e.getMessage());
            }
        }
        return templates;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> table(Map<String, Object> parent, String name) throws StyleException {
        Object value = parent.getOrDefault(name, Map.of());
        if (!(value instanceof Map)) {
            throw new StyleException(source + ": '" + name + "' must be a table");
        }
        return (Map<String, Object>) value;
    }

    private String string(Map<String, Object> table, String key, String fallback) throws StyleException {
        Object value = table.getOrDefault(key, fallback);
        if (!(value instanceof String text)) {
            throw new StyleException(source + ": '" + key + "' must be a string");
        }
        return text;
    }

    private String choice(Map<String, Object> table, String key, String fallback, String... allowed)
            throws StyleException {
        String value = string(table, key, fallback);
        if (!List.of(allowed).contains(value)) {
            throw new StyleException(source + ": '" + key + "' must be one of " + List.of(allowed) + ", not '"
                    + value + "'");
        }
        return value;
    }

    private long number(Map<String, Object> table, String key, long fallback) throws StyleException {
        Object value = table.getOrDefault(key, fallback);
        if (!(value instanceof Long number)) {
            throw new StyleException(source + ": '" + key + "' must be a whole number");
        }
        return number;
    }
}
