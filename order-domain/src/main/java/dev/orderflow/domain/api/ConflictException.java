package dev.orderflow.domain.api;

/** A well-formed request that the current state forbids: answered 409, naming what conflicts. */
public final class ConflictException extends RuntimeException {

    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
