package org.bibfolio.style.csl;

import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.bibfolio.model.Owner;
import org.bibfolio.model.PersonList;
import org.bibfolio.model.PersonName;
import org.bibfolio.model.Publication;
import org.bibfolio.model.ReviewStatus;

/**
 * Our own mapping of a {@link Publication} to CSL data (not citeproc-java's BibTeXConverter, see ADR 0005): fields
 * already decoded from LaTeX, names already split, titles in sentence case with protected words kept, an article's
 * {@code number} as CSL {@code issue}. The owner's family name carries {@link #OWNER_MARK}, so the output can set the
 * owner apart by the parsed name instead of by searching the rendered text.
 */
final class CslItems {

    /**
     * Zero-width space, put around the owner's family name: invisible, ignored by the collator (sort order is
     * unchanged), and kept through rendering, so the output knows exactly where the owner's family name went.
     */
    static final String OWNER_MARK = "\u200B";

    private final Owner owner;

    CslItems(Owner owner) {
        this.owner = owner;
    }

    CSLItemData item(Publication p, Optional<String> yearSuffix) {
        CSLItemDataBuilder b = new CSLItemDataBuilder().id(p.key()).type(type(p));
        b.title(isEnglish(p) ? SentenceCase.apply(p.title(), p.titleProtected()) : p.title());
        // citeproc-java prints an empty name list as "(Editor)", so absent lists are not set at all
        if (!p.authors().isEmpty()) {
            b.author(names(p.authors(), true));
        }
        if (!p.editors().isEmpty()) {
            b.editor(names(p.editors(), false));
        }
        p.date().ifPresent(d -> b.issued(d.month().map(m -> new CSLDateBuilder().dateParts(d.year(), m))
                .orElse(new CSLDateBuilder().dateParts(d.year())).build()));
        container(p).ifPresent(b::containerTitle);
        set(p, "volume", b::volume);
        set(p, "edition", b::edition);
        set(p, "publisher", b::publisher);
        set(p, p.field("location").isPresent() ? "location" : "address", b::publisherPlace);
        set(p, "series", b::collectionTitle);
        set(p, "isbn", b::ISBN);
        set(p, "issn", b::ISSN);
        p.field("pages").map(pages -> pages.replaceAll("\\s*[-–—]+\\s*", "–")).ifPresent(b::page);
        p.field("number").ifPresent(p.type().equals("article") ? b::issue : b::number);
        p.field("issue").ifPresent(b::issue);
        genre(p).ifPresent(b::genre);
        p.links().doi().ifPresent(b::DOI);
        p.links().url().ifPresent(b::URL);
        status(p.status()).ifPresent(b::status);
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
            default -> p.links().arxiv().isPresent() ? CSLType.ARTICLE : CSLType.DOCUMENT;
        };
    }

    /** Where the work appeared. A submitted or unwritten work has not appeared in the venue it names. */
    private static Optional<String> container(Publication p) {
        if (p.status() instanceof ReviewStatus.Submitted || p.status() instanceof ReviewStatus.InPreparation) {
            return Optional.empty();
        }
        return switch (p.type()) {
            case "article", "periodical" -> p.field("journaltitle").or(() -> p.field("journal"));
            case "inproceedings", "conference", "incollection", "inbook" -> p.field("booktitle");
            case "misc", "online", "unpublished" -> p.field("howpublished").or(() -> p.field("journal"));
            default -> Optional.empty();
        };
    }

    private static Optional<String> genre(Publication p) {
        Optional<String> type = p.field("type");
        return switch (p.type()) {
            case "phdthesis" -> type.or(() -> Optional.of("PhD thesis"));
            case "mastersthesis" -> type.or(() -> Optional.of("Master\u2019s thesis"));
            case "techreport" -> type.or(() -> Optional.of("Technical report"));
            default -> type;
        };
    }

    /** CSL's {@code status}: the publication state that styles print in place of, or next to, the date. */
    private static Optional<String> status(ReviewStatus status) {
        if (status instanceof ReviewStatus.Accepted) {
            return Optional.of("in press");
        }
        return Optional.empty();
    }

    private CSLName[] names(PersonList people, boolean markOwner) {
        return people.names().stream().filter(n -> !n.isOthers()).map(n -> name(n, markOwner))
                .toArray(CSLName[]::new);
    }

    /** BibTeX's "von" part is a dropping particle ("Berg, J. van der"), biblatex's default (useprefix=false). */
    private CSLName name(PersonName n, boolean markOwner) {
        CSLNameBuilder b = new CSLNameBuilder();
        boolean mark = markOwner && owner.isOwner(n);
        b.family(mark ? OWNER_MARK + n.last() + OWNER_MARK : n.last());
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
