package dev.orderflow.domain.order;

/** A write that accompanied a transition failed its condition: usually a duplicate got there first. */
public final class ConditionFailedException extends RuntimeException {

    public ConditionFailedException(String message) {
        super(message);
    }
}
