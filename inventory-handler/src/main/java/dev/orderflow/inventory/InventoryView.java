package dev.orderflow.inventory;

import dev.orderflow.domain.inventory.InventoryItem;

/** A SKU as the API shows it: {@code reserved} is stock held for orders awaiting payment. */
public record InventoryView(String sku, String name, long priceCents, long available, long reserved, String updatedAt) {

    public static InventoryView of(InventoryItem item) {
        return new InventoryView(item.sku(), item.name(), item.priceCents(), item.available(), item.reserved(),
                item.updatedAt() == null ? null : item.updatedAt().toString());
    }
}
