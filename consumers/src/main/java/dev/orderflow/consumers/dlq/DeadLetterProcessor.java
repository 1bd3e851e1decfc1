package dev.orderflow.consumers.dlq;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.orderflow.domain.Backend;
import dev.orderflow.domain.config.Env;
import dev.orderflow.domain.failure.DeadLetterClassifier;
import dev.orderflow.domain.failure.FailedEvent;
import dev.orderflow.domain.failure.FailedEventRepository;
import dev.orderflow.domain.logging.AppLog;
import dev.orderflow.domain.order.InvalidTransitionException;
import dev.orderflow.domain.order.OrderStatus;
import dev.orderflow.domain.order.OrderTransitions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Drains the dead-letter queue: records each failed event in the FailedEvents table and flags its
 * order NEEDS_ATTENTION. A message it cannot record is reported as a batch item failure, so it goes
 * back to the queue (and, after maxReceiveCount, to the parking queue): never dropped.
 */
public final class DeadLetterProcessor implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private static final AppLog LOG = AppLog.of(DeadLetterProcessor.class);

    private final FailedEventRepository failedEvents;
    private final OrderTransitions transitions;
    private final Clock clock;
    private final DeadLetterClassifier classifier = new DeadLetterClassifier();

    /** Used by Lambda: clients and tables from the environment. */
    public DeadLetterProcessor() {
        this(Backend.fromEnvironment(Env.system(), false));
    }

    public DeadLetterProcessor(Backend backend) {
        this.failedEvents = backend.failedEvents();
        this.transitions = backend.transitions();
        this.clock = backend.clock();
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        for (SQSEvent.SQSMessage message : event.getRecords()) {
            try {
                process(message);
            } catch (RuntimeException e) {
                LOG.error("Dead letter not recorded; returned to the queue", e, "messageId", message.getMessageId());
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
            }
        }
        return new SQSBatchResponse(failures);
    }

    private void process(SQSEvent.SQSMessage message) {
        FailedEvent failure = classifier.classify(message.getMessageId(), message.getBody(), stringAttributes(message),
                receiveCount(message), clock.instant());
        boolean recorded = failedEvents.record(failure);
        LOG.info(recorded ? "Failed event recorded" : "Failed event already recorded", "failureId", failure.failureId(),
                "origin", failure.origin(), "orderId", failure.orderId(), "errorCode", failure.errorCode());
        if (failure.orderId() != null) {
            flag(failure);
        }
    }

    private void flag(FailedEvent failure) {
        try {
            transitions.moveSilently(failure.orderId(), OrderStatus.NEEDS_ATTENTION,
                    "Event failed: " + (failure.detailType() == null ? "unknown" : failure.detailType())
                            + " (failure " + failure.failureId() + ")");
            LOG.info("Order needs attention", "orderId", failure.orderId(), "failureId", failure.failureId());
        } catch (InvalidTransitionException e) {
            // The order already reached a final state (or is flagged): the failure is recorded, that is enough.
            LOG.info("Order not flagged", "orderId", failure.orderId(), "status", e.actual());
        }
    }

    private static Map<String, String> stringAttributes(SQSEvent.SQSMessage message) {
        Map<String, String> attributes = new HashMap<>();
        if (message.getMessageAttributes() != null) {
            message.getMessageAttributes().forEach((name, value) -> {
                if (value != null && value.getStringValue() != null) {
                    attributes.put(name, value.getStringValue());
                }
            });
        }
        return attributes;
    }

    private static int receiveCount(SQSEvent.SQSMessage message) {
        String count = message.getAttributes() == null ? null : message.getAttributes().get("ApproximateReceiveCount");
        try {
            return count == null ? 0 : Integer.parseInt(count);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
