package dev.orderflow.domain.config;

/**
 * The names of the tables and the bus, as the template passes them to every function. Each function
 * reads only the ones it uses; a missing one fails at first use with the variable's name.
 */
public final class Tables {

    public static final String ORDERS = "ORDERS_TABLE";
    public static final String INVENTORY = "INVENTORY_TABLE";
    public static final String PAYMENTS = "PAYMENTS_TABLE";
    public static final String NOTIFICATIONS = "NOTIFICATIONS_TABLE";
    public static final String FAILED_EVENTS = "FAILED_EVENTS_TABLE";
    public static final String IDEMPOTENCY = "IDEMPOTENCY_TABLE";
    public static final String OUTBOX = "OUTBOX_TABLE";
    public static final String EVENT_BUS = "EVENT_BUS_NAME";

    private final Env env;

    public Tables(Env env) {
        this.env = env;
    }

    public String orders() {
        return env.require(ORDERS);
    }

    public String inventory() {
        return env.require(INVENTORY);
    }

    public String payments() {
        return env.require(PAYMENTS);
    }

    public String notifications() {
        return env.require(NOTIFICATIONS);
    }

    public String failedEvents() {
        return env.require(FAILED_EVENTS);
    }

    public String idempotency() {
        return env.require(IDEMPOTENCY);
    }

    public String outbox() {
        return env.require(OUTBOX);
    }

    public String eventBus() {
        return env.require(EVENT_BUS);
    }
}
