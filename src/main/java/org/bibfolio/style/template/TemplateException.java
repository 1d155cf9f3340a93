package org.bibfolio.style.template;

/** A template that does not parse; the message names the template and the column. */
public final class TemplateException extends Exception {

    public TemplateException(String message) {
        super(message);
    }
}
