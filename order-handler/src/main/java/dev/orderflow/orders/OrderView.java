package dev.orderflow.orders;

import dev.orderflow.domain.order.Order;
import java.util.List;

/** An order as the API shows it. */
public record OrderView(
        String orderId,
        String customerId,
        String status,
        String statusReason,
        long totalCents,
        List<Line> items,
        String createdAt,
        String updatedAt) {

    /** One line with its price. */
    public record Line(String sku, int quantity, long unitPriceCents, long lineTotalCents) {
    }

    public static OrderView of(Order order) {
        return new OrderView(order.orderId(), order.customerId(), order.status().name(), order.statusReason(),
                order.totalCents(),
                order.lines().stream()
                        .map(l -> new Line(l.sku(), l.quantity(), l.unitPriceCents(), l.lineTotalCents()))
                        .toList(),
                order.createdAt().toString(), order.updatedAt().toString());
    }
}
