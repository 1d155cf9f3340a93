package org.bibfolio.style;

/**
 * What follows the names of editors or translators who stand in for absent authors, as CSL's {@code <substitute>}
 * and {@code <label>} write them ("M. Ortiz & J. Roe (Eds.)"): an edited volume or a translation without an author
 * still names the people who made it, the owner among them.
 */
public record RoleLabels(String editor, String editors, String translator, String translators) {

    public static final RoleLabels DEFAULT = new RoleLabels("(Ed.)", "(Eds.)", "(Trans.)", "(Trans.)");

    /** The label for {@code count} editors or translators. */
    String editors(int count) {
        return count == 1 ? editor : editors;
    }

    String translators(int count) {
        return count == 1 ? translator : translators;
    }
}
