package dev.orderflow.domain.inventory;

import java.util.List;

/** One page of the catalogue and the token of the next page (null at the end). */
public record InventoryPage(List<InventoryItem> items, String nextToken) {

    public InventoryPage {
        items = List.copyOf(items);
    }
}
