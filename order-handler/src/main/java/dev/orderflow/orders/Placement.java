package dev.orderflow.orders;

import dev.orderflow.domain.order.Order;

/** The order a POST /orders stands for, and whether this request created it or replayed it. */
public record Placement(Order order, boolean created) {
}
