package dev.orderflow.domain.inventory;

import java.util.List;

/** What an attempt to reserve an order's stock found. */
public sealed interface ReservationOutcome {

    /** Every line is now held for the order. */
    record Reserved() implements ReservationOutcome {
    }

    /** An earlier delivery of the same event already holds the stock: nothing changed. */
    record AlreadyReserved() implements ReservationOutcome {
    }

    /** Nothing was taken: these SKUs lack stock (or no longer exist). */
    record Short(List<String> skus) implements ReservationOutcome {
        public Short {
            skus = List.copyOf(skus);
        }
    }
}
