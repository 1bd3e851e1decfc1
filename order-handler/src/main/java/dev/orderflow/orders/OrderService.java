package dev.orderflow.orders;

import dev.orderflow.domain.api.ConflictException;
import dev.orderflow.domain.api.FieldError;
import dev.orderflow.domain.api.NotFoundException;
import dev.orderflow.domain.api.ValidationException;
import dev.orderflow.domain.dynamo.Cancellation;
import dev.orderflow.domain.events.DomainEvent;
import dev.orderflow.domain.events.EventType;
import dev.orderflow.domain.events.OrderEvent;
import dev.orderflow.domain.inventory.InventoryItem;
import dev.orderflow.domain.inventory.InventoryRepository;
import dev.orderflow.domain.logging.AppLog;
import dev.orderflow.domain.order.IdempotencyRecord;
import dev.orderflow.domain.order.IdempotencyStore;
import dev.orderflow.domain.order.Order;
import dev.orderflow.domain.order.OrderLine;
import dev.orderflow.domain.order.OrderPage;
import dev.orderflow.domain.order.OrderRepository;
import dev.orderflow.domain.order.OrderRequest;
import dev.orderflow.domain.order.OrderRequestValidator;
import dev.orderflow.domain.outbox.Outbox;
import dev.orderflow.domain.outbox.OutboxDispatcher;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Places and reads orders. Placing is one transaction of three writes: the order, the
 * Idempotency-Key's claim (when given) and the {@code OrderPlaced} event in the outbox; the event is
 * published right after, or by the relay if that fails.
 */
public final class OrderService {

    private static final AppLog LOG = AppLog.of(OrderService.class);
    private static final int CLAIM_ACTION = 1;

    private final DynamoDbClient dynamoDb;
    private final OrderRepository orders;
    private final InventoryRepository inventory;
    private final IdempotencyStore idempotency;
    private final Outbox outbox;
    private final OutboxDispatcher dispatcher;
    private final Clock clock;
    private final OrderRequestValidator validator = new OrderRequestValidator();

    public OrderService(DynamoDbClient dynamoDb, OrderRepository orders, InventoryRepository inventory,
                        IdempotencyStore idempotency, Outbox outbox, OutboxDispatcher dispatcher, Clock clock) {
        this.dynamoDb = dynamoDb;
        this.orders = orders;
        this.inventory = inventory;
        this.idempotency = idempotency;
        this.outbox = outbox;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    public Placement place(String body, Optional<String> idempotencyKey) {
        OrderRequest request = validator.validate(body);
        String hash = RequestHash.of(request);
        Instant now = clock.instant();
        Optional<IdempotencyRecord> earlier = idempotencyKey.flatMap(idempotency::find)
                .filter(record -> record.expiresAt().isAfter(now));
        if (earlier.isPresent()) {
            return replay(earlier.get(), hash);
        }
        Order order = Order.placed(UUID.randomUUID().toString(), request.customerId(), price(request), now);
        DomainEvent placed = new DomainEvent(EventType.ORDER_PLACED, OrderEvent.about(order, now));
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(orders.insert(order));
        idempotencyKey.ifPresent(key -> writes.add(idempotency.claim(key, hash, order.orderId(), now)));
        writes.add(outbox.add(placed, now));
        try {
            dynamoDb.transactWriteItems(TransactWriteItemsRequest.builder().transactItems(writes).build());
        } catch (TransactionCanceledException e) {
            if (idempotencyKey.isPresent() && Cancellation.of(e).failed(CLAIM_ACTION)) {
                // A concurrent request with the same key won the race: answer as its replay.
                return replay(idempotency.find(idempotencyKey.get()).orElseThrow(() -> e), hash);
            }
            throw e;
        }
        LOG.info("Order placed", "orderId", order.orderId(), "totalCents", order.totalCents(),
                "lines", order.lines().size());
        dispatcher.dispatch(placed);
        return new Placement(order, true);
    }

    public Order get(String orderId) {
        return orders.find(orderId).orElseThrow(() -> new NotFoundException("Order " + orderId + " not found"));
    }

    public OrderPage byCustomer(String customerId, int limit, String nextToken) {
        return orders.byCustomer(customerId, limit, nextToken);
    }

    private Placement replay(IdempotencyRecord record, String hash) {
        if (!record.requestHash().equals(hash)) {
            throw new ConflictException("Idempotency-Key",
                    "Idempotency-Key was already used with a different request body (order " + record.orderId() + ")");
        }
        return new Placement(get(record.orderId()), false);
    }

    /** Prices each line from the Inventory table; SKUs that do not exist are the caller's error. */
    private List<OrderLine> price(OrderRequest request) {
        Map<String, InventoryItem> stock = inventory.findAll(request.items().stream().map(OrderRequest.Item::sku).toList());
        List<FieldError> unknown = new ArrayList<>();
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < request.items().size(); i++) {
            OrderRequest.Item item = request.items().get(i);
            InventoryItem known = stock.get(item.sku());
            if (known == null) {
                unknown.add(new FieldError("items[" + i + "].sku", "unknown SKU '" + item.sku() + "'"));
            } else {
                lines.add(new OrderLine(item.sku(), item.quantity(), known.priceCents()));
            }
        }
        if (!unknown.isEmpty()) {
            throw new ValidationException(unknown);
        }
        return lines;
    }
}
