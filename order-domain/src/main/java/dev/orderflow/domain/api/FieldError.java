package dev.orderflow.domain.api;

/** One reason a request was refused, naming the field as the caller wrote it ({@code items[2].quantity}). */
public record FieldError(String field, String message) {
}
