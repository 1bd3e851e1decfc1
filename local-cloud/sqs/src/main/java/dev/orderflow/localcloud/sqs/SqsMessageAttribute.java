package dev.orderflow.localcloud.sqs;

import java.util.Objects;

/** A message attribute the local cloud sets (EventBridge's and Lambda's dead-letter attributes): String or Number. */
public record SqsMessageAttribute(String dataType, String value) {

    public SqsMessageAttribute {
        Objects.requireNonNull(dataType, "dataType");
        Objects.requireNonNull(value, "value");
    }

    public static SqsMessageAttribute string(String value) {
        return new SqsMessageAttribute("String", value);
    }

    public static SqsMessageAttribute number(long value) {
        return new SqsMessageAttribute("Number", Long.toString(value));
    }
}
