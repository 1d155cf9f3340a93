package org.bibfolio.style.csl;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bibfolio.model.Publication;

/**
 * The review status bibfolio writes itself ({@code [csl] review-status}) where a CSL style prints none: Nature,
 * Vancouver, MLA, ACM and Chicago ignore CSL's {@code status} (APA and IEEE print it for some types only), and
 * submitted work would look published. It goes where the styles that print a status put it: after the date and the
 * venue, before the access part that closes an entry in every style (the URL, DOI or arXiv link and the label that
 * leads to it: "Available from:", "doi:", "[Online]. Available:"); at the end of an entry without one.
 */
final class ReviewStatusText {

    private ReviewStatusText() {
    }

    /** The rendered entry with the status written in, when the style did not print it. */
    static StyledText place(Publication p, StyledText rendered) {
        Optional<String> status = unprinted(p, rendered.text());
        if (status.isEmpty()) {
            return rendered;
        }
        String text = rendered.text();
        int access = accessStart(rendered);
        if (access < 0) {
            return rendered.replaced(text.length(), text.length(), " " + status.get() + ".");
        }
        // "2024, https://…" → "2024. Submitted. https://…"; "(2025) doi:…" → "(2025). Submitted. doi:…"
        char delimiter = text.charAt(access - 2);
        int from = delimiter == ',' ? access - 2 : access - 1;
        String before = delimiter == '.' || delimiter == ';' ? " " : ". ";
        return rendered.replaced(from, access - 1, before + status.get() + ".");
    }

    /**
     * Where the access part begins: after the element delimiter ({@code .}, {@code ;}, {@code ,} or {@code )} and a
     * space) nearest before the first link; -1 without a link or delimiter. A bracketed medium ("[Online].")
     * belongs to the access part.
     */
    private static int accessStart(StyledText rendered) {
        String text = rendered.text();
        int link = rendered.firstLink();
        for (int i = link; i >= 2; i--) {
            char delimiter = text.charAt(i - 2);
            boolean bracketed = delimiter == '.' && i >= 3 && text.charAt(i - 3) == ']';
            if (Character.isWhitespace(text.charAt(i - 1)) && ".;,)".indexOf(delimiter) >= 0 && !bracketed) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The review status of work under review, unless the style printed it: decided on the rendered text without the
     * title and venue (which may hold the word), so every style and type is covered.
     */
    private static Optional<String> unprinted(Publication p, String rendered) {
        Optional<String> status = CslItems.status(p);
        if (status.isEmpty()) {
            return status;
        }
        String rest = rendered.toLowerCase(Locale.ROOT);
        for (String own : List.of(p.title(), p.venue().name())) {
            rest = own.isBlank() ? rest : rest.replace(own.toLowerCase(Locale.ROOT), "");
        }
        Pattern word = Pattern.compile("(?<!\\p{L})" + Pattern.quote(status.get().toLowerCase(Locale.ROOT))
                + "(?!\\p{L})");
        return word.matcher(rest).find() ? Optional.empty() : status;
    }
}
