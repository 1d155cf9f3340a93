package org.bibfolio.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bibfolio.bibtex.PreprintServers;

/**
 * The fields a preprint server gave an entry ({@code doi = {10.1101/…}}, bioRxiv's {@code url}, {@code publisher =
 * {Cold Spring Harbor Laboratory}}, Scholar's {@code pages = {2024--02}}), which are wrong once the paper is published elsewhere: left in, a CV links the
 * journal paper to its preprint and names the server as its publisher. An arXiv id in {@code eprint} is no trace: CVs
 * show it next to the journal, as biblatex means it.
 */
final class PreprintTraces {

    /** Cold Spring Harbor Laboratory publishes bioRxiv and medRxiv, and Scholar names it as their publisher. */
    private static final String BIORXIV_PUBLISHER = "cold spring harbor laboratory";

    /** Google Scholar gives a bioRxiv preprint its posting year and month as pages: {@code pages={2024--02}}. */
    private static final Pattern SCHOLAR_PAGES = Pattern.compile("\\d{4}--?\\d{2}");

    private PreprintTraces() {
    }

    /** Removes the preprint server's fields; a note names each with its value, so nothing is lost unseen. */
    static void remove(EntryUpdate update, String venue) {
        List<String> removed = new ArrayList<>();
        boolean atServer = Stream.of("journal", "journaltitle", "publisher").map(update::value).flatMap(Optional::stream)
                .anyMatch(PreprintTraces::isServerName);
        removeIf(update, "pages", atServer && SCHOLAR_PAGES.matcher(update.value("pages").orElse("").strip())
                .matches(), removed);
        removeIf(update, "doi", update.value("doi").filter(PreprintServers::isServerDoi).isPresent(), removed);
        removeIf(update, "url", update.value("url").filter(PreprintServers::isServerUrl).isPresent(), removed);
        removeIf(update, "publisher", update.value("publisher").filter(PreprintTraces::isServerName).isPresent(),
                removed);
        if (!removed.isEmpty()) {
            update.note(update.key() + ": removed " + String.join(", ", removed) + ": they are the preprint's, not "
                    + "the paper's in " + venue + "; give its DOI with 'bibfolio edit " + update.key() + " --set doi=…'");
        }
    }

    private static boolean isServerName(String name) {
        return PreprintServers.isServer(name.strip()) || name.strip().toLowerCase(Locale.ROOT).equals(BIORXIV_PUBLISHER);
    }

    private static void removeIf(EntryUpdate update, String field, boolean preprints, List<String> removed) {
        if (preprints) {
            removed.add(field + " = {" + update.value(field).orElseThrow() + "}");
            update.unset(field);
        }
    }
}
