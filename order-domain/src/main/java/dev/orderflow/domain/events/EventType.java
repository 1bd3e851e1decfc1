package dev.orderflow.domain.events;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every event on the bus: its {@code detail-type} and the {@code source} of the service that owns it.
 * The template's rule patterns use the same strings.
 */
public enum EventType {
    ORDER_PLACED("OrderPlaced", Sources.ORDERS),
    INVENTORY_RESERVED("InventoryReserved", Sources.INVENTORY),
    INVENTORY_REJECTED("InventoryRejected", Sources.INVENTORY),
    PAYMENT_SUCCEEDED("PaymentSucceeded", Sources.PAYMENTS),
    PAYMENT_FAILED("PaymentFailed", Sources.PAYMENTS),
    PAYMENT_REFUNDED("PaymentRefunded", Sources.PAYMENTS);

    private final String detailType;
    private final String source;

    EventType(String detailType, String source) {
        this.detailType = detailType;
        this.source = source;
    }

    public String detailType() {
        return detailType;
    }

    public String source() {
        return source;
    }

    public static Optional<EventType> ofDetailType(String detailType) {
        return Arrays.stream(values()).filter(t -> t.detailType.equals(detailType)).findFirst();
    }

    /** The {@code source} of each service. */
    public static final class Sources {
        public static final String ORDERS = "orderflow.orders";
        public static final String INVENTORY = "orderflow.inventory";
        public static final String PAYMENTS = "orderflow.payments";

        private Sources() {
        }
    }
}
