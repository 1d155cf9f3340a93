package org.bibfolio.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bibfolio.app.Finding.Severity;
import org.bibfolio.bibtex.BibField;
import org.bibfolio.bibtex.BibItem;
import org.bibfolio.bibtex.LatexDecoder;
import org.bibfolio.bibtex.LibraryReader;
import org.bibfolio.bibtex.PreambleMacros;
import org.bibfolio.bibtex.TextPosition;

/**
 * {@code check}'s warning for a LaTeX command that bibfolio neither knows nor finds defined in the library's
 * {@code @preamble}: LaTeX output keeps it as written, the other formats show only its arguments, so a CV in
 * Markdown or HTML silently lacks what it prints. One warning per command and entry, where the field's value starts.
 * Fields a CV never shows (abstracts, notes to self) are not checked.
 */
final class LatexCommandCheck {

    private static final Set<String> UNSHOWN = Set.of("abstract", "annote", "annotation", "comment", "review",
            "file", "keywords", "url", "doi", "eprint", "pdf", "code", "arxiv", "isbn", "issn", "crossref");

    private final LibraryReader.Loaded library;
    private final PreambleMacros preamble;
    private final TextPosition positions;

    LatexCommandCheck(LibraryReader.Loaded library) {
        this.library = library;
        this.preamble = PreambleMacros.parse(library.preamble());
        this.positions = library.file().positions();
    }

    List<Finding> findings(BibItem.Entry entry) {
        List<Finding> findings = new ArrayList<>();
        for (BibField field : entry.fields()) {
            if (UNSHOWN.contains(field.normalizedName())) {
                continue;
            }
            String value = preamble.expand(library.macros().resolve(field.value()));
            for (String command : LatexDecoder.unknownCommands(value)) {
                int[] at = positions.of(field.valueSpan().start());
                findings.add(new Finding(library.file().source(), at[0], at[1], Severity.WARNING, "latex-command",
                        entry.key() + ": \\" + command + " in " + field.normalizedName() + " is a LaTeX command "
                                + "bibfolio does not know: LaTeX output keeps it, other formats show only its "
                                + "argument; define it in @preamble (\\newcommand) to show it everywhere"));
            }
        }
        return findings;
    }
}
