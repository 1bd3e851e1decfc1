package dev.orderflow.domain.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.orderflow.domain.order.Order;
import dev.orderflow.domain.order.OrderLine;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The {@code detail} of every event on the bus. All events concern one order and carry its lines, so
 * a consumer never has to read another service's table to act. Fields that only some types use
 * ({@code shortSkus}, {@code reason}, {@code chargeId}, {@code refundId}) are left out of the JSON
 * when null. Customer ids are opaque: no personal data travels on the bus.
 */
public record OrderEvent(
        String eventId,
        String orderId,
        String customerId,
        long totalCents,
        List<Line> lines,
        String occurredAt,
        List<String> shortSkus,
        String reason,
        String chargeId,
        String refundId) {

    public OrderEvent {
        lines = lines == null ? List.of() : List.copyOf(lines);
        shortSkus = shortSkus == null ? null : List.copyOf(shortSkus);
    }

    /** One line as events carry it. */
    public record Line(String sku, int quantity, long unitPriceCents) {
    }

    public static OrderEvent about(Order order, Instant now) {
        List<Line> lines = order.lines().stream()
                .map(l -> new Line(l.sku(), l.quantity(), l.unitPriceCents()))
                .toList();
        return new OrderEvent(UUID.randomUUID().toString(), order.orderId(), order.customerId(),
                order.totalCents(), lines, now.toString(), null, null, null, null);
    }

    /** The same order facts under a new event id and time: what a service emits in reaction to this event. */
    public OrderEvent next(Instant now) {
        return new OrderEvent(UUID.randomUUID().toString(), orderId, customerId, totalCents, lines,
                now.toString(), null, null, null, null);
    }

    public OrderEvent withShortSkus(List<String> skus) {
        return new OrderEvent(eventId, orderId, customerId, totalCents, lines, occurredAt, skus, reason, chargeId, refundId);
    }

    public OrderEvent withReason(String why) {
        return new OrderEvent(eventId, orderId, customerId, totalCents, lines, occurredAt, shortSkus, why, chargeId, refundId);
    }

    public OrderEvent withChargeId(String id) {
        return new OrderEvent(eventId, orderId, customerId, totalCents, lines, occurredAt, shortSkus, reason, id, refundId);
    }

    public OrderEvent withRefundId(String id) {
        return new OrderEvent(eventId, orderId, customerId, totalCents, lines, occurredAt, shortSkus, reason, chargeId, id);
    }

    @JsonIgnore
    public List<OrderLine> orderLines() {
        return lines.stream().map(l -> new OrderLine(l.sku(), l.quantity(), l.unitPriceCents())).toList();
    }
}
