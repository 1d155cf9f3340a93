package org.bibfolio.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bibfolio.model.Folding;
import org.bibfolio.model.Publication;

/**
 * Whether two entries are the same paper: the same DOI, the same arXiv id (any version), or the same title and year
 * once case, accents, LaTeX and punctuation are set aside. Different keys do not make different papers.
 */
final class DuplicatePapers {

    private DuplicatePapers() {
    }

    /** Why {@code a} and {@code b} look like the same paper, if they do. */
    static Optional<String> reason(Publication a, Publication b) {
        List<String> idsA = identities(a);
        for (String id : identities(b)) {
            if (idsA.contains(id)) {
                return Optional.of(describe(id, a));
            }
        }
        return Optional.empty();
    }

    /** Strings that are equal exactly when two publications share an identity. */
    static List<String> identities(Publication publication) {
        List<String> ids = new ArrayList<>();
        publication.links().doi().ifPresent(doi -> ids.add("doi:" + doi.strip().toLowerCase(Locale.ROOT)));
        publication.links().arxiv().ifPresent(id -> ids.add("arxiv:" + id.strip().toLowerCase(Locale.ROOT)
                .replaceAll("v\\d+$", "")));
        String title = Folding.fold(publication.title()).replaceAll("[^\\p{L}\\p{N}]", "");
        if (!title.isEmpty() && publication.year().isPresent()) {
            ids.add("title:" + title + ":" + publication.year().get());
        }
        return ids;
    }

    static String describe(String identity, Publication publication) {
        if (identity.startsWith("doi:")) {
            return "same DOI " + publication.links().doi().orElse("");
        }
        if (identity.startsWith("arxiv:")) {
            return "same arXiv id " + publication.links().arxiv().orElse("");
        }
        return "same title and year";
    }
}
