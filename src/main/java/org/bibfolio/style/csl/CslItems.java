package org.bibfolio.style.csl;

import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.bibfolio.model.AuthorRole;
import org.bibfolio.model.Owner;
import org.bibfolio.model.PersonList;
import org.bibfolio.model.PersonName;
import org.bibfolio.model.Publication;
import org.bibfolio.model.ReviewStatus;
import org.bibfolio.style.AuthorMarks;

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

    private final Owner owner;
    private final boolean englishStyle;
    private final AuthorMarks marks;
    private final Optional<EtAlUseLast> etAlUseLast;
    /** For rendering: math in the title as placeholders ({@link CslLatex}); plain data keeps its Unicode form. */
    private final boolean placeholders;

    /** Plain CSL data: no author-role marks, all names (data shared with other processors must be complete). */
    CslItems(Owner owner, String styleLocale) {
        this(owner, styleLocale, new AuthorMarks(Map.of()), Optional.empty(), false);
    }

    /**
     * @param marks the author marks to render: annotated authors whose role has a symbol get {@link RoleMarks}
     * @param etAlUseLast the style's {@code et-al-use-last}, which citeproc-java ignores: a long list is given as
     *     its first names and its last, marked ({@link EtAlUseLast}); for rendering only
     */
    CslItems(Owner owner, String styleLocale, AuthorMarks marks, Optional<EtAlUseLast> etAlUseLast) {
        this(owner, styleLocale, marks, etAlUseLast, true);
    }

    private CslItems(Owner owner, String styleLocale, AuthorMarks marks, Optional<EtAlUseLast> etAlUseLast,
                     boolean placeholders) {
        this.placeholders = placeholders;
        this.owner = owner;
        this.englishStyle = styleLocale.startsWith("en");
        this.marks = marks;
        this.etAlUseLast = etAlUseLast;
    }

    CSLItemData item(Publication p, Optional<String> yearSuffix) {
        CSLItemDataBuilder b = new CSLItemDataBuilder().id(p.key()).type(type(p));
        String title = titleCase(p, "title", p.title());
        b.title(placeholders ? CslLatex.withPlaceholders(p.title(), title, p.latexIn("title")) : title);
        // citeproc-java prints an empty name list as "(Editor)", so absent lists are not set at all
        if (!p.authors().isEmpty()) {
            b.author(names(p.authors(), true, p::rolesOf));
        }
        if (!p.editors().isEmpty()) {
            b.editor(names(p.editors(), false, position -> Set.of()));
        }
        // only a month the entry states: the model's date may carry the month of the arXiv id, which is no date
        // of publication
        p.year().ifPresent(year -> b.issued(p.field("month").isPresent() && p.date().get().month().isPresent()
                ? new CSLDateBuilder().dateParts(year, p.date().get().month().get()).build()
                : new CSLDateBuilder().dateParts(year).build()));
        container(p).ifPresent(b::containerTitle);
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
        genre(p).ifPresent(b::genre);
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
            case "unpublished" -> CSLType.MANUSCRIPT;
            case "online", "electronic", "www" -> CSLType.WEBPAGE;
            case "booklet" -> CSLType.PAMPHLET;
            default -> CSLType.DOCUMENT;
        };
    }

    /** Where the work appeared, or for a work under review where it was submitted (CSL {@code status} says so). */
    private static Optional<String> container(Publication p) {
        return switch (p.type()) {
            case "article", "periodical" -> p.field("journaltitle").or(() -> p.field("journal"));
            case "inproceedings", "conference", "incollection", "inbook" ->
                    p.field("booktitle");
            case "misc", "online", "unpublished" -> p.field("howpublished").or(() -> p.field("journal"));
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

    private static Optional<String> genre(Publication p) {
        Optional<String> type = p.field("type");
        return switch (p.type()) {
            case "phdthesis" -> type.or(() -> Optional.of("PhD thesis"));
            case "mastersthesis" -> type.or(() -> Optional.of("Master\u2019s thesis"));
            default -> type;
        };
    }

    /**
     * CSL's {@code status}, which styles print next to the venue ("Submitted", "In press"): biblatex's
     * {@code pubstate} in words, as pandoc maps it.
     */
    private static Optional<String> status(Publication p) {
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

    private CSLName[] names(PersonList people, boolean markOwner, IntFunction<Set<AuthorRole>> roles) {
        List<CSLName> out = new ArrayList<>();
        List<PersonName> names = people.names();
        boolean complete = names.stream().noneMatch(PersonName::isOthers);
        boolean useLast = complete && etAlUseLast.isPresent() && etAlUseLast.get().applies(names.size());
        for (int i = 0; i < names.size(); i++) {
            boolean last = i == names.size() - 1;
            if (useLast && i >= etAlUseLast.get().useFirst() && !last) {
                continue;
            }
            if (!names.get(i).isOthers()) {
                CSLName name = name(names.get(i), markOwner, RoleMarks.invisible(marks.shown(roles.apply(i))));
                out.add(useLast && last ? new CSLNameBuilder().family(EtAlUseLast.MARK + name.getFamily())
                        .given(name.getGiven()).droppingParticle(name.getDroppingParticle())
                        .suffix(name.getSuffix()).build() : name);
            }
        }
        return out.toArray(CSLName[]::new);
    }

    /**
     * BibTeX's "von" part is a dropping particle ("Berg, J. van der"), biblatex's default (useprefix=false) and what
     * pandoc's BibTeX reader emits; citeproc-java misplaces it in inverted names, which {@link InvertedNames} fixes.
     * No comma-suffix: BibTeX's "King, Jr., Martin Luther" says nothing about a comma in natural order.
     */
    private CSLName name(PersonName n, boolean markOwner, String roleMarks) {
        CSLNameBuilder b = new CSLNameBuilder();
        boolean mark = markOwner && owner.isOwner(n);
        b.family((mark ? OWNER_MARK + n.last() + OWNER_MARK : n.last()) + roleMarks);
        if (!n.first().isEmpty()) {
            b.given(n.first());
        }
        if (!n.von().isEmpty()) {
            b.droppingParticle(n.von());
        }
        if (!n.jr().isEmpty()) {
            b.suffix(n.jr());
        }
        return b.build();
    }

    private static void set(Publication p, String field, Consumer<String> setter) {
        p.field(field).ifPresent(setter);
    }
}
