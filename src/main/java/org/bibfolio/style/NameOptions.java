package org.bibfolio.style;

/**
 * How a style writes author lists.
 *
 * @param form          {@code initials-first} ("L. Zhu"), {@code family-first} ("Zhu, L.") or {@code full} ("Libin Zhu")
 * @param delimiter     between names
 * @param lastDelimiter before the last of three or more names
 * @param twoDelimiter  between exactly two names
 * @param owner         how the owner's name is set: {@code strong}, {@code emph} or {@code none}
 * @param etAlMin       lists this long or longer are cut to {@code etAlUseFirst} names and "et al."; 0 never cuts
 * @param etAlUseFirst  how many names stay before "et al."
 * @param etAlOwner     when "et al." would hide the owner: {@code extend} (show the names up to the owner, then "et
 *                      al."), {@code full} (every name) or {@code style} (cut as the style says); see {@link NameCut}
 * @param marks         what is set after the names of equal contributors and corresponding authors
 * @param roles         what follows editors or translators who stand in for absent authors ("(Eds.)")
 */
public record NameOptions(String form, String delimiter, String lastDelimiter, String twoDelimiter, String owner,
                          int etAlMin, int etAlUseFirst, String etAlOwner, AuthorMarks marks, RoleLabels roles) {

    public static final NameOptions DEFAULT = new NameOptions("initials-first", ", ", ", & ", " & ", "strong", 0, 1,
            NameCut.EXTEND, AuthorMarks.DEFAULT, RoleLabels.DEFAULT);
}
