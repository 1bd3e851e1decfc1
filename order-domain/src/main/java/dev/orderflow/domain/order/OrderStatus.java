package dev.orderflow.domain.order;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of an order. Each status names the statuses it may follow; the repositories turn that
 * list into a DynamoDB condition, so a transition that is invalid here is also refused by the table,
 * whatever order events arrive in.
 */
public enum OrderStatus {
    PENDING,
    RESERVED,
    REJECTED,
    CONFIRMED,
    PAYMENT_FAILED,
    REFUNDED,
    NEEDS_ATTENTION;

    /** The statuses from which an order may move to this one; empty for the initial status. */
    public Set<OrderStatus> predecessors() {
        return switch (this) {
            case PENDING -> EnumSet.noneOf(OrderStatus.class);
            case RESERVED, REJECTED -> EnumSet.of(PENDING);
            case CONFIRMED, PAYMENT_FAILED -> EnumSet.of(RESERVED);
            case REFUNDED -> EnumSet.of(CONFIRMED);
            // The dead-letter processor flags orders whose flow stopped before a final state.
            case NEEDS_ATTENTION -> EnumSet.of(PENDING, RESERVED);
        };
    }

    public boolean canMoveTo(OrderStatus next) {
        return next.predecessors().contains(this);
    }

    /** A status no event moves an order out of (a refund is a request, not an event). */
    public boolean isFinal() {
        return this == REJECTED || this == CONFIRMED || this == PAYMENT_FAILED
                || this == REFUNDED || this == NEEDS_ATTENTION;
    }
}
