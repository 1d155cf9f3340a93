package org.bibfolio.model;

import java.util.List;
import java.util.Optional;

/** Where a work stands in review, from biblatex's {@code pubstate}. */
public sealed interface ReviewStatus {

    /** Every status's {@link #id}, in the order of the review: what styles and rules may name. */
    List<String> IDS = List.of("published", "accepted", "submitted", "inpreparation", "preprint");

    /** The word used in the CLI, JSON and search ({@code status:submitted}). */
    String id();

    /** Appeared (no pubstate, or a pubstate that means published). */
    record Published() implements ReviewStatus {
        public String id() { return "published"; }
    }

    /** Accepted, to appear ({@code pubstate = {accepted|forthcoming|inpress}}). */
    record Accepted() implements ReviewStatus {
        public String id() { return "accepted"; }
    }

    /** Under review; {@code to} is the venue it was submitted to, where the entry names one. */
    record Submitted(Optional<String> to) implements ReviewStatus {
        public String id() { return "submitted"; }
    }

    /** Not yet submitted ({@code pubstate = {inpreparation}}). */
    record InPreparation() implements ReviewStatus {
        public String id() { return "inpreparation"; }
    }

    /** Public as a preprint only, with no submission recorded. */
    record Preprint() implements ReviewStatus {
        public String id() { return "preprint"; }
    }
}
