package dev.orderflow.domain.order;

/** One priced line of an order. Prices are integer cents: no rounding anywhere. */
public record OrderLine(String sku, int quantity, long unitPriceCents) {

    public long lineTotalCents() {
        return unitPriceCents * quantity;
    }
}
