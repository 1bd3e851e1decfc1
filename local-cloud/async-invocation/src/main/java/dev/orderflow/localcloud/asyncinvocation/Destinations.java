package dev.orderflow.localcloud.asyncinvocation;

import dev.orderflow.localcloud.trace.TraceHeader;
import java.util.Map;

/** Sends invocation records and dead letters to a destination ARN (an SQS queue, another function, a bus). */
@FunctionalInterface
public interface Destinations {

    /**
     * @param attributes message attributes (the dead-letter queue's RequestID, ErrorCode, ErrorMessage), or empty
     * @throws RuntimeException when the destination did not take the message
     */
    void send(String destinationArn, String body, Map<String, Attribute> attributes, TraceHeader trace);

    /** A message attribute: {@code String} or {@code Number}. */
    record Attribute(String dataType, String value) {
    }
}
