package org.bibfolio.app;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bibfolio.bibtex.BibFile;
import org.bibfolio.bibtex.BibSyntaxException;
import org.bibfolio.bibtex.ExpansionLimitException;
import org.bibfolio.bibtex.LibraryReader;

/**
 * Validation before a write: {@code check}'s own rules ({@link LibraryCheck}, {@link EntryRules}) run on the library
 * as it would be written, and whatever they newly find about the entries being written is refused (exit 65) unless
 * forced. A problem the entry already had is not the write's doing and does not stop it; a misspelt owner name
 * only warns. Nothing is written when a check refuses.
 */
final class WriteCheck {

    private WriteCheck() {
    }

    /** One thing check newly finds about an entry being written; {@code refuses}: its rule guards writes. */
    record Problem(String key, String message, boolean refuses) { }

    /**
     * The warnings to show for writing {@code text} over {@code before}, which changes the entries {@code keys}.
     *
     * @throws EntryRejectedException when the new text newly breaks a rule that guards writes and {@code force}
     *                                is not set
     */
    static List<String> verify(LibraryReader.Loaded before, BibFile after, Collection<String> keys, boolean force)
            throws EntryRejectedException {
        List<String> warnings = new ArrayList<>();
        for (Problem problem : judge(before, after, keys)) {
            String message = problem.message().startsWith(problem.key()) ? problem.message()
                    : problem.key() + ": " + problem.message();
            if (problem.refuses() && !force) {
                throw new EntryRejectedException(message, Optional.of("fix it, or use --force to write it anyway"));
            }
            warnings.add(message);
        }
        return warnings;
    }

    /**
     * What check newly finds about the entries {@code keys} when {@code after} is written over {@code before}, in
     * file order: one pass over the result however many entries are written (an import of thousands is one
     * check, not thousands). What an entry already had before is not the write's doing and is left out.
     */
    static List<Problem> judge(LibraryReader.Loaded before, BibFile after, Collection<String> keys)
            throws EntryRejectedException {
        Set<String> lowerKeys = keys.stream().map(k -> k.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        // entries that are new (what add writes) had no findings before
        boolean existed = before.file().entries().anyMatch(e -> lowerKeys.contains(e.key().toLowerCase(Locale.ROOT)));
        List<String> already = existed ? findings(before, lowerKeys).stream().map(WriteCheck::identity).toList()
                : List.of();
        List<Problem> problems = new ArrayList<>();
        for (Finding finding : findings(reread(before, after, lowerKeys), lowerKeys)) {
            if (!already.contains(identity(finding))) {
                problems.add(new Problem(finding.key().orElseThrow(), finding.message(), finding.rule().guardsWrites()));
            }
        }
        return problems;
    }

    /** The library as it would be after the write, which changed the entries {@code keys} (lower case). */
    static LibraryReader.Loaded reread(LibraryReader.Loaded before, BibFile after, Set<String> keys)
            throws EntryRejectedException {
        try {
            return LibraryReader.reread(before, after, keys);
        } catch (BibSyntaxException e) {
            throw new EntryRejectedException(e.problem());
        }
    }

    /** What check finds about the entries {@code lowerKeys}, at the cost of those entries. */
    private static List<Finding> findings(LibraryReader.Loaded library, Set<String> lowerKeys)
            throws EntryRejectedException {
        try {
            return LibraryCheck.findings(library, lowerKeys).stream()
                    .filter(f -> f.key().map(k -> lowerKeys.contains(k.toLowerCase(Locale.ROOT))).orElse(false))
                    .toList();
        } catch (ExpansionLimitException e) {
            throw new EntryRejectedException(LibraryReader.located(library.file(), e, 0).getMessage());
        }
    }

    private static String identity(Finding finding) {
        return finding.rule().id() + "\n" + finding.key().orElse("").toLowerCase(Locale.ROOT) + "\n" + finding.message();
    }
}
