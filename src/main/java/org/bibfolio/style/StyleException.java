package org.bibfolio.style;

/** A style that cannot be found or read; the message is one line for the user. */
public class StyleException extends Exception {

    public StyleException(String message) {
        super(message);
    }
}
