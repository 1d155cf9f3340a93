package org.bibfolio.app;

import java.util.Optional;

/**
 * One problem {@code bibfolio check} found, where editors can jump to it: {@code file:line:col: error: message}.
 * {@code rule} has a stable id (duplicate-key, owner-name…) for scripts; {@code key} is the entry it is about, when
 * it is about one; the message is for people.
 */
public record Finding(String file, int line, int column, CheckRule rule, Optional<String> key, String message) {

    public enum Severity {
        ERROR, WARNING;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Severity severity() {
        return rule.severity();
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + severity().label() + ": " + message;
    }
}
