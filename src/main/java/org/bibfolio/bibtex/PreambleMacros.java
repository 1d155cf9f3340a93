package org.bibfolio.bibtex;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The macros a library defines in its {@code @preamble}: {@code \newcommand}, {@code \renewcommand},
 * {@code \providecommand} (starred or not, with {@code [n]} arguments and an optional first argument's default) and
 * {@code \def} with undelimited parameters ({@code \def\R{\mathbb{R}}}, {@code \def\x#1{#1}}). BibTeX copies the
 * preamble into the document, so a title using {@code \sortkey{a}} means what the macro says; field values are
 * expanded with them before they are decoded, and a stand-alone LaTeX export copies them ({@link #latexDefinitions}).
 * Anything else in the preamble (conditionals, {@code \input}) is skipped: a command it would define stays unknown,
 * passes through to LaTeX output as written and gets a harmless definition there.
 *
 * <p>Expansion is bounded: macros expand inside macros at most {@link #MAX_DEPTH} deep, and a value stops growing at
 * {@link #MAX_LENGTH} characters (the rest is kept unexpanded), so a recursive or exploding definition cannot hang a
 * read.
 */
public final class PreambleMacros {

    static final int MAX_DEPTH = 16;
    static final int MAX_LENGTH = 100_000;

    public static final PreambleMacros NONE = new PreambleMacros(Map.of());

    /**
     * A definition: its parameter count and, for a {@code \newcommand} with an optional first argument, its default;
     * {@code replaces} when the library redefines ({@code \renewcommand}) rather than defines.
     */
    record Macro(int parameters, Optional<String> optionalDefault, String body, boolean replaces) { }

    private final Map<String, Macro> macros;

    private PreambleMacros(Map<String, Macro> macros) {
        this.macros = Map.copyOf(macros);
    }

    /** The definitions of the preamble text (the {@code @preamble} values, resolved and joined in file order). */
    public static PreambleMacros parse(String preamble) {
        Map<String, Macro> found = new HashMap<>();
        Scanner in = new Scanner(preamble);
        while (in.findBackslash()) {
            String command = in.controlWord();
            switch (command) {
                case "newcommand", "renewcommand", "providecommand", "DeclareRobustCommand" ->
                        in.newcommand(command.equals("renewcommand") || command.equals("DeclareRobustCommand"))
                                .ifPresent(definition -> {
                            boolean keepsOld = command.equals("providecommand") || command.equals("newcommand");
                            if (!keepsOld || !found.containsKey(definition.getKey())) {
                                found.put(definition.getKey(), definition.getValue());
                            }
                        });
                case "def", "gdef", "edef", "xdef" -> in.def().ifPresent(d -> found.put(d.getKey(), d.getValue()));
                default -> { }
            }
        }
        // a verbatim command keeps its argument as written: expanding it would decode a URL
        found.keySet().removeIf(LatexCommands::isVerbatim);
        return new PreambleMacros(found);
    }

    public boolean isEmpty() {
        return macros.isEmpty();
    }

    public Set<String> names() {
        return macros.keySet();
    }

    /**
     * The definitions as a LaTeX document may hold them, one per command, by name: what a stand-alone export copies
     * of the {@code @preamble}, never the rest ({@code \input}, conditionals, {@code \makeatletter}…). A
     * {@code \def} or {@code \newcommand} becomes {@code \providecommand}, which leaves a command the document
     * has alone (BibTeX preambles define inside {@code \ifx…\fi}, which is not copied); a
     * {@code \renewcommand} replaces. Whether a body is safe to run is the LaTeX format's to judge.
     */
    public List<String> latexDefinitions() {
        return macros.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(entry -> {
            Macro macro = entry.getValue();
            String definition = "{\\" + entry.getKey() + "}" + (macro.parameters() > 0 ? "[" + macro.parameters() + "]" : "")
                    + macro.optionalDefault().map(value -> "[" + value + "]").orElse("") + "{" + macro.body() + "}";
            return macro.replaces() ? "\\providecommand{\\" + entry.getKey() + "}{}\\renewcommand" + definition
                    : "\\providecommand" + definition;
        }).toList();
    }

    /** {@code latex} with every defined macro replaced by its expansion. */
    public String expand(String latex) {
        if (macros.isEmpty() || latex.indexOf('\\') < 0) {
            return latex;
        }
        StringBuilder out = new StringBuilder(latex.length());
        expandInto(latex, 0, out);
        return out.toString();
    }

    private void expandInto(String latex, int depth, StringBuilder out) {
        Scanner in = new Scanner(latex);
        while (in.position() < latex.length()) {
            if (out.length() > MAX_LENGTH) {
                out.append(latex, in.position(), latex.length());
                return;
            }
            if (latex.charAt(in.position()) != '\\') {
                // plain text up to the next command goes over at once: most of a field's characters are no macro
                int next = latex.indexOf('\\', in.position());
                int end = next < 0 ? latex.length() : next;
                out.append(latex, in.position(), end);
                in.skip(end - in.position());
                continue;
            }
            if (in.position() + 1 >= latex.length()) {
                out.append('\\');
                in.skip(1);
                continue;
            }
            int start = in.position();
            in.skip(1);
            String name = in.controlWord();
            Macro macro = name.isEmpty() ? null : macros.get(name);
            if (macro == null || depth >= MAX_DEPTH) {
                if (name.isEmpty()) {
                    in.skip(Character.charCount(latex.codePointAt(in.position()))); // a control symbol: \\, \$
                }
                out.append(latex, start, in.position());
                continue;
            }
            String[] arguments = new String[macro.parameters()];
            for (int i = 0; i < arguments.length; i++) {
                arguments[i] = i == 0 && macro.optionalDefault().isPresent()
                        ? in.optionalArgument().orElse(macro.optionalDefault().get()) : in.argument();
            }
            expandInto(substitute(macro.body(), arguments), depth + 1, out);
        }
    }

    /** The body with {@code #1}…{@code #9} replaced by the arguments and {@code ##} by {@code #}. */
    private static String substitute(String body, String[] arguments) {
        if (body.indexOf('#') < 0) {
            return body;
        }
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            char next = i + 1 < body.length() ? body.charAt(i + 1) : ' ';
            if (c == '#' && next >= '1' && next <= '9') {
                int index = next - '1';
                out.append(index < arguments.length ? arguments[index] : "");
                i++;
            } else if (c == '#' && next == '#') {
                out.append('#');
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Reads TeX tokens from a string: control words, arguments, groups. Never throws on unbalanced input. */
    private static final class Scanner {

        private final String text;
        private int pos;

        Scanner(String text) {
            this.text = text;
        }

        int position() {
            return pos;
        }

        void skip(int count) {
            pos = Math.min(text.length(), pos + count);
        }

        boolean findBackslash() {
            int at = text.indexOf('\\', pos);
            pos = at < 0 ? text.length() : at + 1;
            return at >= 0;
        }

        /** The letters of a control word at the position (empty for a control symbol), moving past them. */
        String controlWord() {
            int start = pos;
            while (pos < text.length() && isLetter(text.charAt(pos))) {
                pos++;
            }
            return text.substring(start, pos);
        }

        /** {@code {\name}[n][default]{body}} or {@code \name[n]{body}} after {@code \newcommand}. */
        Optional<Map.Entry<String, Macro>> newcommand(boolean replaces) {
            skipSpaces();
            if (pos < text.length() && text.charAt(pos) == '*') {
                pos++;
            }
            Optional<String> name = definedName();
            if (name.isEmpty()) {
                return Optional.empty();
            }
            int parameters = optionalArgument().map(String::strip).filter(n -> n.matches("[0-9]"))
                    .map(Integer::parseInt).orElse(0);
            Optional<String> optionalDefault = parameters > 0 ? optionalArgument() : Optional.empty();
            skipSpaces();
            if (pos >= text.length() || text.charAt(pos) != '{') {
                return Optional.empty();
            }
            return Optional.of(Map.entry(name.get(), new Macro(parameters, optionalDefault, group(), replaces)));
        }

        /** {@code \name#1#2{body}} after {@code \def}; a delimited parameter text is not understood. */
        Optional<Map.Entry<String, Macro>> def() {
            Optional<String> name = definedName();
            int parameters = 0;
            while (name.isPresent() && pos + 1 < text.length() && text.charAt(pos) == '#'
                    && text.charAt(pos + 1) == (char) ('1' + parameters)) {
                parameters++;
                pos += 2;
            }
            if (name.isEmpty() || pos >= text.length() || text.charAt(pos) != '{') {
                return Optional.empty();
            }
            return Optional.of(Map.entry(name.get(), new Macro(parameters, Optional.empty(), group(), false)));
        }

        /** The macro name being defined: {@code \name} or {@code {\name}}. */
        private Optional<String> definedName() {
            skipSpaces();
            boolean braced = pos < text.length() && text.charAt(pos) == '{';
            if (braced) {
                pos++;
                skipSpaces();
            }
            if (pos >= text.length() || text.charAt(pos) != '\\') {
                return Optional.empty();
            }
            pos++;
            String name = controlWord();
            skipSpaces();
            if (braced) {
                if (pos >= text.length() || text.charAt(pos) != '}') {
                    return Optional.empty();
                }
                pos++;
            }
            return name.isEmpty() ? Optional.empty() : Optional.of(name);
        }

        /** A {@code [ … ]} argument, if one follows. */
        Optional<String> optionalArgument() {
            int save = pos;
            skipSpaces();
            if (pos >= text.length() || text.charAt(pos) != '[') {
                pos = save;
                return Optional.empty();
            }
            int close = text.indexOf(']', pos);
            if (close < 0) {
                pos = save;
                return Optional.empty();
            }
            String content = text.substring(pos + 1, close);
            pos = close + 1;
            return Optional.of(content);
        }

        /** An undelimited argument as TeX reads it: a group's content, a control sequence, or one character. */
        String argument() {
            skipSpaces();
            if (pos >= text.length() || text.charAt(pos) == '}') {
                return "";
            }
            char c = text.charAt(pos);
            if (c == '{') {
                return group();
            }
            int start = pos;
            if (c == '\\') {
                pos++;
                if (controlWord().isEmpty() && pos < text.length()) {
                    pos += Character.charCount(text.codePointAt(pos));
                }
            } else {
                pos += Character.charCount(text.codePointAt(pos));
            }
            return text.substring(start, pos);
        }

        /** The content of the group at the position, up to its closing brace or the end of unbalanced input. */
        private String group() {
            int depth = 0;
            int start = pos + 1;
            while (pos < text.length()) {
                char c = text.charAt(pos++);
                if (c == '\\') {
                    pos = Math.min(text.length(), pos + 1);
                } else if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    return text.substring(start, pos - 1);
                }
            }
            return text.substring(Math.min(start, text.length()));
        }

        private void skipSpaces() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        private static boolean isLetter(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
    }
}
