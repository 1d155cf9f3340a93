package org.bibfolio.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.bibfolio.app.CvMarks;
import org.bibfolio.app.EntryRejectedException;
import org.bibfolio.app.KnownNames;
import org.bibfolio.app.PaperDraft;
import org.bibfolio.model.PartialDate;
import org.bibfolio.model.Spelling;

/**
 * Asks for a new paper's fields one by one, so that what is written is what the person meant. Where the library
 * knows the answer (venues, coauthors, tags) it lists the most used and accepts a number or the beginning of a
 * name, ignoring accents and case ("Gar" is "García, María"); a beginning that fits several asks which one, a name
 * the library has never seen is confirmed, a malformed year, month or id is asked again, and so is a number that
 * picks no listed choice (none of these fields is a number). Reads and writes only the
 * streams it is given, so tests drive it with strings.
 */
final class PaperPrompt {

    private static final int SHOWN = 6;
    private static final List<String> TYPES = List.of("inproceedings", "article", "online", "misc", "phdthesis",
            "mastersthesis", "techreport", "book", "incollection", "inbook", "unpublished");

    private final BufferedReader in;
    private final PrintWriter out;
    private final KnownNames known;

    PaperPrompt(BufferedReader in, PrintWriter out, KnownNames known) {
        this.in = in;
        this.out = out;
        this.known = known;
    }

    PaperDraft ask() throws IOException {
        String type = choose("type", TYPES, Required.YES, New.REFUSED).orElseThrow();
        Optional<String> title = text("title", Required.YES, any -> true, "");
        List<String> authors = new ArrayList<>();
        out.println("authors in order: 'Family, Given' or the start of a known name; an empty line ends");
        for (Optional<String> author = choose("author 1", known.people(), Required.YES, New.CONFIRMED);
                author.isPresent();
                author = choose("author " + (authors.size() + 1), List.of(), known.people(), Required.NO,
                        New.CONFIRMED)) {
            authors.add(author.get());
        }
        Optional<String> year = text("year", Required.YES, y -> y.matches("\\d{4}"), "a year has four digits");
        Optional<String> month = text("month (optional)", Required.NO, PaperPrompt::isMonth,
                "a month is 1 to 12 or its name: 7, jul or July").map(PaperPrompt::month);
        List<String> venues = known.venues();
        Optional<String> venue = choose("venue", venues.subList(0, Math.min(SHOWN, venues.size())), venues,
                known.abbreviationOf(), Required.YES, New.CONFIRMED);
        Optional<String> venueShort = choose("venue abbreviation (optional)", abbreviationsFor(venue),
                Required.NO, New.ACCEPTED);
        List<String> tags = tags();
        Optional<CvMarks.Status> status = choose("status (optional; published when empty)", statuses(),
                Required.NO, New.REFUSED).flatMap(CvMarks.Status::of);
        boolean selected = yes("selected for the CV's Selected list", false);
        Optional<String> doi = text("DOI (optional)", Required.NO,
                d -> d.matches("(?i)(https?://(dx\\.)?doi\\.org/|doi:\\s*)?10\\.\\d{4,9}/\\S+"),
                "a DOI looks like 10.1145/3368089");
        Optional<String> arxiv = text("arXiv id (optional)", Required.NO,
                a -> a.matches("(?i)(arxiv:\\s*)?(\\d{4}\\.\\d{4,5}|[a-z-]+(\\.[A-Z]{2})?/\\d{7})(v\\d+)?"),
                "an arXiv id looks like 2505.08277 or math/0211159");
        return new PaperDraft(Optional.of(type), Optional.empty(), title, authors, year, month, venue, venueShort,
                tags, selected, doi, arxiv, Optional.empty(), status, Map.of());
    }

    /** Whether an answer may be left empty. */
    private enum Required { YES, NO }

    /** What an answer that is none of the known choices means. */
    private enum New {
        /** Not allowed: the choices are all there is (types, months, statuses). */
        REFUSED,
        /** Taken after a yes: a new coauthor or venue, which a typo would otherwise create. */
        CONFIRMED,
        /** Taken as it is. */
        ACCEPTED
    }

    /** Asks until the answer is valid (or empty, when allowed). */
    private Optional<String> text(String what, Required required, Predicate<String> valid, String problem)
            throws IOException {
        while (true) {
            Optional<String> answer = read(what);
            if (answer.isEmpty() && required == Required.NO) {
                return answer;
            }
            if (answer.isPresent() && valid.test(answer.get())) {
                return answer;
            }
            out.println(answer.isEmpty() ? "  the " + what + " is required" : "  " + problem);
        }
    }

    /** Lists the most used choices, then reads one, completing it; see the class comment. */
    private Optional<String> choose(String what, List<String> choices, Required required, New fresh)
            throws IOException {
        return choose(what, choices.subList(0, Math.min(SHOWN, choices.size())), choices, required, fresh);
    }

    private Optional<String> choose(String what, List<String> shown, List<String> choices, Required required,
                                    New fresh) throws IOException {
        return choose(what, shown, choices, Map.of(), required, fresh);
    }

    /**
     * Lists {@code shown} (numbered, each with its other name), then reads one answer from {@code choices}, each
     * also found by its value in {@code otherName}, completing it.
     */
    private Optional<String> choose(String what, List<String> shown, List<String> choices,
                                    Map<String, String> otherName, Required required, New fresh) throws IOException {
        for (int i = 0; i < shown.size(); i++) {
            out.println("  " + (i + 1) + ") " + listed(shown.get(i), otherName));
        }
        List<String> numbered = shown;
        while (true) {
            Optional<String> answer = read(what);
            if (answer.isEmpty()) {
                if (required == Required.NO) {
                    return answer;
                }
                out.println("  the " + what + " is required");
                continue;
            }
            List<String> matches = Completion.matches(answer.get(), numbered, choices, otherName);
            if (matches.size() == 1) {
                if (!matches.get(0).equals(answer.get())) {
                    out.println("  = " + matches.get(0));
                }
                return Optional.of(matches.get(0));
            }
            if (matches.size() > 1) {
                numbered = matches.subList(0, Math.min(9, matches.size()));
                out.println("  '" + answer.get() + "' fits " + matches.size() + ": type more, or its number:");
                for (int i = 0; i < numbered.size(); i++) {
                    out.println("  " + (i + 1) + ") " + listed(numbered.get(i), otherName));
                }
                continue;
            }
            if (answer.get().matches("\\d+")) {
                // No field asked here takes a number: a bare one is a pick from a list, never the value itself.
                out.println("  no choice is numbered " + answer.get() + " here: type "
                        + (numbered.isEmpty() ? "" : "1 to " + numbered.size() + ", or ") + "the " + subject(what));
                continue;
            }
            if (fresh == New.REFUSED) {
                String meant = Spelling.didYouMean(answer.get(), choices);
                out.println(meant.isEmpty() ? "  not one of: " + String.join(", ", choices) : "  " + meant);
            } else if (fresh == New.ACCEPTED || yes("'" + answer.get() + "' is new to the library; add it", true)) {
                return answer;
            }
        }
    }

    private static String listed(String choice, Map<String, String> otherName) {
        return choice + Optional.ofNullable(otherName.get(choice)).map(other -> " (" + other + ")").orElse("");
    }

    /** The known abbreviations, the chosen venue's own first, so that "1" takes it. */
    private List<String> abbreviationsFor(Optional<String> venue) {
        Optional<String> own = venue.map(known.abbreviationOf()::get);
        return Stream.concat(own.stream(), known.venueAbbreviations().stream()).distinct().toList();
    }

    /** Tags, several on one line separated by commas, each completed against the tags the library knows. */
    private List<String> tags() throws IOException {
        List<String> labels = known.tags();
        out.println(HelpSections.wrap("known tags: " + String.join(", ", labels), 78, 2));
        while (true) {
            Optional<String> answer = read("tags (optional; several separated by commas)");
            List<String> tags = new ArrayList<>();
            boolean unclear = false;
            for (String part : answer.map(a -> a.split(",")).orElse(new String[0])) {
                if (part.isBlank()) {
                    continue;
                }
                List<String> matches = Completion.matches(part.strip(), List.of(), labels);
                if (matches.size() > 1) {
                    out.println("  '" + part.strip() + "' fits " + String.join(", ", matches) + ": type more");
                    unclear = true;
                }
                if (matches.isEmpty() && !yes("  '" + part.strip() + "' is not a tag the library knows, so CV lists "
                        + "will not show it; keep it", false)) {
                    unclear = true;
                }
                tags.add(matches.size() == 1 ? matches.get(0) : part.strip());
            }
            if (!unclear && valid(tags)) {
                if (!tags.isEmpty()) {
                    out.println("  = " + String.join("; ", tags));
                }
                return tags;
            }
        }
    }

    private boolean valid(List<String> tags) {
        for (String tag : tags) {
            try {
                CvMarks.requireOneTag(tag);
            } catch (EntryRejectedException e) {
                out.println("  " + e.getMessage());
                return false;
            }
        }
        return true;
    }

    /** A yes/no question; an empty answer is {@code byDefault}. */
    boolean yes(String question, boolean byDefault) throws IOException {
        while (true) {
            Optional<String> answer = read(question + (byDefault ? "? [Y/n]" : "? [y/N]"));
            if (answer.isEmpty()) {
                return byDefault;
            }
            String word = answer.get().toLowerCase(Locale.ROOT);
            if (List.of("y", "yes").contains(word)) {
                return true;
            }
            if (List.of("n", "no").contains(word)) {
                return false;
            }
            out.println("  answer y or n");
        }
    }

    private Optional<String> read(String what) throws IOException {
        out.print(what + (what.endsWith("]") ? " " : ": "));
        out.flush();
        String line = in.readLine();
        if (line == null) {
            out.println();
            throw new IOException("input ended before the " + subject(what) + " was given");
        }
        return Optional.of(line.strip()).filter(a -> !a.isEmpty());
    }

    /** What a prompt asks for, without its hints: "venue abbreviation (optional)" asks for a venue abbreviation. */
    private static String subject(String what) {
        return what.replaceAll(" \\(.*|\\?.*", "");
    }

    private static boolean isMonth(String answer) {
        return answer.matches("0?[1-9]|1[0-2]") || answer.length() >= 3
                && Completion.matches(answer, List.of(), PartialDate.MONTH_NAMES).size() == 1;
    }

    /** The month as BibTeX's macro: "jul" for 7, "July" or "Jul". */
    private static String month(String answer) {
        String name = answer.matches("\\d+") ? PartialDate.MONTH_NAMES.get(Integer.parseInt(answer) - 1)
                : Completion.matches(answer, List.of(), PartialDate.MONTH_NAMES).get(0);
        return name.substring(0, 3).toLowerCase(Locale.ROOT);
    }

    private static List<String> statuses() {
        return Arrays.stream(CvMarks.Status.values()).map(s -> s.name().toLowerCase(Locale.ROOT)).toList();
    }
}
