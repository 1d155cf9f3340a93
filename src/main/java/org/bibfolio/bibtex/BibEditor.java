package org.bibfolio.bibtex;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Edits a library's text in place: each operation rewrites only the characters of the entry or field it touches
 * and copies everything else (comments, {@code @string}s, layout, line endings) untouched, then parses the result
 * again, so the next operation sees fresh positions and a bug can never produce text that is not BibTeX.
 */
public final class BibEditor {

    private BibFile file;

    public BibEditor(BibFile file) {
        this.file = file;
    }

    public BibFile file() {
        return file;
    }

    public String text() {
        return file.text();
    }

    /** The first entry with this key; keys are case-insensitive in BibTeX. */
    public Optional<BibItem.Entry> entry(String key) {
        return file.entries().filter(e -> e.key().equalsIgnoreCase(key)).findFirst();
    }

    /**
     * Appends an entry after a blank line. The separator is chosen so that {@link #remove} of the same entry gives
     * back the text before, byte for byte, whether or not it ended with a line break.
     */
    public BibEditor append(String entryText) {
        String text = file.text();
        String newline = FileStyle.newline(text);
        if (text.endsWith("\r") && newline.equals("\n")) {
            // A lone CR at the end followed by our LF would read as one CRLF, and remove() could not undo it.
            newline = "\r\n";
        }
        if (text.isEmpty()) {
            return replace(0, 0, entryText + newline);
        }
        String insert = breakBefore(text, text.length()) > 0 ? newline + entryText + newline
                : newline + newline + entryText;
        return replace(text.length(), text.length(), insert);
    }

    /** Removes an entry with the lines it stood on and one blank line that separated it from its neighbours. */
    public BibEditor remove(String key) {
        BibItem.Entry entry = require(key);
        String text = file.text();
        int start = entry.span().start();
        int end = entry.span().end();
        Optional<String> indent = FileStyle.lineIndent(text, start);
        int lineEnd = skipBlanks(text, end);
        int lineBreak = breakAt(text, lineEnd);
        if (indent.isEmpty() || (lineBreak == 0 && lineEnd < text.length())) {
            return replace(start, end, "");
        }
        start -= indent.get().length();
        end = lineEnd + lineBreak;
        if (lineBreak == 0) {
            for (int i = 0; i < 2 && breakBefore(text, start) > 0; i++) {
                start -= breakBefore(text, start);
            }
        } else if (isBlankLineBefore(text, start) && (end == text.length() || breakAt(text, end) > 0)) {
            start -= breakBefore(text, start);
        } else if (start == 0) {
            end += breakAt(text, end);
        }
        return replace(start, end, "");
    }

    /** Sets a field to {@code value} (BibTeX value syntax, delimiters included), adding it if absent. */
    public BibEditor set(String key, String fieldName, String value) {
        BibItem.Entry entry = require(key);
        Optional<BibField> existing = entry.field(fieldName);
        if (existing.isPresent()) {
            Span span = existing.get().valueSpan();
            return replace(span.start(), span.end(), value);
        }
        return insertField(entry, new EntryFormatter.FieldText(fieldName, value));
    }

    /** Changes an entry's type, written in the case the entry's type was written in ({@code @Misc} → {@code @Article}). */
    public BibEditor setType(String key, String type) {
        BibItem.Entry entry = require(key);
        int start = file.text().indexOf(entry.type(), entry.span().start());
        return replace(start, start + entry.type().length(), FileStyle.LetterCase.of(entry.type()).apply(type));
    }

    /** Removes every occurrence of a field, with its line when it had one to itself. */
    public BibEditor unset(String key, String fieldName) {
        Optional<BibField> field = require(key).field(fieldName);
        while (field.isPresent()) {
            removeField(require(key), field.get());
            field = require(key).field(fieldName);
        }
        return this;
    }

    /** The style in which a value for this entry should be written. */
    public FileStyle styleOf(String key) {
        return FileStyle.of(file, require(key));
    }

    private BibItem.Entry require(String key) {
        return entry(key).orElseThrow(() -> new IllegalArgumentException("no entry " + key));
    }

    private BibEditor insertField(BibItem.Entry entry, EntryFormatter.FieldText field) {
        String text = file.text();
        FileStyle style = FileStyle.of(file, entry);
        String line = new EntryFormatter(style).field(field);
        List<BibField> fields = entry.fields();
        int rank = rank(style, field.name());
        // never before the entry's first field (its author or title, as the owner chose): a field the file's order
        // ranks first (Zotero's issn) would otherwise open the entry
        for (BibField next : fields.subList(Math.min(1, fields.size()), fields.size())) {
            Optional<String> indent = FileStyle.lineIndent(text, next.span().start());
            if (rank(style, next.normalizedName()) > rank && indent.isPresent()) {
                String withoutIndent = line.substring(style.indent().length());
                return replace(next.span().start(), next.span().start(),
                        withoutIndent + "," + style.newline() + indent.get());
            }
        }
        if (fields.isEmpty()) {
            int keyEnd = text.indexOf(entry.key(), entry.span().start()) + entry.key().length();
            return replace(keyEnd, keyEnd, "," + style.newline() + line + style.newline());
        }
        BibField last = fields.get(fields.size() - 1);
        if (FileStyle.followedByComma(text, last)) {
            int comma = text.indexOf(',', last.span().end()) + 1;
            return replace(comma, comma, style.newline() + line + ",");
        }
        return replace(last.span().end(), last.span().end(), "," + style.newline() + line);
    }

    private void removeField(BibItem.Entry entry, BibField field) {
        String text = file.text();
        if (!FileStyle.followedByComma(text, field)) {
            int index = entry.fields().indexOf(field);
            int previousEnd = index > 0 ? entry.fields().get(index - 1).span().end()
                    : text.indexOf(entry.key(), entry.span().start()) + entry.key().length();
            replace(previousEnd, field.span().end(), "");
            return;
        }
        int start = field.span().start();
        int end = skipBlanks(text, text.indexOf(',', field.span().end()) + 1);
        Optional<String> indent = FileStyle.lineIndent(text, start);
        int lineBreak = breakAt(text, end);
        if (indent.isPresent() && lineBreak > 0) {
            start -= indent.get().length();
            end += lineBreak;
        }
        replace(start, end, "");
    }

    private static int rank(FileStyle style, String name) {
        int known = style.fieldOrder().indexOf(name.toLowerCase(Locale.ROOT));
        return known >= 0 ? known : Integer.MAX_VALUE;
    }

    private BibEditor replace(int start, int end, String replacement) {
        String text = file.text();
        String edited = text.substring(0, start) + replacement + text.substring(end);
        try {
            file = (start == text.length() ? BibParser.parseAppended(file, edited)
                    : BibParser.parse(file.source(), edited, file.charset())).requireWellFormed();
        } catch (BibSyntaxException e) {
            throw new IllegalStateException("an edit produced invalid BibTeX: " + e.getMessage(), e);
        }
        return this;
    }

    private static boolean isBlankLineBefore(String text, int lineStart) {
        int first = breakBefore(text, lineStart);
        return first > 0 && breakBefore(text, lineStart - first) > 0;
    }

    private static int skipBlanks(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** Length of the line break ending right before {@code pos}: 2 for CRLF, 1 for LF or CR, else 0. */
    static int breakBefore(String text, int pos) {
        if (pos >= 2 && text.startsWith("\r\n", pos - 2)) {
            return 2;
        }
        return pos >= 1 && (text.charAt(pos - 1) == '\n' || text.charAt(pos - 1) == '\r') ? 1 : 0;
    }

    /** Length of the line break starting at {@code pos}. */
    static int breakAt(String text, int pos) {
        if (text.startsWith("\r\n", pos)) {
            return 2;
        }
        return pos < text.length() && (text.charAt(pos) == '\n' || text.charAt(pos) == '\r') ? 1 : 0;
    }
}
