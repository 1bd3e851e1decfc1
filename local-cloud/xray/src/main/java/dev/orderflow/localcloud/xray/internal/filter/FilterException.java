package dev.orderflow.localcloud.xray.internal.filter;

/** A filter expression that cannot be read, or that uses a part of the language not supported here. */
public final class FilterException extends Exception {

    public FilterException(String message) {
        super(message, null, false, false);
    }
}
