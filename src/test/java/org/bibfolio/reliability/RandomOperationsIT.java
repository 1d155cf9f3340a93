package org.bibfolio.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.bibfolio.testing.Processes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Model-based: random {@code add}, {@code edit}, {@code tag}, {@code status} and {@code remove} commands, each a
 * separate {@code ./bibfolio} process, against a model of what the library must then hold. After every step the file
 * must parse, hold exactly the model's entries with the model's values, and keep every entry the step did not touch
 * byte for byte, in its place, with every comment and {@code @string} around it. Commands that must change nothing
 * (an unknown key, a dry run, a tag already there) must leave the file's bytes as they were.
 */
class RandomOperationsIT {

    private static final List<String> TAGS = List.of("Spotlight", "Oral", "Best Paper", "Poster", "Best Poster");
    private static final List<String> NOTES = List.of("Invited talk", "Erratum in vol. 44", "Zürich seminar",
            "Prix Łukasiewicz 2024", "Extended version of the workshop paper");
    private static final List<String> AUTHORS = List.of("Virtanen, Aino", "Wróbel, Łukasz", "Zhang, Wei",
            "van der Berg, Jan", "O'Brien, Siobhan", "Müller, Jürgen");
    private static final List<String> VENUES = List.of("Annals of Applied Probability", "Bernoulli",
            "Conference on Learning Theory", "Électronique et Probabilités");

    @TempDir
    Path folder;

    @Test
    void randomCommandsOnAStrangersLibraryKeepTheModelAndEveryUntouchedEntry() throws Exception {
        Path library = Suite.copyLibraryTo(folder);
        run(library, Suite.scale(60, 400), Suite.SEED);
    }

    /** The same on BibTeX's own example file, which nobody tuned bibfolio to. */
    @Test
    void randomCommandsOnTexLivesXampl() throws Exception {
        Path xampl = Path.of("/usr/share/texlive/texmf-dist/bibtex/bib/base/xampl.bib");
        Processes.requireThat(Files.isRegularFile(xampl), "TeX Live's xampl.bib is not installed");
        Path library = folder.resolve("xampl.bib");
        Files.copy(xampl, library);
        run(library, Suite.scale(25, 150), Suite.SEED + 1);
    }

    private void run(Path library, int steps, long seed) throws Exception {
        Launcher bibfolio = Launcher.withCache(folder.resolve("cache"));
        Random random = new Random(seed);
        Map<String, Expected> model = new LinkedHashMap<>();
        Suite.Snapshot.of(library).ownFields().forEach((key, fields) -> model.put(key, Expected.of(fields)));
        List<String> violations = new ArrayList<>();
        Map<String, Integer> counts = new TreeMap<>();
        long start = System.nanoTime();
        for (int step = 0; step < steps; step++) {
            Suite.Snapshot before = Suite.Snapshot.of(library);
            Operation op = Operation.random(random, model, step);
            counts.merge(op.name(), 1, Integer::sum);
            Launcher.Run run = bibfolio.run(folder, withLibrary(library, op.args()));
            String where = "step " + step + " (seed " + seed + ") " + String.join(" ", op.args()) + ": ";
            if (run.exitCode() != op.exitCode()) {
                violations.add(where + "expected exit " + op.exitCode() + ", got " + run);
                continue;
            }
            Suite.Snapshot after = Suite.Snapshot.of(library);
            op.apply(model, before, after).forEach(problem -> violations.add(where + problem));
            if (!op.changes() && !Arrays.equals(before.bytes(), after.bytes())) {
                violations.add(where + "the file changed");
            }
            before.changesBeside(after, op.touched()).forEach(problem -> violations.add(where + problem));
            violations.addAll(compare(where, model, after));
        }
        System.out.printf(Locale.ROOT, "reliability: %d random commands on %s (%s), %d violations, seed %d, %.1f s%n",
                steps, library.getFileName(), counts, violations.size(), seed, (System.nanoTime() - start) / 1e9);
        assertEquals(List.of(), violations.stream().limit(20).toList());
    }

    private static String[] withLibrary(Path library, String[] args) {
        String[] all = Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--library";
        all[args.length + 1] = library.getFileName().toString();
        return all;
    }

    /** Every entry of the file against the model: the same keys in the same order, the same values. */
    private static List<String> compare(String where, Map<String, Expected> model, Suite.Snapshot after) {
        List<String> problems = new ArrayList<>();
        if (!new ArrayList<>(model.keySet()).equals(new ArrayList<>(after.ownFields().keySet()))) {
            problems.add(where + "keys " + after.ownFields().keySet() + ", model " + model.keySet());
            return problems;
        }
        model.forEach((key, expected) -> {
            Expected actual = Expected.of(after.ownFields().get(key));
            if (!expected.equals(actual)) {
                problems.add(where + key + " is " + actual + ", model " + expected);
            }
        });
        return problems;
    }

    /**
     * What the model knows of an entry, from its own fields (a crossref child's inherited values are its parent's):
     * title, note, keywords and pubstate, as the file holds them with macros expanded.
     */
    record Expected(Optional<String> title, Optional<String> note, Set<String> keywords, Optional<String> pubstate) {

        static Expected of(Map<String, String> fields) {
            Set<String> keywords = Arrays.stream(fields.getOrDefault("keywords", "").split(","))
                    .map(k -> k.strip().toLowerCase(Locale.ROOT)).filter(k -> !k.isEmpty())
                    .collect(Collectors.toCollection(HashSet::new));
            return new Expected(Optional.ofNullable(fields.get("title")), Optional.ofNullable(fields.get("note")),
                    keywords, Optional.ofNullable(fields.get("pubstate")));
        }

        Expected withNote(Optional<String> newNote) {
            return new Expected(title, newNote, keywords, pubstate);
        }

        Expected withKeyword(String tag, boolean present) {
            Set<String> changed = new HashSet<>(keywords);
            if (present) {
                changed.add(tag.toLowerCase(Locale.ROOT));
            } else {
                changed.remove(tag.toLowerCase(Locale.ROOT));
            }
            return new Expected(title, note, changed, pubstate);
        }

        Expected withStatus(Optional<String> state) {
            return new Expected(title, note, keywords, state);
        }
    }

    /**
     * One command and what it must do to the model. {@code changes} is false where the file's bytes must stay;
     * {@code touched} is the entry the command may change (every other must stay byte for byte).
     */
    record Operation(String name, String[] args, String touched, int exitCode, boolean changes, Effect effect) {

        /** Updates the model; returns what went wrong that the model alone cannot say. */
        interface Effect {
            List<String> apply(Map<String, Expected> model, Suite.Snapshot before, Suite.Snapshot after);
        }

        List<String> apply(Map<String, Expected> model, Suite.Snapshot before, Suite.Snapshot after) {
            return effect.apply(model, before, after);
        }

        /** An effect that only changes the model. */
        static Effect update(java.util.function.Consumer<Map<String, Expected>> change) {
            return (model, before, after) -> {
                change.accept(model);
                return List.of();
            };
        }

        static Operation random(Random random, Map<String, Expected> model, int step) {
            List<String> keys = new ArrayList<>(model.keySet());
            int dice = keys.size() < 3 ? 0 : random.nextInt(100);
            String key = keys.isEmpty() ? "" : keys.get(random.nextInt(keys.size()));
            Expected entry = model.get(key);
            if (dice < 18) {
                String title = "Random title number " + step + " on " + pick(random, VENUES).split(" ")[0];
                String author = pick(random, AUTHORS);
                String year = String.valueOf(2000 + random.nextInt(27));
                String type = random.nextBoolean() ? "article" : "inproceedings";
                return new Operation("add", new String[] {"add", "--type", type, "--title", title, "--author", author,
                    "--year", year, "--venue", pick(random, VENUES)}, "", 0, true, (m, before, after) -> {
                        Set<String> added = new HashSet<>(after.ownFields().keySet());
                        added.removeAll(before.ownFields().keySet());
                        added.forEach(k -> m.put(k, Expected.of(after.ownFields().get(k))));
                        boolean one = added.size() == 1
                                && m.get(added.iterator().next()).title().equals(Optional.of(title));
                        return one ? List.of() : List.of("expected one new entry titled " + title + ", got " + added);
                    });
            }
            if (dice < 36) {
                String note = pick(random, NOTES);
                return new Operation("edit", new String[] {"edit", key, "--set", "note=" + note}, key, 0,
                        !entry.note().equals(Optional.of(note)),
                        update(m -> m.put(key, m.get(key).withNote(Optional.of(note)))));
            }
            if (dice < 42) {
                return new Operation("unset", new String[] {"edit", key, "--unset", "note"}, key, 0,
                        entry.note().isPresent(), update(m -> m.put(key, m.get(key).withNote(Optional.empty()))));
            }
            if (dice < 58) {
                String tag = pick(random, TAGS);
                return new Operation("tag", new String[] {"tag", key, tag}, key, 0,
                        !entry.keywords().contains(tag.toLowerCase(Locale.ROOT)),
                        update(m -> m.put(key, m.get(key).withKeyword(tag, true))));
            }
            if (dice < 68) {
                String tag = entry.keywords().isEmpty() || random.nextInt(4) == 0 ? pick(random, TAGS)
                        : pick(random, List.copyOf(entry.keywords()));
                return new Operation("untag", new String[] {"tag", key, tag, "--remove"}, key, 0,
                        entry.keywords().contains(tag.toLowerCase(Locale.ROOT)),
                        update(m -> m.put(key, m.get(key).withKeyword(tag, false))));
            }
            if (dice < 82) {
                return status(random, key, entry);
            }
            if (dice < 90) {
                // --force: xampl.bib's crossref parents are refused without it (RemoveParentTest), which this
                // model, knowing no crossrefs, would take for a failed remove
                return new Operation("remove", new String[] {"remove", key, "--force"}, key, 0, true,
                        update(m -> m.remove(key)));
            }
            if (dice < 95) {
                return new Operation("dry-run", new String[] {"edit", key, "--set", "note=Not written", "--dry-run"},
                        key, 0, false, update(m -> { }));
            }
            return new Operation("unknown-key", new String[] {"tag", "nosuchkey" + step, "Oral"}, "", 2, false,
                    update(m -> { }));
        }

        private static Operation status(Random random, String key, Expected entry) {
            return switch (random.nextInt(4)) {
                case 0 -> submitted(key, pick(random, VENUES));
                case 1 -> status(key, entry, "accepted", Optional.of("accepted"));
                case 2 -> status(key, entry, "inpreparation", Optional.of("inpreparation"));
                default -> status(key, entry, "published", Optional.empty());
            };
        }

        private static Operation status(String key, Expected entry, String status, Optional<String> pubstate) {
            return new Operation("status", new String[] {"status", key, status}, key, 0,
                    !entry.pubstate().equals(pubstate), update(m -> m.put(key, m.get(key).withStatus(pubstate))));
        }

        /** Submitted to a venue: the entry's own venue is the one given (the model does not track venues). */
        private static Operation submitted(String key, String venue) {
            return new Operation("status", new String[] {"status", key, "submitted", "--to", venue}, key, 0, true,
                    (m, before, after) -> {
                        m.put(key, m.get(key).withStatus(Optional.of("submitted")));
                        String actual = after.publications().get(key).venue().name();
                        return actual.equals(venue) ? List.of() : List.of(key + "'s venue is " + actual);
                    });
        }

        private static String pick(Random random, List<String> choices) {
            return choices.get(random.nextInt(choices.size()));
        }
    }
}
