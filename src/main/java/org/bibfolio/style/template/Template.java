package org.bibfolio.style.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bibfolio.style.Inline;

/**
 * A parsed entry template. The syntax, documented in styles/README.md:
 * <ul>
 *   <li>{@code {name|filter|filter=argument}} — a variable ({@code authors}, {@code title}, {@code venue.short}…);</li>
 *   <li>{@code [ … ]} — an optional group, left out when a variable directly inside it is empty, so
 *       {@code [ Submitted to {venue|emph}.]} disappears for a paper with no venue;</li>
 *   <li>{@code [ … |filter]} — filters after a top-level {@code |} apply to the whole group;</li>
 *   <li>filters: {@code emph}, {@code strong}, {@code link=paper|doi|arxiv|url|pdf|code} (plain text when the
 *       library has no such link), {@code text=…} (shows a fixed word when the variable is set),
 *       {@code default=…} (used when the variable is empty), {@code unless=VARIABLE} (empty, so its group vanishes,
 *       when that other variable is set: the "else" of a group);</li>
 *   <li>{@code \} escapes the next character.</li>
 * </ul>
 */
public final class Template {

    sealed interface Node { }

    record Literal(String text) implements Node { }

    /** A variable; {@code offset} is where its name starts in the template text. */
    record Variable(String name, List<Filter> filters, int offset) implements Node { }

    /** A variable the template names, and where (0-based) in its text. */
    public record Use(String name, int offset) { }

    record Group(List<Node> children, List<Filter> filters) implements Node { }

    /** @param offset where the argument starts in the template text, for {@code unless=NAME}'s errors */
    record Filter(String name, Optional<String> argument, int offset) { }

    /** What a template asks of an entry: its variables as inline content, empty when unknown. */
    public interface Values {
        List<Inline> variable(String name);

        Optional<String> link(String name);
    }

    private final List<Node> nodes;

    Template(List<Node> nodes) {
        this.nodes = List.copyOf(nodes);
    }

    public static Template parse(String name, String text) throws TemplateException {
        return new TemplateParser(name, text).parse();
    }

    /** Every variable the template names, in order, so a style reader can refuse unknown ones where they are. */
    public List<Use> variables() {
        List<Use> uses = new ArrayList<>();
        collect(nodes, uses);
        return uses;
    }

    private static void collect(List<Node> nodes, List<Use> uses) {
        for (Node node : nodes) {
            if (node instanceof Variable variable) {
                uses.add(new Use(variable.name(), variable.offset()));
                unlessUses(variable.filters(), uses);
            } else if (node instanceof Group group) {
                collect(group.children(), uses);
                unlessUses(group.filters(), uses);
            }
        }
    }

    private static void unlessUses(List<Filter> filters, List<Use> uses) {
        filters.stream().filter(f -> f.name().equals("unless"))
                .forEach(f -> uses.add(new Use(f.argument().orElseThrow(), f.offset())));
    }

    public List<Inline> render(Values values) {
        return renderNodes(nodes, values).content();
    }

    /**
     * Renders a sequence. Empty (so an enclosing group vanishes) when a variable directly in it is empty, or when it
     * holds no variables of its own and none of its nested groups rendered: {@code [ [{venue}|link=paper].]}.
     */
    private static Rendered renderNodes(List<Node> nodes, Values values) {
        List<Inline> out = new ArrayList<>();
        boolean missing = false;
        boolean hasVariables = false;
        boolean hasGroups = false;
        boolean anyGroupRendered = false;
        for (Node node : nodes) {
            if (node instanceof Literal literal) {
                out.add(new Inline.Text(withoutRepeatedPeriod(out, literal.text())));
            } else if (node instanceof Variable variable) {
                List<Inline> value = variable(variable, values);
                hasVariables = true;
                missing |= value.isEmpty();
                out.addAll(value);
            } else if (node instanceof Group group) {
                hasGroups = true;
                Rendered content = renderNodes(group.children(), values);
                if (!content.vanishes() && !excluded(group.filters(), values)) {
                    anyGroupRendered = true;
                    out.addAll(applyFilters(content.content(), group.filters(), values));
                }
            }
        }
        boolean onlyEmptyGroups = !hasVariables && hasGroups && !anyGroupRendered;
        return new Rendered(out, missing || onlyEmptyGroups);
    }

    /** "et al." or "Jr." followed by the template's "." prints one period, as CSL processors do. */
    private static String withoutRepeatedPeriod(List<Inline> before, String literal) {
        return literal.startsWith(".") && Inline.plain(before).endsWith(".") ? literal.substring(1) : literal;
    }

    /** A rendered sequence, and whether a group made of it should vanish. */
    private record Rendered(List<Inline> content, boolean vanishes) { }

    private static List<Inline> variable(Variable variable, Values values) {
        if (excluded(variable.filters(), values)) {
            return List.of();
        }
        List<Inline> value = values.variable(variable.name());
        if (value.isEmpty()) {
            Optional<String> fallback = variable.filters().stream()
                    .filter(f -> f.name().equals("default")).findFirst().flatMap(Filter::argument);
            return fallback.<List<Inline>>map(text -> List.of(new Inline.Text(text))).orElse(List.of());
        }
        return applyFilters(value, variable.filters(), values);
    }

    /** Whether an {@code unless=NAME} filter names a variable that is set, so the value is left out. */
    private static boolean excluded(List<Filter> filters, Values values) {
        return filters.stream().anyMatch(f -> f.name().equals("unless")
                && !values.variable(f.argument().orElseThrow()).isEmpty());
    }

    private static List<Inline> applyFilters(List<Inline> content, List<Filter> filters, Values values) {
        List<Inline> out = content;
        for (Filter filter : filters) {
            String argument = filter.argument().orElse("");
            out = switch (filter.name()) {
                case "emph" -> List.of(new Inline.Emph(out));
                case "strong" -> List.of(new Inline.Strong(out));
                case "text" -> List.of(new Inline.Text(argument));
                case "link" -> linked(out, values.link(argument));
                default -> out;
            };
        }
        return out;
    }

    private static List<Inline> linked(List<Inline> content, Optional<String> target) {
        return target.<List<Inline>>map(url -> List.of(new Inline.Link(url, content))).orElse(content);
    }
}
