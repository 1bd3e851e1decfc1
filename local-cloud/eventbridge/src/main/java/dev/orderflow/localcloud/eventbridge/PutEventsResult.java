package dev.orderflow.localcloud.eventbridge;

/** The result for one entry: an event id, or an error code and message. */
public record PutEventsResult(String eventId, String errorCode, String errorMessage) {

    public static PutEventsResult accepted(String eventId) {
        return new PutEventsResult(eventId, null, null);
    }

    public static PutEventsResult failed(String errorCode, String errorMessage) {
        return new PutEventsResult(null, errorCode, errorMessage);
    }

    public boolean isFailure() {
        return errorCode != null;
    }
}
