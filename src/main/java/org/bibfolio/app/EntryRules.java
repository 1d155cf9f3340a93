package org.bibfolio.app;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.bibfolio.bibtex.BibField;
import org.bibfolio.bibtex.BibItem;
import org.bibfolio.bibtex.DateReader;
import org.bibfolio.bibtex.Identifiers;
import org.bibfolio.bibtex.NameParser;
import org.bibfolio.bibtex.RequiredFields;
import org.bibfolio.model.PersonName;
import org.bibfolio.model.Publication;

/**
 * The rules about one entry's own fields: a known type, the fields its type requires, a year or date, a month, DOI
 * and arXiv id syntax, the owner's name spelt as the owner writes it. {@code check} reports what they find on every
 * entry; {@code add}, {@code edit} and {@code status} run the very same rules on the entry they write.
 */
final class EntryRules {

    /** BibTeX's standard types and biblatex's (its aliases and the types it defines but no standard style uses). */
    static final Set<String> KNOWN_TYPES = Set.of("article", "book", "booklet", "conference", "inbook",
            "incollection", "inproceedings", "manual", "mastersthesis", "misc", "phdthesis", "proceedings",
            "techreport", "unpublished", "mvbook", "bookinbook", "suppbook", "collection", "mvcollection",
            "suppcollection", "dataset", "online", "patent", "periodical", "suppperiodical", "mvproceedings",
            "reference", "mvreference", "inreference", "report", "set", "software", "thesis", "xdata", "electronic",
            "www", "artwork", "audio", "bibnote", "commentary", "image", "jurisdiction", "legislation", "legal",
            "letter", "movie", "music", "performance", "review", "standard", "video", "customa", "customb",
            "customc", "customd", "custome", "customf");

    /** Where a finding goes: the offset it is about, then the rule and message. */
    interface Sink {
        void add(int offset, CheckRule rule, String message);
    }

    private final Function<BibField, String> text;
    private final Function<BibField, Boolean> usesUndefinedMacro;
    private final OwnerNameCheck owner;
    private final Function<BibField, String> written;
    /** Unknown types already reported: a glossary file has 700 @index entries, which is one cause. */
    private final Set<String> unknownTypes = new HashSet<>();

    /**
     * {@code text} resolves a field's value as BibTeX would at the entry (macros defined above it), braces dropped;
     * {@code usesUndefinedMacro} tells a value that another rule already reports; {@code written} is the value as
     * it stands in the file.
     */
    EntryRules(Function<BibField, String> text, Function<BibField, Boolean> usesUndefinedMacro, OwnerNameCheck owner,
               Function<BibField, String> written) {
        this.text = text;
        this.usesUndefinedMacro = usesUndefinedMacro;
        this.owner = owner;
        this.written = written;
    }

    /**
     * Checks one entry. {@code biblatex}: the library is written for biblatex, whose data model requires other
     * fields than BibTeX's styles do.
     */
    void check(BibItem.Entry entry, Publication publication, boolean biblatex, Sink sink) {
        String type = entry.normalizedType();
        int start = entry.span().start();
        if (!KNOWN_TYPES.contains(type)) {
            if (unknownTypes.add(type)) {
                sink.add(start, CheckRule.ENTRY_TYPE, entry.key() + ": unknown entry type @" + entry.type()
                        + closest(type).map(t -> " (did you mean @" + t + "?)").orElse("")
                        + "; BibTeX's styles print it as @misc");
            }
        } else {
            // BibTeX's empty$ tests the text as written, not as printed: {\TUB{}} is a journal even where the
            // command is unknown; and a field resting on an undefined @string is there, only empty (the
            // undefined-string finding covers it)
            Map<String, String> present = new HashMap<>(publication.fields());
            entry.fields().stream().filter(field -> usesUndefinedMacro.apply(field) || !text.apply(field).isBlank())
                    .forEach(field -> present.merge(field.normalizedName(), "?",
                            (value, mark) -> value.isBlank() ? mark : value));
            List<String> missing = RequiredFields.missing(type, present, biblatex);
            if (!missing.isEmpty()) {
                sink.add(start, CheckRule.MISSING_FIELD, entry.key() + ": @" + type + " needs "
                        + String.join(", ", missing));
            }
        }
        value(entry, "year").filter(year -> !DateReader.isYear(text.apply(year))).ifPresent(year ->
                sink.add(year.valueSpan().start(), CheckRule.YEAR, "year '" + text.apply(year)
                        + "' has no four-digit year; write it as 2024 (or biblatex's date = {2024-07})"));
        value(entry, "date").ifPresent(date -> DateReader.dateProblem(text.apply(date)).ifPresent(problem ->
                sink.add(date.valueSpan().start(), CheckRule.YEAR, "date '" + text.apply(date) + "' " + problem)));
        value(entry, "month").filter(month -> !DateReader.isMonthExpression(text.apply(month))).ifPresent(month ->
                sink.add(month.valueSpan().start(), CheckRule.MONTH, "unknown month '" + text.apply(month)
                        + "'; use jan … dec (jun # \"\\slash \" # sep for two) or 1 … 12"));
        value(entry, "doi").filter(doi -> !Identifiers.isDoi(text.apply(doi))).ifPresent(doi ->
                sink.add(doi.valueSpan().start(), CheckRule.DOI, "malformed DOI '" + text.apply(doi)
                        + "'; a DOI looks like 10.1016/j.acha.2021.12.009"));
        boolean arxivEprint = entry.field("eprinttype").or(() -> entry.field("archiveprefix"))
                .map(f -> text.apply(f).equalsIgnoreCase("arxiv")).orElse(false);
        value(entry, arxivEprint ? "eprint" : "arxiv").filter(id -> !Identifiers.isArxiv(text.apply(id)))
                .ifPresent(id -> sink.add(id.valueSpan().start(), CheckRule.ARXIV, "malformed arXiv id '"
                        + text.apply(id) + "'; an id looks like 2505.08277 or math.PR/0601001"));
        people(entry, sink);
    }

    /** The field when it has a value of its own to judge: not blank, not resting on an undefined macro. */
    private Optional<BibField> value(BibItem.Entry entry, String name) {
        return entry.field(name).filter(field -> !usesUndefinedMacro.apply(field))
                .filter(field -> !text.apply(field).isBlank());
    }

    private void people(BibItem.Entry entry, Sink sink) {
        if (!owner.canFindLookalikes()) {
            return;
        }
        for (String role : List.of("author", "editor")) {
            Optional<BibField> field = entry.field(role);
            if (field.isEmpty()) {
                continue;
            }
            for (PersonName name : NameParser.parse(text.apply(field.get())).names()) {
                owner.lookalike(name).ifPresent(variant -> {
                    int at = written.apply(field.get()).indexOf(name.last());
                    sink.add(field.get().valueSpan().start() + Math.max(at, 0), CheckRule.OWNER_NAME, role + " '"
                            + OwnerNameCheck.written(name) + "' looks like the owner '"
                            + OwnerNameCheck.written(variant) + "' but is not one of the owner's names; fix the "
                            + "spelling, or add it to 'owner = …' ('not-owner = …' if it is someone else)");
                });
            }
        }
    }

    /** The known type one or two edits away ("artcle" → "article"), if there is one. */
    static Optional<String> closest(String type) {
        return KNOWN_TYPES.stream().filter(known -> OwnerNameCheck.distance(known, type) <= 2)
                .min(Comparator.comparingInt((String known) -> OwnerNameCheck.distance(known, type))
                        .thenComparing(Comparator.naturalOrder()));
    }
}
