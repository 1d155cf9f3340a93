package org.bibfolio.app;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.bibfolio.bibtex.BibField;
import org.bibfolio.bibtex.BibItem;
import org.bibfolio.bibtex.LatexDecoder;
import org.bibfolio.bibtex.LibraryReader;
import org.bibfolio.bibtex.MacroTable;
import org.bibfolio.bibtex.PreambleMacros;

/**
 * {@code check}'s warning for a LaTeX command that bibfolio neither knows nor finds defined in the library's
 * {@code @preamble}: LaTeX output keeps it as written, the other formats show only its arguments, so a CV in
 * Markdown or HTML silently lacks what it prints. One warning per command (one cause), where it is first used, with
 * the number of entries that use it: Beebe's TUGboat bibliography uses {@code \TUB} in hundreds. Fields a CV never
 * shows (abstracts, notes to self, the tables of contents Beebe's book entries carry) are not checked.
 */
final class LatexCommandCheck {

    private static final Set<String> UNSHOWN = Set.of("abstract", "annote", "annotation", "comment", "review",
            "file", "keywords", "url", "doi", "eprint", "pdf", "code", "arxiv", "isbn", "issn", "crossref",
            "tableofcontents", "shorttableofcontents", "listoffigures", "listoftables");

    private final MacroTable macros;
    private final PreambleMacros preamble;

    /**
     * {@code macros}: the library's {@code @string}s as they stand at its end, this check's own (a table is not
     * shared between threads); {@code preamble}: the macros its {@code @preamble}s define.
     */
    LatexCommandCheck(MacroTable macros, PreambleMacros preamble) {
        this.macros = macros;
        this.preamble = preamble;
    }

    /** The macros that {@code library}'s {@code @preamble}s define, for {@link #LatexCommandCheck}. */
    static PreambleMacros preamble(LibraryReader.Loaded library) {
        return PreambleMacros.parse(library.preamble());
    }

    /** Where an unknown command is first used, by which entry, and in how many entries. */
    private static final class FirstUse {
        final int offset;
        final String key;
        final String field;
        final Set<String> entries = new HashSet<>();

        FirstUse(int offset, String key, String field) {
            this.offset = offset;
            this.key = key;
            this.field = field;
        }
    }

    private final Map<String, FirstUse> unknown = new LinkedHashMap<>();

    /** Notes the unknown commands of one entry; {@link #report} says them, once each. */
    void check(BibItem.Entry entry) {
        for (BibField field : entry.fields()) {
            if (UNSHOWN.contains(field.normalizedName())) {
                continue;
            }
            String resolved = macros.resolve(field.value());
            if (resolved.indexOf('\\') < 0) {
                continue; // no backslash, no command: most fields of a big library are not decoded a second time
            }
            for (String command : LatexDecoder.unknownCommands(preamble.expand(resolved))) {
                unknown.computeIfAbsent(command, c -> new FirstUse(field.valueSpan().start(), entry.key(),
                        field.normalizedName())).entries.add(entry.key());
            }
        }
    }

    /**
     * Takes in what a check of the entries after this one's found: each command stays at its first use, and the
     * entries using it are counted across both, so checking a library in parts reports what checking it whole does.
     */
    void addLater(LatexCommandCheck later) {
        later.unknown.forEach((command, use) -> unknown.merge(command, use, (first, next) -> {
            first.entries.addAll(next.entries);
            return first;
        }));
    }

    /** One warning per unknown command, at its first use. */
    void report(Sink sink) {
        unknown.forEach((command, use) -> {
            int more = use.entries.size() - 1;
            sink.add(use.offset, use.key, use.key + ": \\" + command + " in " + use.field + " is a LaTeX command "
                    + "bibfolio does not know" + (more > 0 ? " (" + more + " more entr" + (more == 1 ? "y uses" : "ies use")
                    + " it)" : "") + ": LaTeX output keeps it, other formats show only its argument; define it in "
                    + "@preamble (\\newcommand) to show it everywhere");
        });
    }

    /** Where {@link #report} puts a warning: its offset, the entry it is about, the message. */
    interface Sink {
        void add(int offset, String key, String message);
    }
}
