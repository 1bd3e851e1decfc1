package dev.orderflow.localcloud.template;

/** A template the local cloud cannot run; the message names the place in the template. */
public final class TemplateException extends RuntimeException {

    public TemplateException(String message) {
        super(message);
    }

    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
