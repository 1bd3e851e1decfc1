package dev.orderflow.localcloud.xray.internal.segment;

/** A {@code links} entry: the segment (or subsegment) of another trace this one follows from. */
public record Link(String traceId, String id) {
}
