package org.bibfolio.style.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bibfolio.model.Links;

/** Parses the template syntax described on {@link Template}. */
final class TemplateParser {

    static final Set<String> FILTERS = Set.of("emph", "strong", "link", "text", "default", "unless");

    private final String name;
    private final String text;
    private int pos;

    TemplateParser(String name, String text) {
        this.name = name;
        this.text = text;
    }

    Template parse() throws TemplateException {
        if (text.indexOf('\n') >= 0) {
            // a template written over several lines starts where its first line's text does
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }
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
            } else if (c == '\n' || c == '\r') {
                lineBreak(literal, nodes.isEmpty() && literal.isEmpty());
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

    /**
     * A line break in a template (one written over several lines of a style file) and the spaces around it are
     * one space, as in prose; at the start or end of the template they are nothing.
     */
    private void lineBreak(StringBuilder literal, boolean atStart) {
        while (!literal.isEmpty() && (literal.charAt(literal.length() - 1) == ' '
                || literal.charAt(literal.length() - 1) == '\t')) {
            literal.setLength(literal.length() - 1);
        }
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        if (!atStart && pos < text.length()) {
            literal.append(' ');
        }
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
        int at = pos + parts[0].indexOf(variable);
        List<Template.Filter> filters = new ArrayList<>();
        int partStart = pos + parts[0].length() + 1;
        for (int i = 1; i < parts.length; i++) {
            pos = partStart;
            filters.add(filter(parts[i]));
            partStart += parts[i].length() + 1;
        }
        pos = close + 1;
        return new Template.Variable(variable, filters, at);
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
            pos++;
            filters.add(filter(text.substring(pos, end)));
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
            throw error("unknown filter '" + filter + "' (known: emph, strong, link=…, text=…, default=…, unless=…)");
        }
        Optional<String> argument = equals < 0 ? Optional.empty() : Optional.of(spec.substring(equals + 1));
        if (filter.equals("link") && !argument.map(Links.NAMES::contains).orElse(false)) {
            throw error("link needs one of " + String.join(", ", Links.NAMES) + ": link=" + argument.orElse("…")
                    + " is not one");
        }
        if (filter.equals("unless") && argument.map(String::isBlank).orElse(true)) {
            throw error("unless needs a variable: unless=venue.abbr");
        }
        return new Template.Filter(filter, argument.map(a -> filter.equals("unless") ? a.strip() : a),
                pos + spec.indexOf('=') + 1);
    }

    private static void flush(StringBuilder literal, List<Template.Node> nodes) {
        if (literal.length() > 0) {
            nodes.add(new Template.Literal(literal.toString()));
            literal.setLength(0);
        }
    }

    private TemplateException error(String problem) {
        return new TemplateException(name, pos, problem);
    }
}
