package org.bibfolio.app;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.bibfolio.model.Folding;

/**
 * The entry type a preprint ({@code @misc}, {@code @online}, {@code @unpublished}) takes when it is published: an
 * {@code @article} in a journal, an {@code @inproceedings} at a conference, so it lands in the CV list it now
 * belongs to. The venue's words tell which: "Journal", "Transactions", "Annals", "Letters", a journal family
 * ("Nature Methods")… or "Proceedings", "Conference", "Symposium", "Workshop" or a conference's acronym.
 */
final class PublishedType {

    /** The types a preprint is kept as, which publishing changes. */
    static final Set<String> PREPRINT_TYPES = Set.of("misc", "online", "unpublished", "electronic", "www");

    private static final Pattern JOURNAL = Pattern.compile("(?i).*\\b(journal|transactions|annals|letters|review|"
            + "reviews|magazine|bulletin|quarterly|acta)\\b.*");
    /** Journals named "Proceedings of …": PNAS, the Royal Society's, the mathematical societies'. */
    private static final Pattern JOURNAL_PROCEEDINGS = Pattern.compile("(?i)proceedings of the (national academy|"
            + "royal society|american mathematical society|london mathematical society|ieee)\\b.*");
    /** Journal families whose titles carry no "Journal": Nature Methods, Cell Systems, Science Advances, PLOS ONE. */
    private static final Pattern JOURNAL_FAMILY = Pattern.compile("(?i)(nature|cell|science|plos|elife|pnas|jama|"
            + "bmj|the lancet|lancet|neuron|immunity|genome)\\b(?!.*\\b(conference|symposium|workshop)\\b).*");
    private static final Pattern CONFERENCE = Pattern.compile("(?i).*\\b(proceedings|conference|symposium|"
            + "workshop|congress|meeting|colloquium|summit)\\b.*|(?i)(neurips|nips|icml|iclr|colt|aistats|uai|"
            + "cvpr|iccv|eccv|acl|emnlp|naacl|kdd|aaai|ijcai|stoc|focs|soda|sigir|chi|icra|iros)(\\s*'?\\d{2,4})?");

    private PublishedType() {
    }

    /** {@code article} or {@code inproceedings} for a venue whose name says which, else empty (ask the user). */
    static Optional<String> of(String venue) {
        String name = venue.strip();
        if (JOURNAL_PROCEEDINGS.matcher(name).matches() || JOURNAL_FAMILY.matcher(name).matches()) {
            return Optional.of("article");
        }
        boolean journal = JOURNAL.matcher(name).matches();
        boolean conference = CONFERENCE.matcher(name).matches();
        return journal == conference ? Optional.empty() : Optional.of(journal ? "article" : "inproceedings");
    }

    /** Whether a venue as written in the library ({@code {Cell} Systems}) names {@code venue}, case and accents aside. */
    static boolean sameVenue(Optional<String> written, String venue) {
        return written.map(PublishedType::folded).filter(folded(venue)::equals).isPresent();
    }

    private static String folded(String venue) {
        return Folding.fold(venue.replace("{", "").replace("}", "").strip());
    }
}
