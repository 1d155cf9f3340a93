package org.bibfolio.app;

/**
 * One problem {@code bibfolio check} found, where editors can jump to it: {@code file:line:col: error: message}.
 * {@code rule} is a stable id (duplicate-key, owner-name…) for scripts; the message is for people.
 */
public record Finding(String file, int line, int column, Severity severity, String rule, String message) {

    public enum Severity {
        ERROR, WARNING;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + severity.label() + ": " + message;
    }
}
