package dev.orderflow.domain.order;

/** An order was asked to move along a transition its status does not allow. */
public final class InvalidTransitionException extends RuntimeException {

    private final OrderStatus actual;

    public InvalidTransitionException(String orderId, OrderStatus actual, OrderStatus wanted) {
        super("Order " + orderId + " is " + actual + " and cannot become " + wanted);
        this.actual = actual;
    }

    /** The status the order had when the transition was refused, or null if it does not exist. */
    public OrderStatus actual() {
        return actual;
    }
}
