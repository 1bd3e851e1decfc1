package dev.orderflow.domain.order;

import java.util.List;

/** One page of a customer's orders, newest first, and the token of the next page (null at the end). */
public record OrderPage(List<Order> orders, String nextToken) {

    public OrderPage {
        orders = List.copyOf(orders);
    }
}
