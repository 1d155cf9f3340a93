package org.bibfolio.app;

import org.bibfolio.app.Finding.Severity;

/**
 * What {@code check} looks for, each with a stable id for scripts and its severity. An error is what BibTeX or
 * biber rejects or what loses data (a broken entry, which both skip; a repeated key, whose second entry BibTeX
 * ignores; a crossref to no entry, whose inherited fields are lost); a warning is what is probably a mistake but
 * still works, as BibTeX itself warns (an undefined {@code @string}, which may come from another .bib file, a
 * missing required field, an unknown type, which the styles print as {@code @misc}). Every rule but {@code owner-name} also guards writes: {@code add},
 * {@code edit} and {@code status} refuse an entry that would newly break one, unless forced (see {@link WriteCheck}).
 */
public enum CheckRule {
    SYNTAX("syntax", Severity.ERROR),
    DUPLICATE_KEY("duplicate-key", Severity.ERROR),
    CROSSREF("crossref", Severity.ERROR),
    UNDEFINED_STRING("undefined-string", Severity.WARNING),
    DUPLICATE_PAPER("duplicate-paper", Severity.WARNING),
    ENTRY_TYPE("entry-type", Severity.WARNING),
    MISSING_FIELD("missing-field", Severity.WARNING),
    YEAR("year", Severity.WARNING),
    MONTH("month", Severity.WARNING),
    DOI("doi", Severity.WARNING),
    ARXIV("arxiv", Severity.WARNING),
    OWNER_NAME("owner-name", Severity.WARNING),
    LATEX_COMMAND("latex-command", Severity.WARNING),
    UNLISTED("unlisted", Severity.WARNING);

    private final String id;
    private final Severity severity;

    CheckRule(String id, Severity severity) {
        this.id = id;
        this.severity = severity;
    }

    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    /**
     * Whether a write that newly breaks this rule is refused (without --force); a misspelt owner, a LaTeX command
     * only some formats can show and an entry no CV list shows only warn.
     */
    boolean guardsWrites() {
        return this != OWNER_NAME && this != LATEX_COMMAND && this != UNLISTED;
    }
}
