package org.bibfolio.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.bibfolio.app.Finding.Severity;
import org.bibfolio.bibtex.BibField;
import org.bibfolio.bibtex.BibFile;
import org.bibfolio.bibtex.TextPosition;
import org.bibfolio.bibtex.BibItem;
import org.bibfolio.bibtex.BibSyntaxException;
import org.bibfolio.bibtex.LibraryReader;
import org.bibfolio.bibtex.MacroTable;
import org.bibfolio.bibtex.NameParser;
import org.bibfolio.bibtex.RequiredFields;
import org.bibfolio.bibtex.ValuePart;
import org.bibfolio.model.PersonName;
import org.bibfolio.model.Publication;

/**
 * {@code bibfolio check}: what is wrong with a library, each finding with its {@code file:line:col}. Errors are
 * what breaks a CV or a BibTeX run; warnings are what is probably a mistake (the same arXiv paper twice can be the
 * conference and the journal version).
 */
public final class LibraryCheck {

    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");
    private static final Pattern DOI_PREFIX = Pattern.compile("^(?i)(https?://(dx\\.)?doi\\.org/|doi:\\s*)");
    private static final Pattern ARXIV = Pattern.compile("(?i)(arxiv:)?(\\d{4}\\.\\d{4,5}|[a-z-]+(\\.[A-Z]{2})?"
            + "/\\d{7})(v\\d+)?");

    private final List<Finding> findings = new ArrayList<>();
    /** The @strings defined so far, as BibTeX sees them while reading top to bottom. */
    private final MacroTable macroValues = new MacroTable();
    private BibFile file;
    private TextPosition positions;

    private LibraryCheck() {
    }

    /** Every finding, in file order; a syntax error stops the check, as nothing after it can be trusted. */
    public static List<Finding> run(Path path, String displayName) throws IOException {
        LibraryCheck check = new LibraryCheck();
        try {
            check.check(LibraryReader.read(path, displayName));
        } catch (BibSyntaxException e) {
            check.findings.add(new Finding(e.source(), e.line(), e.column(), Severity.ERROR, "syntax", e.problem()));
        }
        return List.copyOf(check.findings);
    }

    private void check(LibraryReader.Loaded library) {
        file = library.file();
        positions = file.positions();
        List<BibItem.Entry> entries = file.entries().toList();
        List<Publication> publications = library.library().publications();
        Map<String, BibItem.Entry> byKey = new HashMap<>();
        Map<String, Publication> byIdentity = new HashMap<>();
        OwnerNameCheck owner = new OwnerNameCheck(library.library().owner(), library.settings().value("not-owner")
                .map(names -> NameParser.parse(names).names()).orElse(List.of()));
        Set<String> macros = new HashSet<>(MacroTable.MONTH_MACROS);
        Set<String> keys = new HashSet<>();
        entries.forEach(e -> keys.add(e.key().toLowerCase(Locale.ROOT)));
        int index = 0;
        LatexCommandCheck latexCommands = new LatexCommandCheck(library);
        for (BibItem item : file.items()) {
            if (item instanceof BibItem.StringDefinition definition) {
                undefinedMacros(definition.value(), definition.span().start(), macros);
                macros.add(definition.name().toLowerCase(Locale.ROOT));
                macroValues.define(definition);
            } else if (item instanceof BibItem.Entry entry) {
                Publication publication = publications.get(index++);
                BibItem.Entry first = byKey.putIfAbsent(entry.key().toLowerCase(Locale.ROOT), entry);
                if (first != null) {
                    add(entry.span().start(), Severity.ERROR, "duplicate-key", "duplicate key '" + entry.key()
                            + "' (first used at line " + line(first.span().start()) + "); BibTeX ignores this entry");
                    continue;
                }
                duplicatePaper(entry, publication, byIdentity, byKey);
                entry.fields().forEach(field -> undefinedMacros(field.value(), field.valueSpan().start(), macros));
                fields(entry, publication, keys);
                people(entry, owner);
                findings.addAll(latexCommands.findings(entry));
            }
        }
    }

    private void duplicatePaper(BibItem.Entry entry, Publication publication, Map<String, Publication> byIdentity,
                                Map<String, BibItem.Entry> byKey) {
        for (String identity : DuplicatePapers.identities(publication)) {
            Publication earlier = byIdentity.putIfAbsent(identity, publication);
            if (earlier != null) {
                BibItem.Entry other = byKey.get(earlier.key().toLowerCase(Locale.ROOT));
                add(entry.span().start(), identity.startsWith("doi:") ? Severity.ERROR : Severity.WARNING,
                        "duplicate-paper", entry.key() + " repeats " + earlier.key() + " (line "
                                + line(other.span().start()) + "): " + DuplicatePapers.describe(identity, publication));
                return;
            }
        }
    }

    private void fields(BibItem.Entry entry, Publication publication, Set<String> keys) {
        List<String> missing = RequiredFields.missing(entry.type(), publication.fields());
        if (!missing.isEmpty()) {
            add(entry.span().start(), Severity.ERROR, "missing-field", entry.key() + ": @"
                    + entry.normalizedType() + " needs " + String.join(", ", missing));
        }
        entry.field("month").filter(m -> MacroTable.monthNumber(text(m)).isEmpty()).ifPresent(m ->
                add(m.valueSpan().start(), Severity.ERROR, "month", "unknown month '" + text(m)
                        + "'; use jan … dec or 1 … 12"));
        entry.field("doi").filter(d -> !DOI.matcher(DOI_PREFIX.matcher(text(d)).replaceFirst("")).matches())
                .ifPresent(d -> add(d.valueSpan().start(), Severity.ERROR, "doi", "malformed DOI '" + text(d)
                        + "'; a DOI looks like 10.1016/j.acha.2021.12.009"));
        boolean arxivEprint = entry.field("eprinttype").or(() -> entry.field("archiveprefix"))
                .map(f -> text(f).equalsIgnoreCase("arxiv")).orElse(false);
        Optional<BibField> arxiv = arxivEprint ? entry.field("eprint") : entry.field("arxiv");
        arxiv.filter(a -> !ARXIV.matcher(text(a)).matches()).ifPresent(a -> add(a.valueSpan().start(),
                Severity.ERROR, "arxiv", "malformed arXiv id '" + text(a) + "'; an id looks like 2505.08277 or "
                        + "math.PR/0601001"));
        entry.field("crossref").filter(c -> !keys.contains(text(c).toLowerCase(Locale.ROOT))).ifPresent(c ->
                add(c.valueSpan().start(), Severity.ERROR, "crossref", entry.key() + " cross-references '"
                        + text(c) + "', which is not in the library"));
    }

    private void people(BibItem.Entry entry, OwnerNameCheck owner) {
        for (String role : List.of("author", "editor")) {
            Optional<BibField> field = entry.field(role);
            if (field.isEmpty()) {
                continue;
            }
            String raw = macroValues.resolve(field.get().value());
            for (PersonName name : NameParser.parse(raw).names()) {
                owner.lookalike(name).ifPresent(variant -> {
                    int at = field.get().valueSpan().of(file.text()).indexOf(name.last());
                    add(field.get().valueSpan().start() + Math.max(at, 0), Severity.ERROR, "owner-name", role
                            + " '" + OwnerNameCheck.written(name) + "' looks like the owner '"
                            + OwnerNameCheck.written(variant) + "' but is not one of the owner's names; fix the "
                            + "spelling, or add it to 'owner = …' ('not-owner = …' if it is someone else)");
                });
            }
        }
    }

    private void undefinedMacros(List<ValuePart> value, int offset, Set<String> defined) {
        for (ValuePart part : value) {
            if (part instanceof ValuePart.Macro macro && !defined.contains(macro.name().toLowerCase(Locale.ROOT))) {
                add(offset, Severity.ERROR, "undefined-string", "@string '" + macro.name()
                        + "' is used but not defined before this point");
            }
        }
    }

    private String text(BibField field) {
        return macroValues.resolve(field.value()).replace("{", "").replace("}", "").strip();
    }

    private int line(int offset) {
        return positions.of(offset)[0];
    }

    private void add(int offset, Severity severity, String rule, String message) {
        int[] position = positions.of(offset);
        findings.add(new Finding(file.source(), position[0], position[1], severity, rule, message));
    }
}
