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
                    int at = text.isEmpty() ? -1 : locate(decoded, text, raw.substring(0, groupStart), searchFrom);
                    if (at >= 0) {
                        spans.add(new ProtectedSpan(at, at + text.length()));
                        searchFrom = at + text.length();
                    }
                }
            }
        }
        return spans;
    }

    /**
     * Where the group's text stands in the decoded title: looked for from where the text before the group ends
     * when decoded, so "{M}" in "Methods for Nonsmooth {M}-Estimation" is the second M, not the first; from the
     * previous group on, should decoding the text before it alone come out longer than it does in the whole.
     */
    private static int locate(String decoded, String text, String rawBefore, int searchFrom) {
        int estimate = Math.max(searchFrom, LatexDecoder.decode(rawBefore).length() - 1);
        int at = decoded.indexOf(text, estimate);
        return at >= 0 ? at : decoded.indexOf(text, searchFrom);
    }
}
