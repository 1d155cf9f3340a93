package org.bibfolio.style.csl;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.output.Bibliography;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.bibfolio.model.AuthorRole;
import org.bibfolio.model.Library;
import org.bibfolio.model.Owner;
import org.bibfolio.model.PersonList;
import org.bibfolio.model.PersonName;
import org.bibfolio.model.Publication;
import org.bibfolio.style.AuthorMarks;
import org.bibfolio.style.EntryValues;
import org.bibfolio.style.HouseStyle;
import org.bibfolio.style.Inline;
import org.bibfolio.style.Label;
import org.bibfolio.style.NameCut;
import org.bibfolio.style.Numbering;
import org.bibfolio.style.RenderedEntry;
import org.bibfolio.style.RenderedSection;
import org.bibfolio.style.Style;

/**
 * A CSL style with a house style as its profile: the profile gives the CV sections, how the owner is set apart
 * ({@code [names] owner}) and what is appended to each entry ({@code [csl] append}: tags, review status, links).
 * citeproc-java renders each entry once; we add year suffixes, the owner's emphasis and the appended template.
 */
public final class CslRenderer implements Style {

    private final CslStyle csl;
    private final HouseStyle profile;

    CslRenderer(CslStyle csl, HouseStyle profile) {
        this.csl = csl;
        this.profile = profile;
    }

    @Override
    public String id() {
        return csl.id();
    }

    @Override
    public String sectionsId() {
        return profile.id();
    }

    @Override
    public List<HouseStyle.Section> sections() {
        return profile.sections();
    }

    @Override
    public List<RenderedSection> render(Library library, List<HouseStyle.Section> sections) {
        Map<HouseStyle.Section, List<Publication>> chosen = new LinkedHashMap<>();
        LinkedHashSet<Publication> all = new LinkedHashSet<>();
        for (HouseStyle.Section section : sections) {
            List<Publication> entries = profile.order(library.publications().stream()
                    .filter(section.rule()::matches).toList());
            chosen.put(section, entries);
            all.addAll(entries);
        }
        Rendered rendered = renderAll(library, List.copyOf(all));
        List<RenderedSection> out = new ArrayList<>();
        chosen.forEach((section, entries) -> {
            List<Publication> ordered = profile.csl().order().equals("style") ? rendered.inStyleOrder(entries)
                    : entries;
            out.add(rendered.section(section.id(), section.heading(), ordered, profile.names().marks()));
        });
        return numbering(rendered).apply(out);
    }

    @Override
    public RenderedSection renderFlat(Library library, List<Publication> publications) {
        Rendered rendered = renderAll(library, publications);
        return numbering(rendered).applyFlat(rendered.section("all", "Publications",
                rendered.inStyleOrder(publications), profile.names().marks()));
    }

    /**
     * A numeric style numbers every list in its own label form, ascending unless its bibliography counts down or the
     * profile says otherwise; any style numbers its lists when the profile does (cv-numbered), "[7]" then. The scope
     * (each list, or the whole CV) is the profile's.
     */
    private Numbering numbering(Rendered rendered) {
        String styleDirection = csl.numbersDescending() ? "descending" : "ascending";
        String direction = !profile.numbering().equals("none") ? profile.numbering()
                : csl.numbered() ? styleDirection : "none";
        return new Numbering(direction, profile.numberingScope(), rendered.labelForm().orElse(Label.bracketed(0)));
    }

    /**
     * The entries as citeproc-java wrote them (marker text), the order the style put them in, and the author marks
     * each entry shows.
     */
    private record Rendered(Map<String, List<Inline>> byKey, List<String> styleOrder,
                            Map<String, Set<AuthorRole>> marked, Optional<Label> labelForm) {

        List<Publication> inStyleOrder(List<Publication> publications) {
            Map<String, Publication> byKeyIn = new HashMap<>();
            publications.forEach(p -> byKeyIn.put(p.key(), p));
            return styleOrder.stream().filter(byKeyIn::containsKey).map(byKeyIn::get).toList();
        }

        RenderedSection section(String id, String heading, List<Publication> publications, AuthorMarks marks) {
            List<Publication> shown = publications.stream().filter(p -> byKey.containsKey(p.key())).toList();
            Set<AuthorRole> used = EnumSet.noneOf(AuthorRole.class);
            shown.forEach(p -> used.addAll(marked.get(p.key())));
            return new RenderedSection(id, heading, shown.stream()
                    .map(p -> new RenderedEntry(p, Optional.empty(), byKey.get(p.key()))).toList(), marks.legend(used));
        }
    }

    private Rendered renderAll(Library library, List<Publication> publications) {
        Map<String, String> suffixes = csl.addsYearSuffix() ? YearSuffixes.assign(publications) : Map.of();
        AuthorMarks marks = profile.names().marks();
        CslItems items = new CslItems(library.owner(), csl.locale(), marks,
                new CslNames.Rendering(csl.authorLimits(), profile.names().etAlOwner()));
        Map<String, CSLItemData> data = new HashMap<>();
        Map<String, Publication> byKey = new HashMap<>();
        Map<Integer, List<CSLItemData>> byNamesShown = new TreeMap<>();
        for (Publication p : publications) {
            data.put(p.key(), items.item(p, Optional.ofNullable(suffixes.get(p.key()))));
            byKey.put(p.key(), p);
            items.variant(p).ifPresent(names -> byNamesShown.computeIfAbsent(names, n -> new ArrayList<>())
                    .add(data.get(p.key())));
        }
        List<CSLItemData> inListOrder = publications.stream().map(p -> data.get(p.key())).toList();
        List<CSLItemData> nearlySorted = RegistrationOrder.of(publications, csl).stream()
                .map(p -> data.get(p.key())).toList();
        Bibliography bibliography = CslBibliography.make(csl, inListOrder, nearlySorted);
        String[] ids = bibliography.getEntryIds();
        Map<String, String> texts = texts(bibliography);
        // entries whose names the style would cut otherwise: rendered by a variant showing exactly those names
        byNamesShown.forEach((names, variantItems) ->
                texts.putAll(texts(CslBibliography.make(csl.showingNames(names), variantItems, variantItems))));
        // The given names as the papers spell the owner ("Paweł" where the settings say "Pawel"), to set apart too.
        List<PersonName> ownerSpellings = Stream.concat(library.owner().variants().stream(), publications.stream()
                .flatMap(p -> p.people().stream()).filter(library.owner()::isOwner)).distinct().toList();
        StyledText.OwnerGiven ownerGiven = StyledText.OwnerGiven.of(ownerSpellings);
        int ownerFlag = switch (profile.names().owner()) {
            case "none" -> 0;
            case "emph" -> StyledText.EMPH;
            default -> StyledText.STRONG;
        };
        Map<String, List<Inline>> rendered = new HashMap<>();
        Map<String, Set<AuthorRole>> marked = new HashMap<>();
        List<String> order = new ArrayList<>();
        Optional<String> substitute = csl.subsequentAuthorSubstitute();
        // "———" for a repeated author list would hide the owner as "et al." would: not unless the style's rule is asked
        boolean ownerAlwaysShown = !profile.names().etAlOwner().equals(NameCut.STYLE);
        Owner owner = library.owner();
        Optional<StyledText> previousText = Optional.empty();
        Optional<Publication> previous = Optional.empty();
        Optional<Label> labelForm = Optional.empty();
        for (String id : ids) {
            Publication p = byKey.get(id);
            CitationNumbers.Taken taken = CitationNumbers.take(StyledText.parse(texts.get(id).strip()));
            labelForm = labelForm.or(taken::form);
            RoleMarks.Placed placed = RoleMarks.place(
                    InvertedNames.place(NameEllipsis.place(taken.rest(), p.people()), p.people()), p, marks);
            marked.put(p.key(), placed.roles());
            StyledText text = placed.text().highlightOwner(ownerGiven, ownerFlag).withoutMarks();
            StyledText shown = text;
            if (substitute.isPresent() && previous.isPresent() && sameNames(previous.get(), p)
                    && (!ownerAlwaysShown || CslNames.leading(p).names().stream().noneMatch(owner::isOwner))) {
                List<PersonName> names = CslNames.leading(p).names();
                shown = text.substituteNames(previousText.get(), names.get(names.size() - 1), substitute.get());
            }
            previous = Optional.of(p);
            previousText = Optional.of(text);
            if (profile.csl().reviewStatus()) {
                shown = ReviewStatusText.place(p, shown);
            }
            List<Inline> content = new ArrayList<>(CslLatex.restore(shown.toInlines(), p));
            profile.csl().append().ifPresent(template ->
                    content.addAll(template.render(EntryValues.of(p, profile, library.owner()))));
            rendered.put(p.key(), content);
            order.add(p.key());
        }
        return new Rendered(rendered, order, marked, labelForm);
    }

    private static Map<String, String> texts(Bibliography bibliography) {
        Map<String, String> texts = new HashMap<>();
        for (int i = 0; i < bibliography.getEntries().length; i++) {
            texts.put(bibliography.getEntryIds()[i], bibliography.getEntries()[i]);
        }
        return texts;
    }

    private static boolean sameNames(Publication a, Publication b) {
        return !CslNames.leading(a).isEmpty() && CslNames.leading(a).equals(CslNames.leading(b));
    }

}
