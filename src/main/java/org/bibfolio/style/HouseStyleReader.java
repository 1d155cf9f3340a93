package org.bibfolio.style;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.bibfolio.model.AuthorRole;
import org.bibfolio.model.Category;
import org.bibfolio.model.ReviewStatus;
import org.bibfolio.model.Spelling;
import org.bibfolio.style.template.Template;
import org.bibfolio.style.template.TemplateException;

/**
 * Builds a {@link HouseStyle} from a style file. This class is the schema of the format (styles/README.md): every
 * setting is one typed getter call with its default and range, and a key no getter reads is an error, as is a
 * wrong type, a number out of range, an unknown template name or template variable — each at file:line:column.
 */
final class HouseStyleReader {

    /** Longer author lists than this are not cut by any sensible style; the bound keeps numbers meaningful. */
    private static final int MAX_NAMES = 1000;

    private HouseStyleReader() {
    }

    static HouseStyle read(String id, String source, String text) throws StyleException {
        StyleTable root = StyleTable.root(Toml.parse(source, text));
        String title = root.string("title", id);
        NameOptions names = names(root.table("names"), root.table("marks"));
        StyleTable order = root.table("order");
        String sort = order.choice("sort", "date-desc", "date-desc", "date-asc", "file");
        String numbering = order.choice("numbering", "none", "none", "ascending", "descending");
        String numberingScope = order.choice("numbering-scope", "section", "section", "global");
        order.finish();
        Map<String, Template> templates = templates(root.table("templates"));
        List<HouseStyle.Section> sections = new ArrayList<>();
        for (StyleTable section : root.tables("sections")) {
            sections.add(section(section, sections));
        }
        HouseStyle.CslSettings csl = csl(root.table("csl"));
        root.finish();
        return new HouseStyle(id, title, names, sort, numbering, numberingScope, templates, sections, csl);
    }

    private static NameOptions names(StyleTable names, StyleTable marks) throws StyleException {
        NameOptions defaults = NameOptions.DEFAULT;
        NameOptions options = new NameOptions(
                names.choice("form", defaults.form(), "initials-first", "family-first", "full"),
                names.string("delimiter", defaults.delimiter()),
                names.string("last-delimiter", defaults.lastDelimiter()),
                names.string("two-delimiter", defaults.twoDelimiter()),
                names.choice("owner", defaults.owner(), "strong", "emph", "none"),
                names.integer("et-al-min", defaults.etAlMin(), 0, MAX_NAMES),
                names.integer("et-al-use-first", defaults.etAlUseFirst(), 1, MAX_NAMES),
                names.choice("et-al-owner", defaults.etAlOwner(), NameCut.EXTEND, NameCut.FULL, NameCut.STYLE),
                marks(marks),
                new RoleLabels(names.string("editor-label", defaults.roles().editor()),
                        names.string("editors-label", defaults.roles().editors()),
                        names.string("translator-label", defaults.roles().translator()),
                        names.string("translators-label", defaults.roles().translators())));
        names.finish();
        return options;
    }

    /** The {@code [marks]} table: a symbol and a legend per author role, each defaulting to bibfolio's. */
    private static AuthorMarks marks(StyleTable table) throws StyleException {
        Map<AuthorRole, AuthorMarks.Mark> marks = new EnumMap<>(AuthorRole.class);
        for (AuthorRole role : AuthorRole.values()) {
            AuthorMarks.Mark fallback = AuthorMarks.DEFAULT.marks().get(role);
            marks.put(role, new AuthorMarks.Mark(table.string(role.id(), fallback.symbol()),
                    table.string(role.id() + "-legend", fallback.legend())));
        }
        table.finish();
        return new AuthorMarks(marks);
    }

    private static HouseStyle.Section section(StyleTable table, List<HouseStyle.Section> before)
            throws StyleException {
        Optional<Toml.Value> id = table.located("id");
        if (id.isEmpty()) {
            throw table.error(table.name() + " needs an id, the name --section takes (id = \"workshop\")");
        }
        if (((String) id.get().get()).isBlank()) {
            throw id.get().error("a section's id cannot be empty");
        }
        String sectionId = (String) id.get().get();
        if (before.stream().anyMatch(s -> s.id().equalsIgnoreCase(sectionId))) {
            throw id.get().error("two sections have the id \"" + sectionId + "\"");
        }
        String heading = table.string("heading", sectionId);
        SectionRule rule = rule(table);
        Map<String, Template> templates = templates(table.table("templates"));
        table.finish();
        return new HouseStyle.Section(sectionId, heading, rule, templates);
    }

    /**
     * {@code include}: conditions that must all hold, separated by spaces in one string, or one condition per
     * element of a list (where a condition may hold spaces: "tag=Best Paper").
     */
    private static SectionRule rule(StyleTable table) throws StyleException {
        List<Toml.Value> include = table.strings("include");
        boolean oneString = !table.isList("include");
        List<String> conditions = new ArrayList<>();
        for (Toml.Value value : include) {
            String text = (String) value.get();
            List<String> written = oneString ? List.of(text.strip().split("\\s+")) : List.of(text);
            try {
                SectionRule.of(written);
            } catch (StyleException e) {
                throw value.error(e.getMessage());
            }
            conditions.addAll(written);
        }
        return conditions.isEmpty() ? SectionRule.parse("all") : SectionRule.of(conditions);
    }

    private static HouseStyle.CslSettings csl(StyleTable table) throws StyleException {
        Optional<String> style = Optional.of(table.string("style", "")).filter(s -> !s.isEmpty());
        if (style.isPresent() && !StyleCatalog.isCslStyle(style.get())) {
            String hint = Spelling.didYouMean(style.get(), StyleCatalog.cslStyleNames());
            throw table.located("style").orElseThrow().error("unknown CSL style '" + style.get() + "'"
                    + (hint.isEmpty() ? " (see 'bibfolio styles')" : "; " + hint));
        }
        Optional<Template> append = Optional.empty();
        Optional<Toml.Value> appended = table.located("append");
        if (appended.isPresent() && !((String) appended.get().get()).isEmpty()) {
            append = Optional.of(template("csl.append", appended.get()));
        }
        String order = table.choice("order", "cv", "cv", "style");
        boolean reviewStatus = table.bool("review-status", true);
        table.finish();
        return new HouseStyle.CslSettings(style, append, order, reviewStatus);
    }

    /**
     * A {@code [templates]} table. Names are {@code <category>.<status>}, {@code <status>}, {@code <category>} or
     * {@code default}; a dotted name may be written bare ({@code journal.accepted = '…'}) or quoted.
     */
    private static Map<String, Template> templates(StyleTable table) throws StyleException {
        Map<String, Template> templates = new LinkedHashMap<>();
        for (Map.Entry<String, Toml.Value> entry : table.entries().entrySet()) {
            if (entry.getValue().get() instanceof Toml.Table nested) {
                for (Map.Entry<String, Toml.Value> inner : nested.entries.entrySet()) {
                    add(templates, entry.getKey() + "." + inner.getKey(), inner.getValue(), table);
                }
            } else {
                add(templates, entry.getKey(), entry.getValue(), table);
            }
        }
        return templates;
    }

    private static void add(Map<String, Template> templates, String name, Toml.Value value, StyleTable table)
            throws StyleException {
        if (!TEMPLATE_NAMES.contains(name)) {
            String hint = Spelling.didYouMean(name, TEMPLATE_NAMES);
            throw value.error("unknown template '" + name + "' in " + table.name() + "; "
                    + (hint.isEmpty() ? "a template is named default, a category (" + String.join(", ",
                    categories()) + "), a status (" + String.join(", ", ReviewStatus.IDS) + ") or category.status"
                    : hint));
        }
        templates.put(name, template(name, value));
    }

    /** Parses a template and checks that it names only variables there are. */
    private static Template template(String name, Toml.Value value) throws StyleException {
        if (!(value.get() instanceof String text)) {
            throw value.error("template '" + name + "' must be a string (in quotes), not a "
                    + Toml.describe(value.get()));
        }
        Template template;
        try {
            template = Template.parse(name, text);
        } catch (TemplateException e) {
            throw value.errorAt(e.offset(), e.problem() + " in template '" + name + "'");
        }
        for (Template.Use use : template.variables()) {
            if (!EntryValues.isVariable(use.name())) {
                String hint = Spelling.didYouMean(use.name(), EntryValues.knownNames());
                throw value.errorAt(use.offset(), "unknown variable '" + use.name() + "' in template '" + name
                        + "'; " + (hint.isEmpty() ? "see the variables in styles/README.md, or write a BibTeX field "
                        + "as {field." + use.name() + "}" : hint));
            }
        }
        return template;
    }

    /** Every name a template may have: made once, not for each template of each style read. */
    private static final Set<String> TEMPLATE_NAMES = templateNames();

    private static Set<String> templateNames() {
        Set<String> names = new TreeSet<>(List.of("default"));
        names.addAll(ReviewStatus.IDS);
        for (String category : categories()) {
            names.add(category);
            ReviewStatus.IDS.forEach(status -> names.add(category + "." + status));
        }
        return Collections.unmodifiableSet(names);
    }

    private static List<String> categories() {
        return java.util.Arrays.stream(Category.values()).map(Category::id).toList();
    }
}
