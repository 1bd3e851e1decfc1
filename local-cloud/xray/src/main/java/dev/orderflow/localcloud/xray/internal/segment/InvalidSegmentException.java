package dev.orderflow.localcloud.xray.internal.segment;

/** A document X-Ray would not accept; {@code code} and the message end up in UnprocessedTraceSegments. */
public final class InvalidSegmentException extends Exception {

    private final String code;
    private final String segmentId;

    public InvalidSegmentException(String code, String message, String segmentId) {
        super(message, null, false, false);
        this.code = code;
        this.segmentId = segmentId;
    }

    public String code() {
        return code;
    }

    /** The document's id when it could be read, else null. */
    public String segmentId() {
        return segmentId;
    }
}
