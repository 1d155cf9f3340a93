package org.bibfolio.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Questions asked on stderr and answered on stdin, only when a person sits at a terminal: one reader for the whole
 * command, so answers typed ahead are not lost between questions.
 */
final class Answers {

    /** What a person may answer to a proposed change. */
    enum Choice { YES, NO, ALL, QUIT }

    private final BufferedReader in;
    private final PrintWriter err;

    Answers(CliContext context, PrintWriter err) {
        this.in = new BufferedReader(new InputStreamReader(context.stdin(), StandardCharsets.UTF_8));
        this.err = err;
    }

    /** A yes-or-no question; an empty answer is {@code byDefault}; end of input is no. */
    boolean confirm(String question, boolean byDefault) throws IOException {
        while (true) {
            Optional<String> answer = ask(question + (byDefault ? " [Y/n] " : " [y/N] "));
            if (answer.isEmpty()) {
                return false;
            }
            String word = answer.get().strip().toLowerCase(Locale.ROOT);
            if (word.isEmpty()) {
                return byDefault;
            }
            if (word.startsWith("y") || word.startsWith("n")) {
                return word.startsWith("y");
            }
            err.println("  please answer y or n");
        }
    }

    /** Yes, no, all the rest, or quit; end of input is quit. */
    Choice choose(String question) throws IOException {
        while (true) {
            Optional<String> answer = ask(question + " [y/n/a/q] ");
            String word = answer.map(a -> a.strip().toLowerCase(Locale.ROOT)).orElse("q");
            switch (word.isEmpty() ? "?" : word.substring(0, 1)) {
                case "y" -> { return Choice.YES; }
                case "n" -> { return Choice.NO; }
                case "a" -> { return Choice.ALL; }
                case "q" -> { return Choice.QUIT; }
                default -> err.println("  y: apply this one, n: skip it, a: apply it and all the rest, q: stop");
            }
        }
    }

    /** One line, or empty at end of input. */
    Optional<String> ask(String prompt) throws IOException {
        err.print(prompt);
        err.flush();
        return Optional.ofNullable(in.readLine());
    }
}
