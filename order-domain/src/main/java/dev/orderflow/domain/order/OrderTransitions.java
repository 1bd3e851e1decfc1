package dev.orderflow.domain.order;

import dev.orderflow.domain.dynamo.Cancellation;
import dev.orderflow.domain.events.DomainEvent;
import dev.orderflow.domain.outbox.Outbox;
import dev.orderflow.domain.outbox.OutboxDispatcher;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Moves an order to its next status in one transaction with the event that announces it (written to
 * the outbox) and any other writes of the same step, then publishes the event.
 */
public final class OrderTransitions {

    private final DynamoDbClient dynamoDb;
    private final OrderRepository orders;
    private final Outbox outbox;
    private final OutboxDispatcher dispatcher;
    private final Clock clock;

    public OrderTransitions(DynamoDbClient dynamoDb, OrderRepository orders, Outbox outbox,
                            OutboxDispatcher dispatcher, Clock clock) {
        this.dynamoDb = dynamoDb;
        this.orders = orders;
        this.outbox = outbox;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    /**
     * Commits the transition, {@code alongside} and the event, then publishes the event.
     *
     * @throws InvalidTransitionException when the order's status does not allow the transition
     * @throws ConditionFailedException when one of {@code alongside} failed its condition
     */
    public void move(String orderId, OrderStatus next, String reason, DomainEvent event, List<TransactWriteItem> alongside) {
        List<TransactWriteItem> actions = new ArrayList<>();
        actions.add(orders.transition(orderId, next, reason, clock.instant()));
        actions.addAll(alongside);
        actions.add(outbox.add(event, clock.instant()));
        try {
            dynamoDb.transactWriteItems(TransactWriteItemsRequest.builder().transactItems(actions).build());
        } catch (TransactionCanceledException e) {
            Cancellation cancellation = Cancellation.of(e);
            if (cancellation.failed(0)) {
                throw new InvalidTransitionException(orderId, orders.find(orderId).map(Order::status).orElse(null), next);
            }
            throw new ConditionFailedException("A write alongside " + orderId + " -> " + next + " failed its condition");
        }
        dispatcher.dispatch(event);
    }

    public void move(String orderId, OrderStatus next, String reason, DomainEvent event) {
        move(orderId, next, reason, event, List.of());
    }

    /**
     * Moves an order to a status no event announces (NEEDS_ATTENTION).
     *
     * @throws InvalidTransitionException when the order's status does not allow the transition
     */
    public void moveSilently(String orderId, OrderStatus next, String reason) {
        try {
            dynamoDb.transactWriteItems(TransactWriteItemsRequest.builder()
                    .transactItems(orders.transition(orderId, next, reason, clock.instant()))
                    .build());
        } catch (TransactionCanceledException e) {
            Cancellation.of(e);
            throw new InvalidTransitionException(orderId, orders.find(orderId).map(Order::status).orElse(null), next);
        }
    }
}
