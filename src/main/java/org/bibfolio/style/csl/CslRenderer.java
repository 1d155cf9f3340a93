package org.bibfolio.style.csl;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.output.Bibliography;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.bibfolio.model.AuthorRole;
import org.bibfolio.model.Background;
import org.bibfolio.model.Library;
import org.bibfolio.model.Owner;
import org.bibfolio.model.PersonList;
import org.bibfolio.model.PersonName;
import org.bibfolio.model.Progress;
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

    private final String id;
    private final HouseStyle profile;

    /**
     * The style as adjusted for citeproc-java, then the processor of the first bibliography, made ahead on a thread of
     * their own (or, when not started, on the first thread that needs them); later bibliographies get processors
     * made in turn.
     */
    private final FutureTask<CslStyle> style;
    private final FutureTask<CslBibliography.Engine> prepared;
    private final AtomicBoolean preparedUsed = new AtomicBoolean();
    /** {@link #renderingWarnings}: one line per entry, however often it is rendered. */
    private final Set<String> warnings = new LinkedHashSet<>();

    /** A renderer that makes its processor when it first renders. */
    CslRenderer(CslStyle csl, HouseStyle profile) {
        this(csl.id(), profile, new FutureTask<>(() -> csl), new FutureTask<>(() -> CslBibliography.Engine.warmedUp(csl)));
    }

    CslRenderer(String id, HouseStyle profile, FutureTask<CslStyle> style, FutureTask<CslBibliography.Engine> prepared) {
        this.id = id;
        this.profile = profile;
        this.style = style;
        this.prepared = prepared;
    }

    @Override
    public String id() {
        return id;
    }

    /** The style as adjusted for citeproc-java, once {@link #prepared} has it. */
    private CslStyle csl() {
        return ready(style);
    }

    /** A processor not used before: the prepared one the first time. */
    private CslBibliography.Engine freshEngine() {
        return preparedUsed.getAndSet(true) ? CslBibliography.Engine.of(csl()) : ready(prepared);
    }

    private static <T> T ready(FutureTask<T> task) {
        task.run(); // does nothing when the task has run or is running on its thread
        return Background.unchecked(task);
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
    public List<RenderedSection> render(Library library, List<HouseStyle.Section> sections, Progress rendering) {
        // By identity: an entry in two sections is rendered once, and hashing a whole publication (or a section)
        // as a record would cost more than the lists themselves.
        Map<HouseStyle.Section, List<Publication>> chosen = new IdentityHashMap<>();
        Set<Publication> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Publication> all = new ArrayList<>();
        for (HouseStyle.Section section : sections) {
            List<Publication> entries = profile.order(library.publications().stream()
                    .filter(section.rule()::matches).toList());
            chosen.put(section, entries);
            entries.stream().filter(seen::add).forEach(all::add);
        }
        Rendered rendered = renderAll(library, all, rendering);
        List<RenderedSection> out = new ArrayList<>();
        sections.forEach(section -> {
            List<Publication> entries = chosen.get(section);
            List<Publication> ordered = profile.csl().order().equals("style") ? rendered.inStyleOrder(entries)
                    : entries;
            out.add(rendered.section(section.id(), section.heading(), ordered, profile.names().marks()));
        });
        return numbering(rendered).apply(out);
    }

    @Override
    public RenderedSection renderFlat(Library library, List<Publication> publications, Progress rendering) {
        Rendered rendered = renderAll(library, publications, rendering);
        return numbering(rendered).applyFlat(rendered.section("all", "Publications",
                rendered.inStyleOrder(publications), profile.names().marks()));
    }

    /**
     * A numeric style numbers every list in its own label form, ascending unless its bibliography counts down or the
     * profile says otherwise; any style numbers its lists when the profile does (cv-numbered), "[7]" then. The scope
     * (each list, or the whole CV) is the profile's.
     */
    private Numbering numbering(Rendered rendered) {
        CslStyle csl = csl();
        String styleDirection = csl.numbersDescending() ? "descending" : "ascending";
        String direction = !profile.numbering().equals("none") ? profile.numbering()
                : csl.numbered() ? styleDirection : "none";
        return new Numbering(direction, profile.numberingScope(), rendered.labelForm().orElse(Label.bracketed(0)));
    }

    /**
     * The entries as citeproc-java wrote them, the owner set apart (before any "———", which depends on the entry shown
     * before it in a list), the order the style put them in, the author marks each entry shows, and how an entry is
     * finished for a list given the entry shown before it.
     */
    private record Rendered(Map<String, StyledText> byKey, List<String> styleOrder,
                            Map<String, Set<AuthorRole>> marked, Optional<Label> labelForm, Finish finish) {

        List<Publication> inStyleOrder(List<Publication> publications) {
            Map<String, Publication> byKeyIn = new HashMap<>();
            publications.forEach(p -> byKeyIn.put(p.key(), p));
            return styleOrder.stream().filter(byKeyIn::containsKey).map(byKeyIn::get).toList();
        }

        RenderedSection section(String id, String heading, List<Publication> publications, AuthorMarks marks) {
            List<Publication> shown = publications.stream().filter(p -> byKey.containsKey(p.key())).toList();
            Set<AuthorRole> used = EnumSet.noneOf(AuthorRole.class);
            shown.forEach(p -> used.addAll(marked.get(p.key())));
            List<RenderedEntry> entries = new ArrayList<>();
            Optional<Publication> previous = Optional.empty();
            for (Publication p : shown) {
                entries.add(new RenderedEntry(p, Optional.empty(), finish.apply(p, byKey.get(p.key()),
                        previous.map(before -> Map.entry(before, byKey.get(before.key()))))));
                previous = Optional.of(p);
            }
            return new RenderedSection(id, heading, entries, marks.legend(used));
        }
    }

    /** An entry's text made into the list's content, given the entry the list shows before it, if any. */
    @FunctionalInterface
    private interface Finish {
        List<Inline> apply(Publication p, StyledText text, Optional<Map.Entry<Publication, StyledText>> previous);
    }

    private Rendered renderAll(Library library, List<Publication> publications, Progress rendering) {
        CslStyle csl = csl();
        Map<String, String> suffixes = csl.addsYearSuffix()
                ? YearSuffixes.assign(publications, Locale.forLanguageTag(csl.locale())) : Map.of();
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
        Bibliography bibliography = CslBibliography.make(freshEngine(), inListOrder, nearlySorted, rendering);
        String[] ids = bibliography.getEntryIds();
        Map<String, String> texts = texts(bibliography);
        // entries whose names the style would cut otherwise: rendered by a variant showing exactly those names
        byNamesShown.forEach((names, variantItems) ->
                texts.putAll(texts(CslBibliography.make(csl.showingNames(names), variantItems, variantItems,
                        Progress.NONE))));
        // The given names as the papers spell the owner ("Paweł" where the settings say "Pawel"), to set apart too.
        // each spelling once, told apart by its parts rather than by the record's hashCode (bootstrapped at first use)
        Set<String> spelt = new HashSet<>();
        List<PersonName> ownerSpellings = Stream.concat(library.owner().variants().stream(), publications.stream()
                .flatMap(p -> p.people().stream()).filter(library.owner()::isOwner))
                .filter(n -> spelt.add(String.join("\u0000", n.first(), n.von(), n.last(), n.jr()))).toList();
        StyledText.OwnerGiven ownerGiven = StyledText.OwnerGiven.of(ownerSpellings);
        int ownerFlag = switch (profile.names().owner()) {
            case "none" -> 0;
            case "emph" -> StyledText.EMPH;
            default -> StyledText.STRONG;
        };
        Map<String, StyledText> rendered = new HashMap<>();
        Map<String, Set<AuthorRole>> marked = new HashMap<>();
        List<String> order = new ArrayList<>();
        Optional<Label> labelForm = Optional.empty();
        for (String id : ids) {
            Publication p = byKey.get(id);
            if (!texts.get(id).contains(CslItems.OWNER_MARK) && items.ownerShown(p)) {
                warnings.add(p.key() + " (@" + p.type() + ", CSL type " + CslItems.type(p) + "): style '" + id()
                        + "' leaves the owner's name out of this entry by its own rule for the type, so the CV"
                        + " entry does not name you; another style shows it");
            }
            CitationNumbers.Taken taken = CitationNumbers.take(StyledText.parse(texts.get(id).strip()));
            labelForm = labelForm.or(taken::form);
            RoleMarks.Placed placed = RoleMarks.place(
                    InvertedNames.place(NameEllipsis.place(taken.rest(), p.people()), p.people()), p, marks);
            marked.put(p.key(), placed.roles());
            rendered.put(p.key(), placed.text().highlightOwner(ownerGiven, ownerFlag).withoutMarks());
            order.add(p.key());
        }
        Optional<String> substitute = csl.subsequentAuthorSubstitute();
        return new Rendered(rendered, order, marked, labelForm, (p, text, previous) -> finish(library, substitute, p,
                text, previous));
    }

    @Override
    public List<String> renderingWarnings() {
        return List.copyOf(warnings);
    }

    /**
     * An entry as a list shows it: "———" for the names of the entry shown right before it when they are the same
     * (CSL's subsequent-author-substitute, by the list's order, not the style's), the review status, the appended
     * template.
     */
    private List<Inline> finish(Library library, Optional<String> substitute, Publication p, StyledText text,
                                Optional<Map.Entry<Publication, StyledText>> previous) {
        // "———" for a repeated author list would hide the owner as "et al." would: not unless the style's rule is asked
        boolean ownerAlwaysShown = !profile.names().etAlOwner().equals(NameCut.STYLE);
        Owner owner = library.owner();
        StyledText shown = text;
        if (substitute.isPresent() && previous.isPresent() && sameNames(previous.get().getKey(), p)
                && (!ownerAlwaysShown || CslNames.leading(p).names().stream().noneMatch(owner::isOwner))) {
            List<PersonName> names = CslNames.leading(p).names();
            shown = text.substituteNames(previous.get().getValue(), names.get(names.size() - 1), substitute.get());
        }
        if (profile.csl().reviewStatus()) {
            shown = ReviewStatusText.place(p, shown);
        }
        List<Inline> content = new ArrayList<>(CslLatex.restore(shown.toInlines(), p));
        profile.csl().append().ifPresent(template ->
                content.addAll(template.render(EntryValues.of(p, profile, owner))));
        return content;
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
