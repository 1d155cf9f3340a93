package org.bibfolio.bibtex;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bibfolio.model.WorkCount;

/**
 * Reads BibTeX the way BibTeX 0.99 does, keeping every character: anything outside an {@code @item} is junk text
 * (an {@code @} after a {@code %} on its line too, and {@code %} lines inside entries are skipped, as biber does),
 * {@code @comment} is a comment word (see {@link #comment}), entries use {@code {}} or {@code ()}, values are braced,
 * quoted, numbers or macros joined by {@code #}. Unlike JBibTeX (see docs/decisions/0002) it records where each item
 * and field stands, so the writer can copy untouched text byte for byte, and it accepts free text between entries
 * (BibTeX's own xampl.bib).
 *
 * <p>A broken item never hides the rest: an item ends, at the latest, where the next line that starts an item
 * begins ({@code @type{} or {@code @type(} after optional blanks). An item that is not valid BibTeX up to there
 * becomes a {@link BibItem.Broken} of exactly that text, with an error naming the item and where it starts, and the
 * parse goes on with the next one. So an unclosed {@code {} costs one entry, not the file, and every item's parse is
 * bounded by its own lines, which keeps the whole parse linear on any input. One parser per parse: it holds the
 * cursor.
 */
public final class BibParser {

    private static final String NON_IDENTIFIER = "\"#%'(),={}";
    /** ASCII characters that end an identifier: {@link #NON_IDENTIFIER} and white space, looked up per character. */
    private static final boolean[] ENDS_IDENTIFIER = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ENDS_IDENTIFIER[c] = Character.isWhitespace(c) || NON_IDENTIFIER.indexOf(c) >= 0;
        }
    }
    /** A line inside a value that looks like the next field: "  year = 2020,". */
    private static final Pattern SWALLOWED_FIELD = Pattern.compile("\\R([ \\t]*[A-Za-z][\\w:.+-]*[ \\t]*=[^\\r\\n]*)");

    private final String source;
    private final String text;
    private final Consumer<BibItem> listener;
    /** Line starts, indexed only when a message needs a line number (most files have none). */
    private TextPosition positions;
    private int pos;
    /** Where the current item must end at the latest: the start of the next line that starts an item. */
    private int end;
    /** The next line that starts an item, found by {@link #nextItemLine}: items on one line share it. */
    private int bound = -1;
    /** Forward scan for {@link #commentedOut}: how far it got and whether its line has a '%' so far. */
    private int commentScan;
    private boolean percentOnLine;
    /**
     * Where the next line break and '%' are for the two forward scans ({@link #commentedOut}, {@link
     * #nextItemLine}): each jumps from line to line by {@link String#indexOf} instead of reading every character,
     * which was a third of the parse of a big file.
     */
    private final Next commentLf;
    private final Next commentCr;
    private final Next percent;
    private final Next itemLf;
    private final Next itemCr;

    private BibParser(String source, String text, Consumer<BibItem> listener) {
        this.source = source;
        this.text = text;
        this.listener = listener;
        this.end = text.length();
        this.commentLf = new Next(text, '\n');
        this.commentCr = new Next(text, '\r');
        this.percent = new Next(text, '%');
        this.itemLf = new Next(text, '\n');
        this.itemCr = new Next(text, '\r');
    }

    /** The next position of one character at or after a cursor that only moves forward; the text's end if none. */
    private static final class Next {
        private final String text;
        private final char c;
        /** The first {@link #c} at or after the last position asked for; valid for any later position up to it. */
        private int found = -1;

        Next(String text, char c) {
            this.text = text;
            this.c = c;
        }

        int from(int position) {
            if (found < position) {
                int at = text.indexOf(c, position);
                found = at < 0 ? text.length() : at;
            }
            return found;
        }
    }

    /** Parses {@code text}; {@code source} names the file in error messages. Broken items are kept as such. */
    public static BibFile parse(String source, String text, Charset charset) {
        return new BibFile(source, text, charset, new BibParser(source, text, item -> { }).items(true));
    }

    /**
     * {@code text}, which is {@code before}'s text with more appended, parsed as {@link #parse} would parse it,
     * reading only what follows {@code before}'s last item: the items up to there are the same, as every item's
     * parse ends at its own closing delimiter and nothing after it changes the text before. Adding one entry to a
     * 50,000-entry library costs that entry. A file whose last item is broken is parsed whole: a broken item
     * ends where the next item line begins, and the appended text may bring one.
     */
    public static BibFile parseAppended(BibFile before, String text) {
        List<BibItem> items = before.items();
        int last = items.size() - 1;
        while (last >= 0 && items.get(last) instanceof BibItem.Junk) {
            last--;
        }
        if (!text.startsWith(before.text()) || last >= 0 && items.get(last) instanceof BibItem.Broken) {
            return parse(before.source(), text, before.charset());
        }
        int from = last < 0 ? 0 : items.get(last).span().end();
        BibParser parser = new BibParser(before.source(), text, item -> { });
        parser.pos = from;
        // the comment scan reads the line from its start, as it did when it passed there in the whole parse
        int lineStart = from;
        while (lineStart > 0 && text.charAt(lineStart - 1) != '\n' && text.charAt(lineStart - 1) != '\r') {
            lineStart--;
        }
        parser.commentScan = lineStart;
        List<BibItem> all = new ArrayList<>(items.subList(0, last + 1));
        all.addAll(parser.items(true, from));
        return new BibFile(before.source(), text, before.charset(), all);
    }

    /**
     * Parses {@code text}, handing each item (junk text aside) to {@code listener} as soon as it is read, in file
     * order, and keeping none of them: a caller can start working on the first entries while the rest of the file
     * is still being parsed, and items it lets go of need not outlive it.
     */
    public static void stream(String source, String text, Consumer<BibItem> listener) {
        new BibParser(source, text, listener).items(false);
    }

    private List<BibItem> items(boolean keep) {
        return items(keep, 0);
    }

    private List<BibItem> items(boolean keep, int junkStart) {
        List<BibItem> items = new ArrayList<>();
        int entries = 0;
        while (true) {
            end = text.length();
            int at = text.indexOf('@', pos);
            if (at < 0) {
                addJunk(items, keep, junkStart, text.length());
                WorkCount.add(WorkCount.Kind.PARSED, entries);
                return items;
            }
            if (commentedOut(at)) {
                pos = at + 1;
                continue;
            }
            pos = at + 1;
            skipWhitespace();
            String type = type();
            skipWhitespace();
            if (type.isEmpty() || !opensGroup(pos)) {
                // Like BibTeX, an '@' that starts no item (an e-mail address in prose, "@comment" without a
                // group) stays part of the surrounding junk text.
                pos = at + 1;
                continue;
            }
            addJunk(items, keep, junkStart, at);
            end = nextItemLine(at);
            BibItem item = item(at, type);
            if (item instanceof BibItem.Entry) {
                entries++;
            }
            if (keep) {
                items.add(item);
            }
            listener.accept(item);
            junkStart = pos;
        }
    }

    private void addJunk(List<BibItem> items, boolean keep, int start, int stop) {
        if (keep && stop > start) {
            items.add(new BibItem.Junk(new Span(start, stop)));
        }
    }

    /** One item from its '@'; a syntax error makes the item's text up to the next item line a Broken item. */
    private BibItem item(int start, String type) {
        String kind = type.toLowerCase(Locale.ROOT);
        String[] key = {""};
        try {
            return switch (kind) {
                case "comment" -> comment(start);
                case "preamble" -> preamble(start);
                case "string" -> string(start, key);
                default -> entry(start, type, key);
            };
        } catch (Problem problem) {
            String what = switch (kind) {
                case "comment", "preamble" -> "@" + kind;
                case "string" -> key[0].isEmpty() ? "a @string" : "@string " + key[0];
                default -> key[0].isEmpty() ? "an @" + type + " entry" : "entry " + key[0];
            };
            int[] at = positions().of(problem.offset);
            String message = problem.getMessage() + " in " + what + " (which starts at line "
                    + positions().of(start)[0] + ")";
            pos = end;
            return new BibItem.Broken(new Span(start, end), Optional.of(key[0]).filter(k -> !k.isEmpty()),
                    new BibSyntaxException(source, at[0], at[1], message));
        }
    }

    /**
     * BibTeX 0.99 reads {@code @comment} as a word and goes straight back to looking for the next {@code @}
     * (bibtex.web §232): the group after it is ordinary junk, so it need not balance, and an entry inside it is
     * read. The group is kept as the comment's content (bibfolio's settings block lives there) when it closes before
     * any {@code @} that would start an item; otherwise the comment is the word alone and the rest is junk.
     */
    private BibItem comment(int start) {
        int contentStart = pos + 1;
        char open = text.charAt(pos);
        char close = open == '{' ? '}' : ')';
        int depth = 0;
        for (int i = pos; i < end; i++) {
            char c = text.charAt(i);
            if (c == '@' && startsItem(i)) {
                break;
            } else if (c == open) {
                depth++;
            } else if (c == close && --depth == 0) {
                pos = i + 1;
                return new BibItem.Comment(text.substring(contentStart, i), new Span(start, pos));
            }
        }
        return new BibItem.Comment("", new Span(start, pos));
    }

    private BibItem preamble(int start) throws Problem {
        char close = text.charAt(pos) == '{' ? '}' : ')';
        pos++;
        skipWhitespace();
        List<ValuePart> value = value("@preamble");
        closeItem(close);
        return new BibItem.Preamble(value, new Span(start, pos));
    }

    private BibItem string(int start, String[] nameOut) throws Problem {
        char close = text.charAt(pos) == '{' ? '}' : ')';
        pos++;
        skipWhitespace();
        String name = identifier();
        if (name.isEmpty()) {
            throw problem(pos, "expected a macro name after @string, found " + describe(pos));
        }
        nameOut[0] = name;
        skipWhitespace();
        expect('=', "expected '=' after the @string name '" + name + "'");
        List<ValuePart> value = value("the @string");
        closeItem(close);
        return new BibItem.StringDefinition(name, value, new Span(start, pos));
    }

    private BibItem.Entry entry(int start, String type, String[] keyOut) throws Problem {
        char open = text.charAt(pos);
        char close = open == '{' ? '}' : ')';
        pos++;
        skipWhitespace();
        int keyStart = pos;
        while (pos < end && !isKeyEnd(text.charAt(pos), close)) {
            pos++;
        }
        String key = text.substring(keyStart, pos);
        if (key.isEmpty()) {
            throw problem(keyStart, "expected a citation key after '@" + type + open + "', found " + describe(pos));
        }
        keyOut[0] = key;
        skipWhitespace();
        List<BibField> fields = new ArrayList<>();
        while (true) {
            if (pos >= end) {
                throw unclosedEntry(close, fields);
            }
            char c = text.charAt(pos);
            if (c == close) {
                pos++;
                return new BibItem.Entry(type, key, fields, new Span(start, pos), open);
            }
            if (c != ',') {
                String after = fields.isEmpty() ? "the key '" + key + "'"
                        : "the value of field '" + fields.get(fields.size() - 1).name() + "'";
                throw problem(pos, "expected ',' or '" + close + "' after " + after + ", found " + describe(pos));
            }
            pos++;
            skipWhitespace();
            if (pos >= end) {
                throw unclosedEntry(close, fields);
            }
            if (text.charAt(pos) == close) {
                continue;
            }
            fields.add(field());
            skipWhitespace();
        }
    }

    /**
     * The entry runs into the next item or the end of the file. Most often a value's '{' is not closed where its
     * author meant, so the value swallowed the field lines after it: then point at that value. Otherwise point at
     * where the closing delimiter belongs.
     */
    private Problem unclosedEntry(char close, List<BibField> fields) {
        if (!fields.isEmpty()) {
            BibField last = fields.get(fields.size() - 1);
            String value = last.valueSpan().of(text);
            Matcher swallowed = SWALLOWED_FIELD.matcher(value);
            if (value.startsWith("{") && swallowed.find()) {
                return problem(last.valueSpan().start(), "the '{' of field '" + last.name() + "' is closed only at "
                        + where(last.valueSpan().end() - 1) + ", so the value takes in the line '"
                        + shorten(swallowed.group(1).strip()) + "'; a '{' in it is probably never closed");
            }
        }
        int last = end;
        while (last > 0 && Character.isWhitespace(text.charAt(last - 1))) {
            last--;
        }
        return problem(last, "missing '" + close + "' to close the entry (reached " + describe(end) + ")");
    }

    private BibField field() throws Problem {
        int nameStart = pos;
        String name = identifier();
        if (name.isEmpty()) {
            throw problem(pos, "expected a field name, found " + describe(pos));
        }
        skipWhitespace();
        expect('=', "expected '=' after the field name '" + name + "'");
        int valueStart = pos;
        List<ValuePart> value = value("field '" + name + "'");
        return new BibField(name, value, new Span(nameStart, pos), new Span(valueStart, pos));
    }

    /** Parses {@code part (# part)*}, leaving the cursor right after the last part. */
    private List<ValuePart> value(String what) throws Problem {
        List<ValuePart> parts = new ArrayList<>();
        while (true) {
            parts.add(valuePart(what));
            int afterPart = pos;
            skipWhitespace();
            if (pos < end && text.charAt(pos) == '#') {
                pos++;
                skipWhitespace();
            } else {
                pos = afterPart;
                return parts;
            }
        }
    }

    private ValuePart valuePart(String what) throws Problem {
        if (pos >= end) {
            throw problem(pos, "expected a value for " + what + ", found " + describe(pos));
        }
        char c = text.charAt(pos);
        int start = pos;
        if (c == '{') {
            skipBalanced();
            return new ValuePart.Braced(text.substring(start + 1, pos - 1));
        }
        if (c == '"') {
            return quoted(what);
        }
        if (Character.isDigit(c)) {
            while (pos < end && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            return new ValuePart.Number(text.substring(start, pos));
        }
        String macro = identifier();
        if (macro.isEmpty()) {
            throw problem(pos, "expected a value for " + what + ", found " + describe(pos));
        }
        return new ValuePart.Macro(macro);
    }

    /** A {@code "…"} value: it ends at a {@code "} outside braces, as in BibTeX. */
    private ValuePart quoted(String what) throws Problem {
        int start = pos++;
        int depth = 0;
        int innerQuote = -1;
        while (pos < end && (text.charAt(pos) != '"' || depth > 0)) {
            char d = text.charAt(pos);
            if (d == '{') {
                depth++;
            } else if (d == '}' && --depth < 0) {
                throw problem(pos, "unbalanced '}' in the quoted value of " + what);
            } else if (d == '"') {
                innerQuote = pos;
            }
            pos++;
        }
        if (pos >= end) {
            String why = innerQuote < 0 ? "" : "; the '\"' at " + where(innerQuote) + " is inside braces, so it "
                    + "does not end the value";
            throw problem(start, "the quoted value of " + what + " is never closed (reached " + describe(end) + ")"
                    + why);
        }
        pos++;
        return new ValuePart.Quoted(text.substring(start + 1, pos - 1));
    }

    private void skipBalanced() throws Problem {
        int start = pos;
        int depth = 0;
        while (pos < end) {
            char c = text.charAt(pos++);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return;
            }
        }
        Matcher swallowed = SWALLOWED_FIELD.matcher(text.substring(start, end));
        String why = swallowed.find() ? ": the value takes in the line '" + shorten(swallowed.group(1).strip())
                + "', so a '{' before it is probably not closed" : "";
        throw problem(start, "this '{' is never closed (reached " + describe(end) + ")" + why);
    }

    private static String shorten(String line) {
        return line.length() <= 40 ? line : line.substring(0, 37) + "...";
    }

    /** Ends the item at its closing delimiter, as an entry ends: what follows belongs to the next item or junk. */
    private void closeItem(char close) throws Problem {
        skipWhitespace();
        if (pos >= end || text.charAt(pos) != close) {
            throw problem(pos, "expected '" + close + "' to close it, found " + describe(pos));
        }
        pos++;
    }

    private void expect(char expected, String message) throws Problem {
        if (pos >= end || text.charAt(pos) != expected) {
            throw problem(pos, message + ", found " + describe(pos));
        }
        pos++;
        skipWhitespace();
    }

    private String identifier() {
        int start = pos;
        while (pos < end && !endsIdentifier(text.charAt(pos))) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private static boolean endsIdentifier(char c) {
        return c < ENDS_IDENTIFIER.length ? ENDS_IDENTIFIER[c] : Character.isWhitespace(c);
    }

    /** The type after an '@', which ends at the next '@' too: a line of '@'s costs its length, not its square. */
    private String type() {
        int start = pos;
        while (pos < end && text.charAt(pos) != '@' && !endsIdentifier(text.charAt(pos))) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private static boolean isKeyEnd(char c, char close) {
        return c == ',' || c == close || Character.isWhitespace(c);
    }

    /**
     * Skips white space and {@code %} comments. BibTeX 0.99 has no comments inside entries, but biber and JabRef
     * accept {@code %} lines between fields, and real files (biblatex's own examples) use them.
     */
    private void skipWhitespace() {
        while (pos < end) {
            char c = text.charAt(pos);
            if (c == '%') {
                while (pos < end && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
                    pos++;
                }
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else {
                return;
            }
        }
    }

    private boolean opensGroup(int offset) {
        return offset < end && (text.charAt(offset) == '{' || text.charAt(offset) == '(');
    }

    /** Whether an item starts at this '@': a type, then '{' or '(' (blanks allowed between). */
    private boolean startsItem(int at) {
        int i = at + 1;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        int typeStart = i;
        while (i < text.length() && text.charAt(i) != '@' && !endsIdentifier(text.charAt(i))) {
            i++;
        }
        if (i == typeStart) {
            return false;
        }
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && (text.charAt(i) == '{' || text.charAt(i) == '(');
    }

    /**
     * The start of the first line after the one holding {@code at} whose first non-blank character is an '@' that
     * starts an item; the end of the text if there is none. Remembered, so items sharing lines share one scan.
     */
    private int nextItemLine(int at) {
        if (at < bound) {
            return bound;
        }
        int i = at;
        while (true) {
            i = Math.min(itemLf.from(i), itemCr.from(i));
            if (i >= text.length()) {
                bound = text.length();
                return bound;
            }
            i++;
            int first = i;
            while (first < text.length() && (text.charAt(first) == ' ' || text.charAt(first) == '\t')) {
                first++;
            }
            if (first < text.length() && text.charAt(first) == '@' && startsItem(first)) {
                bound = first;
                return bound;
            }
        }
    }

    /**
     * An '@' after a '%' on its line is commented out, as biber and JabRef read it: "%% @BOOKLET{,". Scanned forward
     * once over the text (the '@'s come in order), so a long line with many '@'s costs its length, not its square.
     */
    private boolean commentedOut(int at) {
        if (commentScan >= at) {
            return percentOnLine;
        }
        int lineEnd = Math.min(commentLf.from(commentScan), commentCr.from(commentScan));
        while (lineEnd < at) {
            commentScan = lineEnd + 1;
            percentOnLine = false;
            lineEnd = Math.min(commentLf.from(commentScan), commentCr.from(commentScan));
        }
        // no line break from here to the '@': a '%' on the way comments it out
        percentOnLine = percentOnLine || percent.from(commentScan) < at;
        commentScan = at;
        return percentOnLine;
    }

    private String describe(int offset) {
        if (offset >= text.length()) {
            return "the end of the file";
        }
        if (offset >= end) {
            int typeEnd = offset + 1;
            while (typeEnd < text.length() && Character.isLetter(text.charAt(typeEnd))) {
                typeEnd++;
            }
            return "the next entry, " + text.substring(offset, typeEnd) + " at line " + positions().of(offset)[0];
        }
        char c = text.charAt(offset);
        return c == '\n' || c == '\r' ? "a line break" : "'" + c + "'";
    }

    private TextPosition positions() {
        if (positions == null) {
            positions = TextPosition.index(text);
        }
        return positions;
    }

    private String where(int offset) {
        int[] at = positions().of(offset);
        return "line " + at[0] + " column " + at[1];
    }

    private static Problem problem(int offset, String message) {
        return new Problem(offset, message);
    }

    /** A syntax error inside the current item, before it is given the item's name and its file position. */
    private static final class Problem extends Exception {
        private final int offset;

        Problem(int offset, String message) {
            super(message, null, false, false);
            this.offset = offset;
        }
    }
}
