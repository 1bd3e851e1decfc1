package dev.orderflow.consumers.payment;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import dev.orderflow.domain.Backend;
import dev.orderflow.domain.config.Env;
import dev.orderflow.domain.events.DomainEvent;
import dev.orderflow.domain.events.EventParser;
import dev.orderflow.domain.events.EventType;
import dev.orderflow.domain.events.MalformedEventException;
import dev.orderflow.domain.payment.PaymentGateway;
import dev.orderflow.domain.payment.SimulatedPaymentGateway;

/** Payment consumer: charges an order when its stock is reserved (InventoryReserved). */
public final class PaymentConsumer implements RequestHandler<ScheduledEvent, Void> {

    private final PaymentWorkflow workflow;

    /** Used by Lambda: clients, tables and the gateway's rules from the environment. */
    public PaymentConsumer() {
        this(Backend.fromEnvironment(Env.system(), true), SimulatedPaymentGateway.fromEnv(Env.system()));
    }

    public PaymentConsumer(Backend backend, PaymentGateway gateway) {
        this.workflow = new PaymentWorkflow(backend.orders(), backend.payments(), backend.transitions(), gateway,
                backend.clock());
    }

    @Override
    public Void handleRequest(ScheduledEvent event, Context context) {
        DomainEvent domainEvent = EventParser.parse(event);
        if (domainEvent.type() != EventType.INVENTORY_RESERVED) {
            throw new MalformedEventException("The payment consumer does not handle " + domainEvent.type().detailType());
        }
        workflow.charge(domainEvent.detail());
        return null;
    }
}
