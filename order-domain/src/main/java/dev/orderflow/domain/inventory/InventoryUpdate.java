package dev.orderflow.domain.inventory;

/** A validated {@code PUT /inventory/{sku}}: the SKU's name, price and the count available for sale. */
public record InventoryUpdate(String sku, String name, long priceCents, long available) {
}
