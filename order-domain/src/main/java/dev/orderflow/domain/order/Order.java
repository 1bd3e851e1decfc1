package dev.orderflow.domain.order;

import java.time.Instant;
import java.util.List;

/** An order as stored. {@code statusReason} says why it is REJECTED, PAYMENT_FAILED or NEEDS_ATTENTION. */
public record Order(
        String orderId,
        String customerId,
        OrderStatus status,
        List<OrderLine> lines,
        long totalCents,
        Instant createdAt,
        Instant updatedAt,
        String statusReason) {

    public Order {
        lines = List.copyOf(lines);
    }

    /** A new order, priced from its lines. */
    public static Order placed(String orderId, String customerId, List<OrderLine> lines, Instant now) {
        long total = lines.stream().mapToLong(OrderLine::lineTotalCents).sum();
        return new Order(orderId, customerId, OrderStatus.PENDING, lines, total, now, now, null);
    }
}
