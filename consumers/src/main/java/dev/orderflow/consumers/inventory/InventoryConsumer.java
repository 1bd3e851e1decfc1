package dev.orderflow.consumers.inventory;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import dev.orderflow.domain.Backend;
import dev.orderflow.domain.config.Env;
import dev.orderflow.domain.events.DomainEvent;
import dev.orderflow.domain.events.EventParser;
import dev.orderflow.domain.events.MalformedEventException;

/** Inventory consumer: OrderPlaced, PaymentFailed, PaymentSucceeded and PaymentRefunded from the bus. */
public final class InventoryConsumer implements RequestHandler<ScheduledEvent, Void> {

    private final InventoryWorkflow workflow;

    /** Used by Lambda: clients and tables from the environment. */
    public InventoryConsumer() {
        this(Backend.fromEnvironment(Env.system(), true));
    }

    public InventoryConsumer(Backend backend) {
        this.workflow = new InventoryWorkflow(backend.dynamoDb(), backend.orders(), backend.reservations(),
                backend.payments(), backend.transitions(), backend.clock());
    }

    @Override
    public Void handleRequest(ScheduledEvent event, Context context) {
        DomainEvent domainEvent = EventParser.parse(event);
        switch (domainEvent.type()) {
            case ORDER_PLACED -> workflow.reserve(domainEvent.detail());
            case PAYMENT_FAILED -> workflow.release(domainEvent.detail());
            case PAYMENT_SUCCEEDED -> workflow.settle(domainEvent.detail());
            case PAYMENT_REFUNDED -> workflow.restock(domainEvent.detail());
            default -> throw new MalformedEventException("The inventory consumer does not handle " + domainEvent.type().detailType());
        }
        return null;
    }
}
