package dev.orderflow.domain.api;

/** The addressed resource does not exist: answered 404. */
public final class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
