package org.bibfolio.style.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Parses the template syntax described on {@link Template}. */
final class TemplateParser {

    static final Set<String> FILTERS = Set.of("emph", "strong", "link", "text", "default");

    private final String name;
    private final String text;
    private int pos;

    TemplateParser(String name, String text) {
        this.name = name;
        this.text = text;
    }

    Template parse() throws TemplateException {
        List<Template.Node> nodes = sequence(false);
        if (pos < text.length()) {
            throw error("unexpected '" + text.charAt(pos) + "'");
        }
        return new Template(nodes);
    }

    /** Nodes up to the end, or inside a group up to its top-level '|' or ']'. */
    private List<Template.Node> sequence(boolean inGroup) throws TemplateException {
        List<Template.Node> nodes = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (inGroup && (c == ']' || c == '|')) {
                break;
            }
            if (c == '{' || c == '[') {
                flush(literal, nodes);
                nodes.add(c == '{' ? variable() : group());
            } else if (c == '}' || (!inGroup && c == ']')) {
                throw error("unmatched '" + c + "'");
            } else {
                if (c == '\\' && pos + 1 < text.length()) {
                    pos++;
                }
                literal.append(text.charAt(pos++));
            }
        }
        flush(literal, nodes);
        return nodes;
    }

    private Template.Node variable() throws TemplateException {
        int start = pos++;
        int close = text.indexOf('}', pos);
        if (close < 0) {
            pos = start;
            throw error("'{' is never closed");
        }
        String[] parts = text.substring(pos, close).split("\\|", -1);
        String variable = parts[0].strip();
        if (variable.isEmpty()) {
            throw error("empty variable name");
        }
        List<Template.Filter> filters = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            filters.add(filter(parts[i]));
        }
        pos = close + 1;
        return new Template.Variable(variable, filters);
    }

    private Template.Node group() throws TemplateException {
        int start = pos++;
        List<Template.Node> children = sequence(true);
        List<Template.Filter> filters = new ArrayList<>();
        while (pos < text.length() && text.charAt(pos) == '|') {
            int end = pos + 1;
            while (end < text.length() && text.charAt(end) != '|' && text.charAt(end) != ']') {
                end++;
            }
            filters.add(filter(text.substring(pos + 1, end)));
            pos = end;
        }
        if (pos >= text.length()) {
            pos = start;
            throw error("'[' is never closed");
        }
        pos++;
        return new Template.Group(children, filters);
    }

    private Template.Filter filter(String spec) throws TemplateException {
        int equals = spec.indexOf('=');
        String filter = (equals < 0 ? spec : spec.substring(0, equals)).strip();
        if (!FILTERS.contains(filter)) {
            throw error("unknown filter '" + filter + "' (known: emph, strong, link=…, text=…, default=…)");
        }
        return new Template.Filter(filter, equals < 0 ? Optional.empty() : Optional.of(spec.substring(equals + 1)));
    }

    private static void flush(StringBuilder literal, List<Template.Node> nodes) {
        if (literal.length() > 0) {
            nodes.add(new Template.Literal(literal.toString()));
            literal.setLength(0);
        }
    }

    private TemplateException error(String problem) {
        return new TemplateException("template '" + name + "', column " + (pos + 1) + ": " + problem);
    }
}
