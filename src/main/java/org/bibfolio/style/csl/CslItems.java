package org.bibfolio.style.csl;

import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLType;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import org.bibfolio.model.Owner;
import org.bibfolio.model.Publication;
import org.bibfolio.model.ReviewStatus;
import org.bibfolio.style.AuthorMarks;
import org.bibfolio.style.EntryValues;

/**
 * Our own mapping of a {@link Publication} to CSL data (not citeproc-java's BibTeXConverter, see ADR 0005): fields
 * already decoded from LaTeX, names already split, titles in sentence case with protected words kept, an article's
 * {@code number} as CSL {@code issue}. The owner's family name carries {@link #OWNER_MARK}, so the output can set the
 * owner apart by the parsed name instead of by searching the rendered text; an annotated author's family name
 * likewise carries {@link RoleMarks}, which become "*" or "†" after the name as the style wrote it.
 */
final class CslItems {

    /**
     * Zero-width space, put around the owner's family name: invisible, ignored by the collator (sort order is
     * unchanged), and kept through rendering, so the output knows exactly where the owner's family name went.
     */
    static final String OWNER_MARK = "\u200B";

    private final boolean englishStyle;
    private final CslNames names;
    /** For rendering: math in the title as placeholders ({@link CslLatex}); plain data keeps its Unicode form. */
    private final boolean placeholders;

    /** Plain CSL data: no marks, all names (data shared with other processors must be complete). */
    CslItems(Owner owner, String styleLocale) {
        this(styleLocale, new CslNames(owner, new AuthorMarks(Map.of()), Optional.empty()), false);
    }

    /**
     * For rendering: the owner marked, annotated authors whose role has a symbol given {@link RoleMarks}, and the
     * names cut as {@code rendering} says ({@link CslNames}).
     */
    CslItems(Owner owner, String styleLocale, AuthorMarks marks, CslNames.Rendering rendering) {
        this(styleLocale, new CslNames(owner, marks, Optional.of(rendering)), true);
    }

    private CslItems(String styleLocale, CslNames names, boolean placeholders) {
        this.placeholders = placeholders;
        this.englishStyle = styleLocale.startsWith("en");
        this.names = names;
    }

    /** How many names a style variant must show for this publication, where the style's own cut would not do. */
    OptionalInt variant(Publication p) {
        return names.variant(p);
    }

    CSLItemData item(Publication p, Optional<String> yearSuffix) {
        CSLItemDataBuilder b = new CSLItemDataBuilder().id(p.key()).type(type(p));
        String title = titleCase(p, "title", p.title());
        b.title(placeholders ? CslLatex.withPlaceholders(p.title(), title, p.latexIn("title")) : title);
        // citeproc-java prints an empty name list as "(Editor)", so absent lists are not set at all
        if (!p.authors().isEmpty()) {
            b.author(names.authors(p));
        }
        if (!p.editors().isEmpty()) {
            b.editor(names.editors(p));
        }
        // only a month the entry states: the model's date may carry the month of the arXiv id, which is no date
        // of publication
        p.year().ifPresent(year -> b.issued(p.field("month").isPresent() && p.date().get().month().isPresent()
                ? new CSLDateBuilder().dateParts(year, p.date().get().month().get()).build()
                : new CSLDateBuilder().dateParts(year).build()));
        container(p).map(name -> isBook(p) ? titleCase(p, "booktitle", name) : name).ifPresent(b::containerTitle);
        p.venue().abbreviation().ifPresent(b::containerTitleShort);
        p.venue().abbreviation().ifPresent(b::journalAbbreviation);
        set(p, "volume", b::volume);
        p.field("edition").map(this::edition).ifPresent(b::edition);
        p.field("publisher").or(() -> institution(p)).ifPresent(b::publisher);
        set(p, p.field("location").isPresent() ? "location" : "address", b::publisherPlace);
        set(p, "series", b::collectionTitle);
        set(p, "isbn", b::ISBN);
        set(p, "issn", b::ISSN);
        p.field("pages").map(pages -> pages.replaceAll("\\s*[-–—]+\\s*", "–")).ifPresent(b::page);
        p.field("number").ifPresent(p.type().equals("article") ? b::issue
                : number -> b.number(number.replace('-', MarkerFormat.NUMBER_HYPHEN)));
        p.field("issue").ifPresent(b::issue);
        EntryValues.genre(p).ifPresent(b::genre);
        p.links().doi().ifPresent(b::DOI);
        p.links().url().or(() -> p.links().arxivUrl()).ifPresent(b::URL);
        status(p).ifPresent(b::status);
        language(p).ifPresent(b::language);
        yearSuffix.ifPresent(b::yearSuffix);
        return b.build();
    }

    private static boolean isEnglish(Publication p) {
        String language = p.field("langid").or(() -> p.field("language")).orElse("english").toLowerCase(Locale.ROOT);
        return language.startsWith("en") || language.equals("american") || language.equals("british");
    }

    private static CSLType type(Publication p) {
        return switch (p.type()) {
            case "article" -> CSLType.ARTICLE_JOURNAL;
            case "inproceedings", "conference" -> CSLType.PAPER_CONFERENCE;
            case "book", "mvbook", "proceedings", "collection" -> CSLType.BOOK;
            case "incollection", "inbook", "bookinbook" -> CSLType.CHAPTER;
            case "phdthesis", "mastersthesis", "thesis" -> CSLType.THESIS;
            case "techreport", "report" -> CSLType.REPORT;
            case "misc", "online", "unpublished" -> venueType(p);
            case "electronic", "www" -> CSLType.WEBPAGE;
            case "booklet" -> CSLType.PAMPHLET;
            default -> CSLType.DOCUMENT;
        };
    }

    /**
     * A {@code @misc}, {@code @online} or {@code @unpublished} that names a journal or proceedings is rendered as the
     * article or paper it is, published or under review (a preprint kept as {@code @misc}): styles print the venue
     * and the review status as for an {@code @article} ("*SIAM J. Optim.* Submitted."), never "In *J*.".
     */
    private static CSLType venueType(Publication p) {
        if (p.field("journaltitle").or(() -> p.field("journal")).isPresent()) {
            return CSLType.ARTICLE_JOURNAL;
        }
        if (p.field("booktitle").or(() -> p.field("eventtitle")).isPresent()) {
            return CSLType.PAPER_CONFERENCE;
        }
        return switch (p.type()) {
            case "online" -> CSLType.WEBPAGE;
            case "unpublished" -> CSLType.MANUSCRIPT;
            default -> CSLType.DOCUMENT;
        };
    }

    /** Where the work appeared, or for a work under review where it was submitted (CSL {@code status} says so). */
    private static Optional<String> container(Publication p) {
        return switch (p.type()) {
            case "article", "periodical" -> p.field("journaltitle").or(() -> p.field("journal"));
            case "inproceedings", "conference", "incollection", "inbook" ->
                    p.field("booktitle");
            case "misc", "online", "unpublished" -> p.field("journaltitle").or(() -> p.field("journal"))
                    .or(() -> p.field("booktitle")).or(() -> p.field("eventtitle")).or(() -> p.field("howpublished"));
            default -> Optional.empty();
        };
    }

    /**
     * citeproc-java prints a numeric edition as a plain number where styles ask for an ordinal ("3 ed."), so an
     * English style gets the ordinal in the data ("3rd ed."), as pandoc prints it.
     */
    private String edition(String edition) {
        if (!englishStyle || !edition.matches("\\d+")) {
            return edition;
        }
        int n = Integer.parseInt(edition);
        String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }

    /**
     * The book that holds a chapter is a title like any book's, sentence-cased in the data as the work's own title is
     * (APA 7 writes book titles in sentence case; title-case styles such as Chicago case it back); a journal or
     * proceedings is a name and keeps its case.
     */
    private static boolean isBook(Publication p) {
        return Set.of("incollection", "inbook", "bookinbook").contains(p.type());
    }

    /**
     * The work's own title goes to sentence case, as CSL expects its data (styles such as Chicago turn it back into
     * title case). Journal, proceedings and series names are proper names and keep the case they are written in, as
     * Zotero stores them and style guides print them ("Proceedings of the 41st International Conference on …").
     */
    private static String titleCase(Publication p, String field, String text) {
        return isEnglish(p) ? SentenceCase.apply(text, CslLatex.protectedIn(p, field)) : text;
    }

    /** A thesis is published by its school, a report by its institution, when no publisher is named. */
    private static Optional<String> institution(Publication p) {
        return switch (p.type()) {
            case "phdthesis", "mastersthesis", "thesis" -> p.field("school").or(() -> p.field("institution"));
            case "techreport", "report" -> p.field("institution");
            default -> Optional.empty();
        };
    }

    /**
     * CSL's {@code status}, which styles print next to the venue ("Submitted", "In press"): biblatex's
     * {@code pubstate} in words, as pandoc maps it.
     */
    static Optional<String> status(Publication p) {
        if (p.status() instanceof ReviewStatus.Published || p.status() instanceof ReviewStatus.Preprint) {
            return Optional.empty();
        }
        return p.field("pubstate").map(state -> switch (state.strip().toLowerCase(Locale.ROOT)) {
            case "inpress" -> "In press";
            case "inpreparation" -> "In preparation";
            default -> state.substring(0, 1).toUpperCase(Locale.ROOT) + state.substring(1);
        });
    }

    /** biblatex's {@code langid} (babel names) as the BCP 47 tag CSL wants; styles only title-case English. */
    private static Optional<String> language(Publication p) {
        return p.field("langid").or(() -> p.field("language")).map(name -> switch (name.toLowerCase(Locale.ROOT)) {
            case "english", "american", "usenglish" -> "en-US";
            case "british", "ukenglish" -> "en-GB";
            case "german", "ngerman" -> "de-DE";
            case "french" -> "fr-FR";
            case "spanish" -> "es-ES";
            case "italian" -> "it-IT";
            case "dutch" -> "nl-NL";
            default -> name;
        });
    }

    private static void set(Publication p, String field, Consumer<String> setter) {
        p.field(field).ifPresent(setter);
    }
}
