package dev.orderflow.domain.events;

/** An event a consumer cannot act on; thrown so that the event is retried and then dead-lettered. */
public final class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }
}
