package org.bibfolio.bibtex;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Reads BibTeX the way BibTeX 0.99 does, keeping every character: anything outside an {@code @item} is junk text
 * (an {@code @} after a {@code %} on its line too, and {@code %} lines inside entries are skipped, as biber does),
 * {@code @comment} is skipped, entries use {@code {}} or {@code ()}, values are braced, quoted, numbers or macros
 * joined by {@code #}. Unlike JBibTeX (see docs/decisions/0002) it records where each item and field stands, so the
 * writer can copy untouched text byte for byte, and it accepts free text between entries (BibTeX's own xampl.bib).
 * One parser per parse: it holds the cursor.
 */
public final class BibParser {

    private static final String NON_IDENTIFIER = "\"#%'(),={}";

    private final String source;
    private final String text;
    private final Consumer<BibItem> listener;
    private int pos;

    private BibParser(String source, String text, Consumer<BibItem> listener) {
        this.source = source;
        this.text = text;
        this.listener = listener;
    }

    /** Parses {@code text}; {@code source} names the file in error messages. */
    public static BibFile parse(String source, String text, Charset charset) throws BibSyntaxException {
        return new BibFile(source, text, charset, new BibParser(source, text, item -> { }).items(true));
    }

    /**
     * Parses {@code text}, handing each item (junk text aside) to {@code listener} as soon as it is read, in file
     * order, and keeping none of them: a caller can start working on the first entries while the rest of the file
     * is still being parsed, and items it lets go of need not outlive it.
     */
    public static void stream(String source, String text, Consumer<BibItem> listener) throws BibSyntaxException {
        new BibParser(source, text, listener).items(false);
    }

    private List<BibItem> items(boolean keep) throws BibSyntaxException {
        List<BibItem> items = keep ? new ArrayList<>() : new java.util.AbstractList<>() {
            @Override
            public boolean add(BibItem item) {
                return true;
            }

            @Override
            public BibItem get(int index) {
                throw new IndexOutOfBoundsException(index);
            }

            @Override
            public int size() {
                return 0;
            }
        };
        int junkStart = 0;
        while (true) {
            int at = text.indexOf('@', pos);
            if (at < 0) {
                addJunk(items, junkStart, text.length());
                return items;
            }
            if (commentedOut(at)) {
                pos = at + 1;
                continue;
            }
            pos = at + 1;
            skipWhitespace();
            String type = identifier();
            skipWhitespace();
            boolean opens = pos < text.length() && (text.charAt(pos) == '{' || text.charAt(pos) == '(');
            if (type.isEmpty() || !opens) {
                // Like BibTeX, an '@' that starts no item (an e-mail address in prose, "@comment" without a
                // group) stays part of the surrounding junk text.
                pos = at + 1;
                continue;
            }
            addJunk(items, junkStart, at);
            BibItem item = item(at, type);
            items.add(item);
            listener.accept(item);
            junkStart = pos;
        }
    }

    private void addJunk(List<BibItem> items, int start, int end) {
        if (end > start) {
            items.add(new BibItem.Junk(new Span(start, end)));
        }
    }

    private BibItem item(int start, String type) throws BibSyntaxException {
        char open = text.charAt(pos);
        char close = open == '{' ? '}' : ')';
        String kind = type.toLowerCase(Locale.ROOT);
        if (kind.equals("comment")) {
            int contentStart = pos + 1;
            skipBalanced(open, close);
            return new BibItem.Comment(text.substring(contentStart, pos - 1), new Span(start, pos));
        }
        pos++;
        skipWhitespace();
        if (kind.equals("preamble")) {
            List<ValuePart> value = value("@preamble");
            closeItem(close, "@preamble");
            return new BibItem.Preamble(value, new Span(start, pos));
        }
        if (kind.equals("string")) {
            String name = identifier();
            if (name.isEmpty()) {
                throw error(pos, "expected a macro name after @string, found " + describe(pos));
            }
            skipWhitespace();
            expect('=', "expected '=' after @string name '" + name + "'");
            List<ValuePart> value = value("@string " + name);
            closeItem(close, "@string " + name);
            return new BibItem.StringDefinition(name, value, new Span(start, pos));
        }
        return entry(start, type, open, close);
    }

    private BibItem.Entry entry(int start, String type, char open, char close) throws BibSyntaxException {
        int keyStart = pos;
        while (pos < text.length() && !isKeyEnd(text.charAt(pos), close)) {
            pos++;
        }
        String key = text.substring(keyStart, pos);
        if (key.isEmpty()) {
            throw error(keyStart, "expected a citation key after '@" + type + open + "'");
        }
        skipWhitespace();
        List<BibField> fields = new ArrayList<>();
        while (true) {
            if (pos >= text.length()) {
                throw error(start, "entry '" + key + "' is never closed (missing '" + close + "')");
            }
            char c = text.charAt(pos);
            if (c == close) {
                pos++;
                return new BibItem.Entry(type, key, fields, new Span(start, pos), open);
            }
            if (c != ',') {
                String after = fields.isEmpty() ? "the key '" + key + "'"
                        : "the value of field '" + fields.get(fields.size() - 1).name() + "'";
                throw error(pos, "expected ',' or '" + close + "' after " + after + ", found " + describe(pos));
            }
            pos++;
            skipWhitespace();
            if (pos >= text.length()) {
                throw error(start, "entry '" + key + "' is never closed (missing '" + close + "')");
            }
            if (text.charAt(pos) == close) {
                continue;
            }
            fields.add(field(key));
            skipWhitespace();
        }
    }

    private BibField field(String key) throws BibSyntaxException {
        int nameStart = pos;
        String name = identifier();
        if (name.isEmpty()) {
            throw error(pos, "expected a field name in entry '" + key + "', found " + describe(pos));
        }
        skipWhitespace();
        expect('=', "expected '=' after field name '" + name + "' in entry '" + key + "'");
        int valueStart = pos;
        List<ValuePart> value = value("field '" + name + "' of entry '" + key + "'");
        return new BibField(name, value, new Span(nameStart, pos), new Span(valueStart, pos));
    }

    /** Parses {@code part (# part)*}, leaving the cursor right after the last part. */
    private List<ValuePart> value(String what) throws BibSyntaxException {
        List<ValuePart> parts = new ArrayList<>();
        while (true) {
            parts.add(valuePart(what));
            int afterPart = pos;
            skipWhitespace();
            if (pos < text.length() && text.charAt(pos) == '#') {
                pos++;
                skipWhitespace();
            } else {
                pos = afterPart;
                return parts;
            }
        }
    }

    private ValuePart valuePart(String what) throws BibSyntaxException {
        if (pos >= text.length()) {
            throw error(pos, "expected a value for " + what + ", found the end of the file");
        }
        char c = text.charAt(pos);
        int start = pos;
        if (c == '{') {
            skipBalanced('{', '}');
            return new ValuePart.Braced(text.substring(start + 1, pos - 1));
        }
        if (c == '"') {
            pos++;
            int depth = 0;
            while (pos < text.length() && (text.charAt(pos) != '"' || depth > 0)) {
                char d = text.charAt(pos);
                depth += d == '{' ? 1 : d == '}' ? -1 : 0;
                if (depth < 0) {
                    throw error(pos, "unbalanced '}' in the quoted value of " + what);
                }
                pos++;
            }
            if (pos >= text.length()) {
                throw error(start, "the quoted value of " + what + " is never closed (missing '\"')");
            }
            pos++;
            return new ValuePart.Quoted(text.substring(start + 1, pos - 1));
        }
        if (Character.isDigit(c)) {
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            return new ValuePart.Number(text.substring(start, pos));
        }
        String macro = identifier();
        if (macro.isEmpty()) {
            throw error(pos, "expected a value for " + what + ", found " + describe(pos));
        }
        return new ValuePart.Macro(macro);
    }

    private void skipBalanced(char open, char close) throws BibSyntaxException {
        int start = pos;
        int depth = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == open) {
                depth++;
            } else if (c == close && --depth == 0) {
                return;
            }
        }
        throw error(start, "this '" + open + "' is never closed (missing '" + close + "')");
    }

    /** Ends the item at its closing delimiter, as an entry ends: what follows belongs to the next item or junk. */
    private void closeItem(char close, String what) throws BibSyntaxException {
        skipWhitespace();
        if (pos >= text.length() || text.charAt(pos) != close) {
            throw error(pos, "expected '" + close + "' to close " + what + ", found " + describe(pos));
        }
        pos++;
    }

    private void expect(char expected, String message) throws BibSyntaxException {
        if (pos >= text.length() || text.charAt(pos) != expected) {
            throw error(pos, message + ", found " + describe(pos));
        }
        pos++;
        skipWhitespace();
    }

    private String identifier() {
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c) || NON_IDENTIFIER.indexOf(c) >= 0) {
                break;
            }
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
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '%') {
                while (pos < text.length() && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
                    pos++;
                }
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else {
                return;
            }
        }
    }

    /** An '@' after a '%' on its line is commented out, as biber and JabRef read it: "%% @BOOKLET{,". */
    private boolean commentedOut(int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return false;
            }
            if (c == '%') {
                return true;
            }
        }
        return false;
    }

    private String describe(int offset) {
        if (offset >= text.length()) {
            return "the end of the file";
        }
        char c = text.charAt(offset);
        return c == '\n' || c == '\r' ? "a line break" : "'" + c + "'";
    }

    private BibSyntaxException error(int offset, String problem) {
        int[] position = TextPosition.of(text, offset);
        return new BibSyntaxException(source, position[0], position[1], problem);
    }
}
