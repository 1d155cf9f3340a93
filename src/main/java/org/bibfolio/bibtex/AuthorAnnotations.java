package org.bibfolio.bibtex;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.bibfolio.model.AuthorRole;

/**
 * Reads biblatex's data annotations of the author list, {@code author+an = {1=equal; 2=equal; 4=corresponding}}:
 * 1-based positions, {@code ;} between items, {@code ,} between several annotations of one author. Field- and
 * part-level annotations ({@code =…}, {@code 1:family=…}) and unknown words are ignored, as biblatex styles do.
 */
final class AuthorAnnotations {

    static final String FIELD = "author+an";

    private AuthorAnnotations() {
    }

    /** 0-based author position → roles. */
    static Map<Integer, Set<AuthorRole>> read(Fields fields) {
        Map<Integer, Set<AuthorRole>> roles = new HashMap<>();
        for (String item : fields.text(FIELD).orElse("").split(";")) {
            int equals = item.indexOf('=');
            String position = equals < 0 ? "" : item.substring(0, equals).strip();
            if (!position.matches("\\d{1,4}")) {
                continue;
            }
            for (String word : item.substring(equals + 1).split(",")) {
                AuthorRole.fromId(word).ifPresent(role -> roles.computeIfAbsent(Integer.parseInt(position) - 1,
                        p -> EnumSet.noneOf(AuthorRole.class)).add(role));
            }
        }
        return roles;
    }
}
