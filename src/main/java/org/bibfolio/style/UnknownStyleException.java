package org.bibfolio.style;

/** No house style or CSL style has that name: a usage error, answered with the names that exist. */
public final class UnknownStyleException extends StyleException {

    public UnknownStyleException(String message) {
        super(message);
    }
}
