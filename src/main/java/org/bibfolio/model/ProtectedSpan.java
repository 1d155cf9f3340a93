package org.bibfolio.model;

/**
 * Characters {@code [start, end)} of a decoded text whose letter case must stay as written: a name or acronym the
 * author protected ("SGD", "Deutsche"), so a style that changes the case of titles leaves them alone.
 */
public record ProtectedSpan(int start, int end) {

    public boolean covers(int index) {
        return index >= start && index < end;
    }
}
