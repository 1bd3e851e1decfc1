package dev.orderflow.domain.order;

import java.util.List;

/** A validated {@code POST /orders} body: lines not priced yet. */
public record OrderRequest(String customerId, List<Item> items) {

    public OrderRequest {
        items = List.copyOf(items);
    }

    /** One requested line. */
    public record Item(String sku, int quantity) {
    }
}
