package org.bibfolio.bibtex;

import java.util.ArrayList;
import java.util.List;
import org.bibfolio.model.ProtectedSpan;

/**
 * Finds the case-protected parts of a title. In BibTeX a brace group at the top level of a field protects its
 * letters from case changes ({@code {SGD}}, {@code {Deutsche}}), except one that starts with a command, which is a
 * special character ({@code {\'E}mile}) and takes part in case changes. The decoder drops braces, so the raw field
 * is read again here and each protected group located in the decoded text.
 */
final class TitleText {

    private TitleText() {
    }

    /** The spans of {@code decoded} (the decoded {@code raw}) that the raw text protects, in order. */
    static List<ProtectedSpan> protectedSpans(String raw, String decoded) {
        List<ProtectedSpan> spans = new ArrayList<>();
        int searchFrom = 0;
        int depth = 0;
        int groupStart = -1;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\') {
                i++; // an escaped brace neither opens nor closes a group
            } else if (c == '{') {
                if (depth == 0) {
                    groupStart = i;
                }
                depth++;
            } else if (c == '}' && depth > 0) {
                depth--;
                if (depth == 0 && groupStart + 1 < raw.length() && raw.charAt(groupStart + 1) != '\\') {
                    String text = LatexDecoder.decode(raw.substring(groupStart + 1, i));
                    int at = text.isEmpty() ? -1 : decoded.indexOf(text, searchFrom);
                    if (at >= 0) {
                        spans.add(new ProtectedSpan(at, at + text.length()));
                        searchFrom = at + text.length();
                    }
                }
            }
        }
        return spans;
    }
}
