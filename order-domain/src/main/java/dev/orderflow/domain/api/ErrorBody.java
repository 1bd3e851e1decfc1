package dev.orderflow.domain.api;

import java.util.List;

/** The body of every error answer: a sentence, the fields at fault, and the request to quote to support. */
public record ErrorBody(String message, List<FieldError> errors, String requestId) {
}
