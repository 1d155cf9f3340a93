package org.bibfolio.app;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.bibfolio.bibtex.EntryScreen;
import org.bibfolio.model.Folding;
import org.bibfolio.model.Publication;

/**
 * Whether two entries are the same paper: the same DOI, the same arXiv id (any version), or the same title and year
 * once case, accents, LaTeX and punctuation are set aside, unless a volume, issue or pages tell them apart (the
 * "Editorial" of each issue of a journal). An entry and its crossref parent, or two children of one parent, are
 * never the same paper through what they inherit. Different keys do not make different papers.
 */
final class DuplicatePapers {

    /** An earlier paper that a new one repeats (its key), and why. */
    record Match(String earlier, String reason) { }

    /**
     * What the comparison needs of a publication, and no more: a 50,000-entry check remembers one of these per
     * entry, not the publications. {@code issue} holds the volume, number, issue and pages as given (null: not given).
     */
    record Paper(String key, Optional<String> parent, List<String> issue, Optional<String> doi,
                 Optional<String> arxiv, List<String> identities) {

        static Paper of(Publication publication, Set<String> ownFields) {
            return of(publication, DuplicatePapers.identities(publication, ownFields));
        }

        /** The paper compared by the given identities of it alone. */
        static Paper of(Publication publication, List<String> identities) {
            List<String> issue = new ArrayList<>(ISSUE_FIELDS.size());
            ISSUE_FIELDS.forEach(field -> issue.add(publication.fields().get(field)));
            return new Paper(publication.key(), crossref(publication), issue, publication.links().doi(),
                    publication.links().arxiv(), identities);
        }
    }

    private static final List<String> ISSUE_FIELDS = List.of("volume", "number", "issue", "pages");

    /** What a title keeps for comparison: letters and digits. Compiled once: check runs it on every entry. */
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");
    private static final Pattern ARXIV_VERSION = Pattern.compile("v\\d+$");

    private final Map<String, List<Paper>> byIdentity = new HashMap<>();

    /**
     * Remembers {@code publication} and returns the first earlier one it repeats. {@code ownFields} are the names
     * the entry itself writes: a DOI it only inherits through {@code crossref} is its proceedings', not its own.
     */
    Optional<Match> add(Publication publication, Set<String> ownFields) {
        return add(Paper.of(publication, ownFields));
    }

    /** {@link #add(Publication, Set)} of a paper already reduced to what is compared. */
    Optional<Match> add(Paper paper) {
        Optional<Match> found = Optional.empty();
        for (String identity : paper.identities()) {
            List<Paper> earlier = byIdentity.computeIfAbsent(identity, id -> new ArrayList<>());
            if (found.isEmpty()) {
                found = earlier.stream().filter(other -> !related(paper, other))
                        .filter(other -> !identity.startsWith("title:") || sameIssue(paper, other))
                        .findFirst().map(other -> new Match(other.key(), describe(identity, paper.doi(),
                                paper.arxiv())));
            }
            earlier.add(paper);
        }
        return found;
    }

    /**
     * The publications with each paper once, the first entry of it kept, and a warning line for each left out: a CV
     * prints a paper entered twice (its DOI once bare, once as a {@code https://doi.org/} link) once, and says so.
     * Only a shared DOI makes them one here: a preprint and its journal version share an arXiv id or a title, and a
     * CV may list both, which {@code check} still points out.
     */
    static Distinct distinct(List<Publication> publications) {
        DuplicatePapers papers = new DuplicatePapers();
        List<Publication> kept = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Publication publication : publications) {
            // by the DOI alone: no title is folded for a comparison whose result would be dropped
            Optional<Match> match = papers.add(Paper.of(publication, identifiers(publication.links().doi(),
                    Optional.empty(), publication.fields().keySet())));
            match.ifPresentOrElse(m -> warnings.add(publication.key() + " is the same paper as " + m.earlier()
                    + " (" + m.reason() + "), so the CV shows it once; remove one of the two entries"),
                    () -> kept.add(publication));
        }
        return new Distinct(kept, warnings);
    }

    /** Each paper once, and what was left out. */
    record Distinct(List<Publication> publications, List<String> warnings) { }

    /** {@link #identities(Publication, Set)} of a publication whose every field is its own. */
    static List<String> identities(Publication publication) {
        return identities(publication, publication.fields().keySet());
    }

    /** Strings that are equal exactly when two publications share an identity (before volumes are compared). */
    static List<String> identities(Publication publication, Set<String> ownFields) {
        List<String> ids = identifiers(publication.links().doi(), publication.links().arxiv(), ownFields);
        String title = comparable(publication.title());
        if (ownFields.contains("title") && !title.isEmpty() && publication.year().isPresent()) {
            ids.add("title:" + title + ":" + publication.year().get());
        }
        return ids;
    }

    /** A title as two entries' titles are compared: folded, letters and digits only. */
    static String comparable(String title) {
        return NOT_LETTER_OR_DIGIT.matcher(Folding.fold(title)).replaceAll("");
    }

    /** The identities of an entry's own DOI and arXiv id. */
    private static List<String> identifiers(Optional<String> doi, Optional<String> arxiv, Set<String> ownFields) {
        List<String> ids = new ArrayList<>();
        if (ownFields.contains("doi")) {
            doi.ifPresent(id -> ids.add("doi:" + id.strip().toLowerCase(Locale.ROOT)));
        }
        if (ownFields.contains("eprint") || ownFields.contains("arxiv")) {
            arxiv.ifPresent(id -> ids.add("arxiv:" + ARXIV_VERSION.matcher(id.strip().toLowerCase(Locale.ROOT))
                    .replaceAll("")));
        }
        return ids;
    }

    /**
     * Whether an entry can share one of {@code identities} (another entry's), judged on its {@code screen}: it can
     * when it has the same DOI or arXiv id, or a title of its own and the year of a title among them. Only such
     * entries need mapping in full to find the papers an entry repeats.
     */
    static boolean mayRepeat(EntryScreen screen, Set<String> ownFields, Collection<String> identities) {
        if (identifiers(screen.doi(), screen.arxiv(), ownFields).stream().anyMatch(identities::contains)) {
            return true;
        }
        return ownFields.contains("title") && screen.year().map(year -> identities.stream()
                .anyMatch(id -> id.startsWith("title:") && id.endsWith(":" + year))).orElse(false);
    }

    /** One cross-references the other, or both the same parent: they share the parent's fields, by design. */
    private static boolean related(Paper a, Paper b) {
        return a.parent().map(b.key()::equalsIgnoreCase).orElse(false)
                || b.parent().map(a.key()::equalsIgnoreCase).orElse(false)
                || a.parent().isPresent() && a.parent().equals(b.parent());
    }

    private static Optional<String> crossref(Publication publication) {
        return Optional.ofNullable(publication.fields().get("crossref")).map(k -> k.strip().toLowerCase(Locale.ROOT));
    }

    /** No volume, number or pages that both give and that differ. */
    private static boolean sameIssue(Paper a, Paper b) {
        for (int i = 0; i < ISSUE_FIELDS.size(); i++) {
            String valueA = a.issue().get(i);
            String valueB = b.issue().get(i);
            if (valueA != null && valueB != null && !valueA.strip().equalsIgnoreCase(valueB.strip())) {
                return false;
            }
        }
        return true;
    }

    /** Why an identity makes two entries one paper: "same DOI 10.1/x", "same title and year". */
    static String describe(String identity, Publication publication) {
        return describe(identity, publication.links().doi(), publication.links().arxiv());
    }

    private static String describe(String identity, Optional<String> doi, Optional<String> arxiv) {
        if (identity.startsWith("doi:")) {
            return "same DOI " + doi.orElse("");
        }
        if (identity.startsWith("arxiv:")) {
            return "same arXiv id " + arxiv.orElse("");
        }
        return "same title and year";
    }
}
