package dev.orderflow.domain;

import dev.orderflow.domain.aws.AwsClients;
import dev.orderflow.domain.config.Env;
import dev.orderflow.domain.config.Tables;
import dev.orderflow.domain.failure.FailedEventRepository;
import dev.orderflow.domain.inventory.InventoryRepository;
import dev.orderflow.domain.inventory.StockReservations;
import dev.orderflow.domain.notification.NotificationRepository;
import dev.orderflow.domain.order.IdempotencyStore;
import dev.orderflow.domain.order.OrderRepository;
import dev.orderflow.domain.order.OrderTransitions;
import dev.orderflow.domain.outbox.EventBridgePublisher;
import dev.orderflow.domain.outbox.EventPublisher;
import dev.orderflow.domain.outbox.Outbox;
import dev.orderflow.domain.outbox.OutboxDispatcher;
import dev.orderflow.domain.payment.PaymentRepository;
import java.time.Clock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Everything a function talks to, built once per execution environment from its environment
 * variables. Each accessor reads only the variables it needs, so a function is configured with just
 * the tables its policies grant.
 */
public final class Backend {

    private final DynamoDbClient dynamoDb;
    private final EventPublisher publisher;
    private final Tables tables;
    private final Clock clock;

    public Backend(DynamoDbClient dynamoDb, EventPublisher publisher, Env env, Clock clock) {
        this.dynamoDb = dynamoDb;
        this.publisher = publisher;
        this.tables = new Tables(env);
        this.clock = clock;
    }

    /** The production wiring: SDK clients from the environment, the bus named by EVENT_BUS_NAME. */
    public static Backend fromEnvironment(Env env, boolean publishes) {
        AwsClients clients = new AwsClients(env);
        EventPublisher publisher = publishes
                ? new EventBridgePublisher(clients.eventBridge(), new Tables(env).eventBus())
                : events -> {
                    throw new IllegalStateException("This function is not configured to publish events");
                };
        return new Backend(clients.dynamoDb(), publisher, env, Clock.systemUTC());
    }

    public DynamoDbClient dynamoDb() {
        return dynamoDb;
    }

    public Clock clock() {
        return clock;
    }

    public EventPublisher publisher() {
        return publisher;
    }

    public OrderRepository orders() {
        return new OrderRepository(dynamoDb, tables.orders());
    }

    public InventoryRepository inventory() {
        return new InventoryRepository(dynamoDb, tables.inventory());
    }

    public StockReservations reservations() {
        return new StockReservations(dynamoDb, inventory());
    }

    public IdempotencyStore idempotency() {
        return new IdempotencyStore(dynamoDb, tables.idempotency());
    }

    public PaymentRepository payments() {
        return new PaymentRepository(dynamoDb, tables.payments());
    }

    public NotificationRepository notifications() {
        return new NotificationRepository(dynamoDb, tables.notifications());
    }

    public FailedEventRepository failedEvents() {
        return new FailedEventRepository(dynamoDb, tables.failedEvents());
    }

    public Outbox outbox() {
        return new Outbox(dynamoDb, tables.outbox());
    }

    public OutboxDispatcher dispatcher() {
        return new OutboxDispatcher(outbox(), publisher);
    }

    public OrderTransitions transitions() {
        return new OrderTransitions(dynamoDb, orders(), outbox(), dispatcher(), clock);
    }
}
