package dev.orderflow.domain.inventory;

import java.time.Instant;

/**
 * A SKU's stock. {@code available} can be sold now; {@code reserved} is held for orders whose payment
 * is not settled yet.
 */
public record InventoryItem(String sku, String name, long priceCents, long available, long reserved, Instant updatedAt) {
}
