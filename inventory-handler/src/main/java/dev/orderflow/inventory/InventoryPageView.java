package dev.orderflow.inventory;

import java.util.List;

/** A page of the catalogue; {@code nextToken} is absent on the last page. */
public record InventoryPageView(List<InventoryView> items, String nextToken) {
}
