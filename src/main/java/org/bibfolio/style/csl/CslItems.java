package org.bibfolio.style.csl;

import de.undercouch.citeproc.csl.CSLDate;
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
import org.bibfolio.model.Category;
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

    /** Types whose {@code number} is the issue of a journal: an article, a review (biblatex: like an article), a periodical. */
    private static final Set<String> ISSUE_NUMBERED = Set.of("article", "review", "periodical");

    private final boolean englishStyle;
    private final CslNames names;
    /**
     * For rendering: math in the title as placeholders ({@link CslLatex}), and the characters that keep citeproc-java
     * from misreading pages and capitals ({@link MarkerFormat}); plain data keeps its Unicode form.
     */
    private final boolean rendering;

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

    private CslItems(String styleLocale, CslNames names, boolean rendering) {
        this.rendering = rendering;
        this.englishStyle = styleLocale.startsWith("en");
        this.names = names;
    }

    /** Whether a rendering of this publication should name the owner ({@link CslNames#ownerShown}). */
    boolean ownerShown(Publication p) {
        return names.ownerShown(p);
    }

    /** How many names a style variant must show for this publication, where the style's own cut would not do. */
    OptionalInt variant(Publication p) {
        return names.variant(p);
    }

    CSLItemData item(Publication p, Optional<String> yearSuffix) {
        CSLItemDataBuilder b = new CSLItemDataBuilder().id(p.key()).type(type(p));
        String title = titleCase(p, "title", p.title());
        b.title(keepCapitals(rendering ? CslLatex.withPlaceholders(p.title(), title, p.latexIn("title")) : title));
        // citeproc-java prints an empty name list as "(Editor)", so absent lists are not set at all
        if (!p.authors().isEmpty()) {
            b.author(names.authors(p));
        }
        if (!p.editors().isEmpty()) {
            b.editor(names.editors(p));
        }
        if (!p.translators().isEmpty()) {
            b.translator(names.translators(p));
        }
        issued(p).ifPresent(b::issued);
        container(p).map(name -> isBook(p) ? titleCase(p, "booktitle", name) : name).map(this::keepCapitals)
                .ifPresent(b::containerTitle);
        p.venue().abbreviation().map(this::keepCapitals).ifPresent(b::containerTitleShort);
        p.venue().abbreviation().map(this::keepCapitals).ifPresent(b::journalAbbreviation);
        set(p, "volume", b::volume);
        p.field("edition").map(this::edition).ifPresent(b::edition);
        publisher(p).ifPresent(b::publisher);
        set(p, p.field("location").isPresent() ? "location" : "address", b::publisherPlace);
        p.field("series").map(this::keepCapitals).ifPresent(b::collectionTitle);
        set(p, "isbn", b::ISBN);
        set(p, "issn", b::ISSN);
        set(p, "version", b::version);
        p.field("pages").map(this::pages).ifPresent(b::page);
        p.field("number").ifPresent(ISSUE_NUMBERED.contains(p.type()) ? b::issue
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

    /**
     * The date as far as the entry states it: year, month and day of biblatex's {@code date = {2023-08-10}} or of
     * {@code year}, {@code month} and {@code day}. The model's month may be the arXiv id's, which dates the preprint
     * but is no date of publication, so a month no field states is left out.
     */
    private static Optional<CSLDate> issued(Publication p) {
        return p.date().map(date -> {
            boolean stated = p.field("month").isPresent() || p.field("date").filter(d -> d.matches("\\d{4}-\\d.*"))
                    .isPresent();
            if (!stated || date.month().isEmpty()) {
                return new CSLDateBuilder().dateParts(date.year()).build();
            }
            return date.day().map(day -> new CSLDateBuilder().dateParts(date.year(), date.month().get(), day).build())
                    .orElseGet(() -> new CSLDateBuilder().dateParts(date.year(), date.month().get()).build());
        });
    }

    /**
     * Pages with an en dash between first and last. For rendering, a period inside a page ("145–160.e7", Cell
     * Press) is {@link MarkerFormat#PAGE_DOT}, which citeproc-java's page parser reads as part of the page: the range
     * is then printed as written, as pandoc prints it, where the style would otherwise cut it to "145–160".
     */
    private String pages(String pages) {
        String dashed = pages.replaceAll("\\s*[-–—]+\\s*", "–");
        return rendering ? dashed.replace('.', MarkerFormat.PAGE_DOT) : dashed;
    }

    /**
     * For rendering, a text in capitals only ("PNAS", "JAMA", "GAFA") followed by {@link MarkerFormat#KEEP_CAPITALS}:
     * citeproc-java would lower it before title-casing it ("Pnas"), where the CSL test suite (CapitalsUntouched),
     * citeproc-js and pandoc leave words in capitals as they are.
     */
    private String keepCapitals(String text) {
        boolean capitals = text.codePoints().anyMatch(Character::isLetter)
                && text.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
        return rendering && capitals ? text + MarkerFormat.KEEP_CAPITALS : text;
    }

    private static boolean isEnglish(Publication p) {
        String language = p.field("langid").or(() -> p.field("language")).orElse("english").toLowerCase(Locale.ROOT);
        return language.startsWith("en") || language.equals("american") || language.equals("british");
    }

    /** The CSL type an entry is rendered as ("webpage" for an {@code @online}). */
    static CSLType type(Publication p) {
        return switch (p.type()) {
            // a review with its journal (biblatex @review: "like @article") prints as the article it is, its title
            // saying what it reviews; CSL's review type would print "[Review of Review of …]" without reviewed-title
            case "article", "review" -> CSLType.ARTICLE_JOURNAL;
            case "inproceedings", "conference" -> CSLType.PAPER_CONFERENCE;
            case "book", "mvbook", "proceedings", "mvproceedings", "collection", "mvcollection" -> CSLType.BOOK;
            case "incollection", "inbook", "bookinbook" -> CSLType.CHAPTER;
            case "phdthesis", "mastersthesis", "thesis" -> CSLType.THESIS;
            case "techreport", "report" -> CSLType.REPORT;
            case "misc", "online", "unpublished", "electronic", "www" -> venueType(p);
            case "booklet" -> CSLType.PAMPHLET;
            case "dataset" -> CSLType.DATASET;
            case "software" -> CSLType.SOFTWARE;
            case "periodical" -> CSLType.PERIODICAL;
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
            // an arXiv or bioRxiv paper kept as @online (Zotero exports them so) is a preprint, not a web page, for
            // which IEEE prints no date and ACM no authors: rendered as the same paper kept as @misc is
            case "online", "electronic", "www" -> p.category() == Category.PREPRINT ? CSLType.ARTICLE
                    : CSLType.WEBPAGE;
            case "unpublished" -> CSLType.MANUSCRIPT;
            default -> CSLType.DOCUMENT;
        };
    }

    /**
     * Where the work appeared, or for a work under review where it was submitted (CSL {@code status} says so). A
     * {@code howpublished} ("Invited talk, Gordon Research Conference") is no container: it is the publisher, as
     * pandoc reads it, so no style writes "In *Invited talk…*".
     */
    private static Optional<String> container(Publication p) {
        return switch (p.type()) {
            case "article", "review" -> p.field("journaltitle").or(() -> p.field("journal"));
            case "inproceedings", "conference", "incollection", "inbook" ->
                    p.field("booktitle");
            case "misc", "online", "unpublished", "electronic", "www" -> p.field("journaltitle")
                    .or(() -> p.field("journal")).or(() -> p.field("booktitle")).or(() -> p.field("eventtitle"));
            default -> Optional.empty();
        };
    }

    /**
     * The publisher; a thesis's school and a report's institution when it names none; what a {@code @misc} or web
     * resource says of how it was published, or the organization behind it (Zenodo, a society), as pandoc maps them.
     */
    private static Optional<String> publisher(Publication p) {
        return p.field("publisher").or(() -> switch (p.type()) {
            case "phdthesis", "mastersthesis", "thesis" -> p.field("school").or(() -> p.field("institution"));
            case "techreport", "report" -> p.field("institution");
            case "misc", "online", "electronic", "www", "unpublished", "dataset", "software" ->
                    p.field("howpublished").or(() -> p.field("organization"));
            default -> Optional.empty();
        });
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
