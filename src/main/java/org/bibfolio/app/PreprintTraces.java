package org.bibfolio.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The fields a preprint server gave an entry ({@code doi = {10.1101/…}}, bioRxiv's {@code url}, {@code publisher =
 * {Cold Spring Harbor Laboratory}}, Scholar's {@code pages = {2024--02}}), which are wrong once the paper is published elsewhere: left in, a CV links the
 * journal paper to its preprint and names the server as its publisher. An arXiv id in {@code eprint} is no trace: CVs
 * show it next to the journal, as biblatex means it.
 */
final class PreprintTraces {

    /** DOI prefixes of preprint servers: bioRxiv/medRxiv, arXiv, Research Square, Preprints.org, OSF, SSRN, ChemRxiv. */
    private static final Pattern PREPRINT_DOI = Pattern.compile("(?i)(https?://(dx\\.)?doi\\.org/)?(10\\.1101|10\\.48550|"
            + "10\\.21203|10\\.20944|10\\.31219|10\\.31234|10\\.31235|10\\.2139|10\\.26434|10\\.36227)/.*");
    private static final Pattern PREPRINT_URL = Pattern.compile("(?i)https?://(www\\.)?(biorxiv\\.org|medrxiv\\.org|"
            + "arxiv\\.org|researchsquare\\.com|preprints\\.org|osf\\.io|ssrn\\.com|papers\\.ssrn\\.com|chemrxiv\\.org|"
            + "techrxiv\\.org)(/.*)?");
    private static final List<String> PREPRINT_PUBLISHERS = List.of("cold spring harbor laboratory", "biorxiv",
            "medrxiv", "arxiv", "research square", "ssrn", "osf preprints", "preprints", "chemrxiv", "techrxiv");

    /** Google Scholar gives a bioRxiv preprint its posting year and month as pages: {@code pages={2024--02}}. */
    private static final Pattern SCHOLAR_PAGES = Pattern.compile("\\d{4}--?\\d{2}");

    private PreprintTraces() {
    }

    /** Removes the preprint server's fields; a note names each with its value, so nothing is lost unseen. */
    static void remove(EntryUpdate update, String venue) {
        List<String> removed = new ArrayList<>();
        boolean atServer = Stream.of("journal", "journaltitle", "publisher").map(update::value).flatMap(Optional::stream)
                .anyMatch(name -> PREPRINT_PUBLISHERS.contains(name.strip().toLowerCase(Locale.ROOT)));
        removeIf(update, "pages", atServer && SCHOLAR_PAGES.matcher(update.value("pages").orElse("").strip())
                .matches(), removed);
        removeIf(update, "doi", PREPRINT_DOI.asMatchPredicate().test(update.value("doi").orElse("").strip()), removed);
        removeIf(update, "url", PREPRINT_URL.asMatchPredicate().test(update.value("url").orElse("").strip()), removed);
        removeIf(update, "publisher", PREPRINT_PUBLISHERS.contains(update.value("publisher").orElse("")
                .strip().toLowerCase(Locale.ROOT)), removed);
        if (!removed.isEmpty()) {
            update.note(update.key() + ": removed " + String.join(", ", removed) + ": they are the preprint's, not "
                    + "the paper's in " + venue + "; give its DOI with 'bibfolio edit " + update.key() + " --set doi=…'");
        }
    }

    private static void removeIf(EntryUpdate update, String field, boolean preprints, List<String> removed) {
        if (preprints) {
            removed.add(field + " = {" + update.value(field).orElseThrow() + "}");
            update.unset(field);
        }
    }
}
