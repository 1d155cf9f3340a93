package org.bibfolio.bibtex;

import java.util.OptionalInt;

/**
 * A macro expansion would pass {@link MacroTable#LIMIT}: hostile or broken data ({@code @string{s1 = s0 # s0}}
 * doubled 31 times), refused before it can exhaust memory. Unchecked, as it can arise wherever values are resolved;
 * {@link LibraryReader} turns it into a located {@link BibSyntaxException}.
 */
public final class ExpansionLimitException extends RuntimeException {

    private final int offset;

    /** {@code offset} is where the offending text starts in the file, or -1 when the caller knows it. */
    ExpansionLimitException(String message, int offset) {
        super(message, null, false, false);
        this.offset = offset;
    }

    /** Where the offending text starts in the file, if known. */
    public OptionalInt offset() {
        return offset < 0 ? OptionalInt.empty() : OptionalInt.of(offset);
    }

    /** The same problem, located at {@code offset} (a field's value) when no position is known yet. */
    ExpansionLimitException at(int fallbackOffset) {
        return offset >= 0 ? this : new ExpansionLimitException(getMessage(), fallbackOffset);
    }
}
