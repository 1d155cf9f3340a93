package org.bibfolio.style.csl;

import de.undercouch.citeproc.AbbreviationProvider;
import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.SBibliography;
import de.undercouch.citeproc.csl.internal.SSort;
import de.undercouch.citeproc.csl.internal.TokenBuffer;
import de.undercouch.citeproc.csl.internal.behavior.FormattingAttributes;
import de.undercouch.citeproc.csl.internal.format.BaseFormat;
import de.undercouch.citeproc.csl.internal.token.DisplayGroupToken;
import de.undercouch.citeproc.csl.internal.token.TextToken;
import de.undercouch.citeproc.csl.internal.token.Token;
import de.undercouch.citeproc.output.Bibliography;
import de.undercouch.citeproc.output.SecondFieldAlign;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bibfolio.model.Progress;

/**
 * The one citeproc-java output format we use: it writes emphasis, strong emphasis and links as private-use marker
 * characters, which {@link StyledText} turns into our neutral {@code Inline} tree. So CSL output goes through the
 * same Markdown, LaTeX, HTML and text formats as the house styles, with one escaping rule per format. Extends a class
 * of citeproc-java's internal package: the version is pinned in pom.xml.
 */
final class MarkerFormat extends BaseFormat {

    static final char EMPH_OPEN = '\uE000';
    static final char EMPH_CLOSE = '\uE001';
    static final char STRONG_OPEN = '\uE002';
    static final char STRONG_CLOSE = '\uE003';
    static final char LINK_OPEN = '\uE004';
    static final char LINK_TEXT = '\uE005';
    static final char LINK_CLOSE = '\uE006';
    /**
     * Stands for a hyphen inside a report number in the CSL data: citeproc-java reads "TR-2016-01" as a range and
     * prints "Nos. TR–2016–01"; {@link StyledText} writes the hyphen back.
     */
    static final char NUMBER_HYPHEN = '\uE007';
    /**
     * Stands for a period inside a page number ("160.e7", Cell Press's article pages): citeproc-java's page parser
     * ends a page at the period and prints "145–160"; {@link StyledText} writes the period back.
     */
    static final char PAGE_DOT = '\u2024';
    /**
     * Put after a title written all in capitals ("PNAS", "JAMA"): citeproc-java lowers such a string before title
     * casing it ("Pnas"), which citeproc-js and pandoc do not (words in capitals are left alone). A letter without
     * case (Hangul filler, invisible) makes the string not all capitals; {@link StyledText} drops it.
     */
    static final char KEEP_CAPITALS = '\u3164';

    /** The item id of each entry, in the order citeproc-java formats them (its own entry ids stay empty). */
    private final List<String> ids = new ArrayList<>();
    /** The context of the last entry formatted: the parsed style and locale, for {@link #bibliographySort}. */
    private Optional<RenderContext> lastEntry = Optional.empty();
    private Progress rendering = Progress.NONE;
    private int entries;

    /** From now on, tells {@code rendering} as each of the bibliography's {@code entries} is formatted. */
    void report(Progress rendering, int entries) {
        this.rendering = rendering;
        this.entries = entries;
    }

    @Override
    public String getName() {
        return "bibfolio";
    }

    @Override
    protected String doFormatCitation(TokenBuffer buffer, RenderContext ctx) {
        return format(buffer);
    }

    @Override
    protected String doFormatBibliographyEntry(TokenBuffer buffer, RenderContext ctx, int index) {
        ids.add(ctx.getItemData().getId());
        lastEntry = Optional.of(ctx);
        rendering.done(ids.size(), entries);
        SecondFieldAlign align = ctx.getStyle().getBibliography().getSecondFieldAlign();
        return align == null || align == SecondFieldAlign.FALSE ? format(buffer) : separateFirstField(buffer);
    }

    /**
     * With {@code second-field-align} the label ("[1]", "1.") is a field of its own, set in a margin; in a list
     * item it needs a space after it, as pandoc prints it (citeproc-java's text format drops it).
     */
    private String separateFirstField(TokenBuffer buffer) {
        List<Token> tokens = buffer.getTokens();
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isFirstField()) {
                last = i;
            }
        }
        TokenBuffer spaced = new TokenBuffer();
        for (int i = 0; i < tokens.size(); i++) {
            spaced.append(tokens.get(i));
            if (i == last && i < tokens.size() - 1) {
                spaced.append(" ", TextToken.Type.TEXT);
            }
        }
        return format(spaced);
    }

    /** Whether an entry has been formatted, which {@link #bibliographySort} needs. */
    boolean formattedAny() {
        return lastEntry.isPresent();
    }

    /** citeproc-java's comparator for the bibliography's sort, once an entry has been formatted; none if unsorted. */
    Optional<SSort.SortComparator> bibliographySort(AbbreviationProvider abbreviations) {
        return lastEntry.flatMap(ctx -> Optional.ofNullable(ctx.getStyle().getBibliography())
                .map(SBibliography::getSort)
                .map(sort -> sort.comparator(ctx.getStyle(), ctx.getLocale(), abbreviations)));
    }

    @Override
    public Bibliography makeBibliography(String[] entries, SBibliography bibliography) {
        String[] entryIds = ids.toArray(String[]::new);
        ids.clear();
        return new Bibliography(entries, "", "", entryIds, null, null, null, null, null, null);
    }

    @Override
    protected String doFormatLink(String text, String uri) {
        return LINK_OPEN + uri + LINK_TEXT + text + LINK_CLOSE;
    }

    @Override
    protected String openFontStyle(int style) {
        return style == FormattingAttributes.FS_ITALIC || style == FormattingAttributes.FS_OBLIQUE
                ? String.valueOf(EMPH_OPEN) : "";
    }

    @Override
    protected String closeFontStyle(int style) {
        return style == FormattingAttributes.FS_ITALIC || style == FormattingAttributes.FS_OBLIQUE
                ? String.valueOf(EMPH_CLOSE) : "";
    }

    @Override
    protected String openFontWeight(int weight) {
        return weight == FormattingAttributes.FW_BOLD ? String.valueOf(STRONG_OPEN) : "";
    }

    @Override
    protected String closeFontWeight(int weight) {
        return weight == FormattingAttributes.FW_BOLD ? String.valueOf(STRONG_CLOSE) : "";
    }

    /** Small caps, underline and super/subscript have no equivalent in every format, so they print as text. */
    @Override
    protected String openFontVariant(int variant) {
        return "";
    }

    @Override
    protected String closeFontVariant(int variant) {
        return "";
    }

    @Override
    protected String openTextDecoration(int decoration) {
        return "";
    }

    @Override
    protected String closeTextDecoration(int decoration) {
        return "";
    }

    @Override
    protected String openVerticalAlign(int align) {
        return "";
    }

    @Override
    protected String closeVerticalAlign(int align) {
        return "";
    }

    @Override
    protected String openDisplayGroup(DisplayGroupToken.Type type) {
        return "";
    }

    @Override
    protected String closeDisplayGroup(DisplayGroupToken.Type type) {
        return "";
    }
}
