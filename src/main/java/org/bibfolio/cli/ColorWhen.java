package org.bibfolio.cli;

import java.util.Locale;

/** {@code --color}: when to set the owner's name in bold with terminal escapes. */
enum ColorWhen {
    AUTO, ALWAYS, NEVER;

    /** How users type it, and how picocli lists it in help and errors. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** picocli's converter and completion candidates for this option. */
    static final class Choices extends EnumChoices<ColorWhen> {
        Choices() {
            super(ColorWhen.class);
        }
    }
}
