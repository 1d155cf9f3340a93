package org.bibfolio.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bibfolio.app.KnownNames;
import org.bibfolio.app.PaperDraft;

/**
 * Asks for a new paper's fields one by one. Where the library already knows the answer (venues, coauthors), it
 * lists the most used and accepts their number or any unambiguous beginning: "Bel" is "Belkin, Mikhail". Reads and
 * writes only the streams it is given, so tests drive it with strings.
 */
final class PaperPrompt {

    private static final int SHOWN = 6;

    private final BufferedReader in;
    private final PrintWriter out;
    private final KnownNames known;

    PaperPrompt(BufferedReader in, PrintWriter out, KnownNames known) {
        this.in = in;
        this.out = out;
        this.known = known;
    }

    PaperDraft ask() throws IOException {
        List<String> types = List.of("inproceedings", "article", "online", "misc");
        String type = ask("type", types, true).orElseThrow();
        Optional<String> title = ask("title", List.of(), true);
        List<String> authors = new ArrayList<>();
        out.println("authors, one per line as 'Family, Given'; an empty line ends the list");
        for (Optional<String> author = ask("author", known.people(), false); author.isPresent();
                author = answer("author", shortList(known.people()), known.people(), false)) {
            authors.add(author.get());
        }
        Optional<String> year = ask("year", List.of(), true);
        Optional<String> venue = ask("venue", known.venues(), true);
        Optional<String> venueShort = ask("venue abbreviation (optional)", known.venueAbbreviations(), false);
        boolean selected = ask("selected (y/N)", List.of(), false).map(a -> a.toLowerCase(Locale.ROOT)
                .startsWith("y")).orElse(false);
        return new PaperDraft(Optional.of(type), Optional.empty(), title, authors, year, Optional.empty(), venue,
                venueShort, List.of(), selected, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Map.of());
    }

    /** Lists the most used choices, then reads one answer. */
    private Optional<String> ask(String what, List<String> choices, boolean required) throws IOException {
        List<String> shown = shortList(choices);
        for (int i = 0; i < shown.size(); i++) {
            out.println("  " + (i + 1) + ") " + shown.get(i));
        }
        return answer(what, shown, choices, required);
    }

    private static List<String> shortList(List<String> choices) {
        return choices.subList(0, Math.min(SHOWN, choices.size()));
    }

    /** One answer, completed against {@code choices}; asks again while a required answer is empty. */
    private Optional<String> answer(String what, List<String> shown, List<String> choices, boolean required)
            throws IOException {
        while (true) {
            out.print(what + ": ");
            out.flush();
            String line = in.readLine();
            if (line == null) {
                throw new IOException("input ended before the " + what + " was given");
            }
            Optional<String> answer = Optional.of(line.strip()).filter(a -> !a.isEmpty())
                    .map(a -> complete(a, shown, choices));
            if (answer.isPresent() || !required) {
                return answer;
            }
            out.println("  the " + what + " is required");
        }
    }

    /** A listed number, or the one choice that starts with the answer (ignoring case); else the answer itself. */
    static String complete(String answer, List<String> shown, List<String> choices) {
        if (answer.matches("\\d+")) {
            int index = Integer.parseInt(answer) - 1;
            if (index >= 0 && index < shown.size()) {
                return shown.get(index);
            }
        }
        String lower = answer.toLowerCase(Locale.ROOT);
        List<String> matches = choices.stream().filter(c -> c.toLowerCase(Locale.ROOT).startsWith(lower)).toList();
        return matches.size() == 1 ? matches.get(0) : answer;
    }
}
