package org.bibfolio.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpSectionRenderer;

/**
 * Help footers laid out for the terminal's width without ever breaking an example inside an argument. A footer
 * line indented by two spaces is an example: a shell command (a trailing {@code \} joins it with the next line),
 * optionally followed, after three or more spaces, by a note. A command too long for the width is broken between
 * its shell words with {@code \}, so it still pastes as one command; a note goes after it as a {@code # comment}
 * where it fits, else on a comment line above. Other lines are prose, wrapped at spaces. The root command's footer,
 * the exit codes, is a two-column table whose meanings wrap under themselves.
 */
final class HelpSections {

    private static final int INDENT = 2;
    private static final int CONTINUATION = 6;
    private static final Pattern NOTE_GAP = Pattern.compile(" {3,}(?:# )?|  # ");
    private static final List<String> SHELL_OPERATORS = List.of("|", "&&", "||", ";", ">", "<", "2>");
    private static final Pattern CODE_ROW = Pattern.compile("^ {2}(\\d+) +(.*)$");
    private static final Pattern CODE_CONTINUED = Pattern.compile("^ {4,}(\\S.*)$");

    private HelpSections() {
    }

    /** Installs the footer layouts on a command line and all its subcommands. */
    static void install(CommandLine root) {
        install(root, List.of(root.getCommandSpec().usageMessage().footer()));
    }

    /** Commands that inherit the root's footer (help) show the exit codes too; the others have examples. */
    private static void install(CommandLine command, List<String> rootFooter) {
        boolean exitCodes = List.of(command.getCommandSpec().usageMessage().footer()).equals(rootFooter);
        IHelpSectionRenderer footer = exitCodes ? HelpSections::exitCodes : HelpSections::examples;
        command.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER, footer);
        command.getSubcommands().values().forEach(sub -> install(sub, rootFooter));
    }

    private static String examples(Help help) {
        int width = help.commandSpec().usageMessage().width();
        List<Example> examples = new ArrayList<>();
        List<String> lines = joinContinuations(help.commandSpec().usageMessage().footer());
        for (String line : lines) {
            boolean code = line.startsWith("  ") && !line.isBlank();
            examples.add(code ? Example.parse(line.strip()) : new Example(line, "", true));
        }
        List<Example> noted = examples.stream().filter(e -> !e.prose() && !e.note().isEmpty()).toList();
        int column = noted.stream().mapToInt(e -> INDENT + e.command().length() + 2).max().orElse(0);
        boolean aligned = noted.stream().allMatch(e -> column + 2 + e.note().length() <= width);
        StringBuilder out = new StringBuilder();
        for (Example example : examples) {
            if (example.prose()) {
                out.append(wrap(example.command(), width, 0)).append('\n');
                continue;
            }
            List<String> command = shellLines(example.command(), width);
            String note = "# " + example.note();
            int noteAt = aligned ? column : command.get(0).length() + 2;
            boolean noteAfter = command.size() == 1 && noteAt + note.length() <= width;
            if (!example.note().isEmpty() && !noteAfter) {
                out.append(wrap(note, width, INDENT)).append('\n');
            }
            for (int i = 0; i < command.size(); i++) {
                String text = command.get(i);
                if (i == 0 && noteAfter && !example.note().isEmpty()) {
                    text = text + " ".repeat(noteAt - text.length()) + note;
                }
                out.append(text).append('\n');
            }
        }
        return out.toString();
    }

    /** An example: a shell command and its note, or (prose) a line of text. */
    private record Example(String command, String note, boolean prose) {
        static Example parse(String line) {
            int gap = outsideQuotes(line, NOTE_GAP);
            if (gap < 0) {
                return new Example(line, "", false);
            }
            Matcher separator = NOTE_GAP.matcher(line);
            separator.find(gap);
            return new Example(line.substring(0, gap).strip(), line.substring(separator.end()).strip(), false);
        }
    }

    /** Where {@code pattern} first matches outside single or double quotes, or -1. */
    private static int outsideQuotes(String line, Pattern pattern) {
        Matcher matcher = pattern.matcher(line);
        while (matcher.find()) {
            if (words(line.substring(0, matcher.start())).quoteOpen() == 0) {
                return matcher.start();
            }
        }
        return -1;
    }

    private static List<String> joinContinuations(String[] footer) {
        List<String> lines = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String line : footer) {
            String text = line.replace("%n", "\n").replace("%%", "%").stripTrailing();
            if (!pending.isEmpty()) {
                pending.append(' ').append(text.strip());
            } else {
                pending.append(text);
            }
            if (pending.toString().endsWith(" \\")) {
                pending.setLength(pending.length() - 2);
            } else {
                lines.add(pending.toString());
                pending.setLength(0);
            }
        }
        if (!pending.isEmpty()) {
            lines.add(pending.toString());
        }
        return lines;
    }

    /**
     * A command broken between shell words into lines of at most {@code width}; an option stays on one line with
     * its value, and a word longer than a line stays whole.
     */
    static List<String> shellLines(String command, int width) {
        List<String> units = units(words(command).words());
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(" ".repeat(INDENT)).append(units.get(0));
        for (int i = 1; i < units.size(); i++) {
            String unit = units.get(i);
            int reserve = i == units.size() - 1 ? 0 : 2;
            if (line.length() + 1 + unit.length() + reserve > width) {
                lines.add(line.append(" \\").toString());
                line = new StringBuilder(" ".repeat(CONTINUATION)).append(unit);
            } else {
                line.append(' ').append(unit);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** Words grouped so that an option and its value ("--venue ICML") are never split apart. */
    private static List<String> units(List<String> words) {
        List<String> units = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean option = word.startsWith("-") && word.length() > 1 && !word.contains("=");
            if (option && i + 1 < words.size() && !words.get(i + 1).startsWith("-")
                    && !SHELL_OPERATORS.contains(words.get(i + 1))) {
                units.add(word + " " + words.get(++i));
            } else {
                units.add(word);
            }
        }
        return units;
    }

    /** The shell words of a command, quotes kept, and the quote still open at its end (0 when none). */
    private record Words(List<String> words, char quoteOpen) { }

    private static Words words(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (quote == 0 && Character.isWhitespace(c)) {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
                continue;
            }
            word.append(c);
            if (c == '\\' && quote != '\'' && i + 1 < command.length()) {
                word.append(command.charAt(++i));
            } else if (quote == 0 && (c == '\'' || c == '"')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return new Words(words, quote);
    }

    /** Prose wrapped at spaces to {@code width}, every line indented by {@code indent}. */
    static String wrap(String text, int width, int indent) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder(" ".repeat(indent));
        for (String word : text.strip().split(" +")) {
            if (line.length() > indent && line.length() + 1 + word.length() > width) {
                out.append(line).append('\n');
                line = new StringBuilder(" ".repeat(indent));
            }
            if (line.length() > indent) {
                line.append(' ');
            }
            line.append(word);
        }
        return out.append(line).toString().stripTrailing();
    }

    /** The exit-code footer: headings as prose, "  CODE  meaning" rows (continued below) as a wrapped table. */
    private static String exitCodes(Help help) {
        int width = help.commandSpec().usageMessage().width();
        StringBuilder out = new StringBuilder();
        String code = null;
        StringBuilder meaning = new StringBuilder();
        for (String line : String.join("\n", help.commandSpec().usageMessage().footer()).split("\n", -1)) {
            Matcher row = CODE_ROW.matcher(line);
            Matcher continued = CODE_CONTINUED.matcher(line);
            if (code != null && !row.matches() && continued.matches()) {
                meaning.append(' ').append(continued.group(1).strip());
                continue;
            }
            if (code != null) {
                out.append(codeRow(code, meaning.toString(), width)).append('\n');
                code = null;
            }
            if (row.matches()) {
                code = row.group(1);
                meaning = new StringBuilder(row.group(2).strip());
            } else {
                out.append(wrap(line, width, 0)).append('\n');
            }
        }
        if (code != null) {
            out.append(codeRow(code, meaning.toString(), width)).append('\n');
        }
        return out.toString();
    }

    private static String codeRow(String code, String meaning, int width) {
        int column = INDENT + 4;
        String wrapped = wrap(meaning, width, column);
        String first = " ".repeat(INDENT) + code;
        return first + wrapped.substring(first.length());
    }
}
