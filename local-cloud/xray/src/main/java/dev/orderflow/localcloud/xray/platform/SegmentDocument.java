package dev.orderflow.localcloud.xray.platform;

/** A segment document ready to send: its id, its trace and the JSON text. */
public record SegmentDocument(String id, String traceId, String json) {
}
