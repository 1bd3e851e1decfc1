package dev.orderflow.localcloud.xray.platform;

/**
 * An error the function reported to the Runtime API ({@code errorType}, {@code errorMessage}): the
 * function segment and its Invocation subsegment are marked {@code fault} with this cause.
 */
public record FunctionError(String errorType, String errorMessage) {
}
