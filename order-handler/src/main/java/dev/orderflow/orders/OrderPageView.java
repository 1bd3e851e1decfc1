package dev.orderflow.orders;

import java.util.List;

/** A page of orders as the API shows it; {@code nextToken} is absent on the last page. */
public record OrderPageView(List<OrderView> orders, String nextToken) {
}
