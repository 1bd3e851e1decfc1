package dev.orderflow.localcloud.xray.platform;

import java.util.Optional;

/**
 * A link from a segment to the segment of another trace it follows from: for SQS, the sender's
 * trace and the subsegment that sent the message, read from the message's {@code AWSTraceHeader}.
 */
public record TraceLink(String traceId, String id) {

    /** The link an {@code AWSTraceHeader} attribute gives; empty when it has no Root or no Parent. */
    public static Optional<TraceLink> fromTraceHeader(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String root = null;
        String parent = null;
        for (String part : header.split(";")) {
            String[] pair = part.trim().split("=", 2);
            if (pair.length == 2 && pair[0].equals("Root")) {
                root = pair[1];
            } else if (pair.length == 2 && pair[0].equals("Parent")) {
                parent = pair[1];
            }
        }
        boolean valid = root != null && root.matches("1-[0-9a-fA-F]{8}-[0-9a-fA-F]{24}")
                && parent != null && parent.matches("[0-9a-fA-F]{16}");
        return valid ? Optional.of(new TraceLink(root, parent)) : Optional.empty();
    }
}
