package dev.orderflow.domain.api;

import java.util.List;

/** A request the caller must fix: answered 400 with every field error at once. */
public final class ValidationException extends RuntimeException {

    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(summary(errors));
        this.errors = List.copyOf(errors);
    }

    public static ValidationException of(String field, String message) {
        return new ValidationException(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    private static String summary(List<FieldError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("A validation failure needs at least one field error");
        }
        return errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : "Request has " + errors.size() + " invalid fields";
    }
}
