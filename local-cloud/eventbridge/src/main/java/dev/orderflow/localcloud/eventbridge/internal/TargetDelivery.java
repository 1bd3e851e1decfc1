package dev.orderflow.localcloud.eventbridge.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orderflow.localcloud.edge.DaemonThreads;
import dev.orderflow.localcloud.eventbridge.DeadLetterSender;
import dev.orderflow.localcloud.eventbridge.TargetDefinition;
import dev.orderflow.localcloud.eventbridge.TargetDeliveryException;
import dev.orderflow.localcloud.eventbridge.TargetInvoker;
import dev.orderflow.localcloud.trace.TraceHeader;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands matched events to targets as EventBridge does: the first attempt at once, retries with
 * exponential backoff within the target's RetryPolicy, then the target's dead-letter queue with
 * RULE_ARN, TARGET_ARN, ERROR_CODE and ERROR_MESSAGE (or, without one, the event is dropped and
 * logged, as on AWS).
 */
public final class TargetDelivery implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(TargetDelivery.class.getName());
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(1);

    private final TargetInvoker invoker;
    private final DeadLetterSender deadLetters;
    private final Duration firstRetryDelay;
    private final Clock clock;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(
            DaemonThreads.factory("eventbridge-retry"));
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();
    private final AtomicLong pendingRetries = new AtomicLong();

    public TargetDelivery(TargetInvoker invoker, DeadLetterSender deadLetters, Duration firstRetryDelay, Clock clock) {
        this.invoker = invoker;
        this.deadLetters = deadLetters;
        this.firstRetryDelay = firstRetryDelay;
        this.clock = clock;
    }

    /** One event for one target, from its ingestion time on. */
    public record Delivery(String ruleArn, TargetDefinition target, ObjectNode event, TraceHeader trace, long ingestedAt) {
    }

    /** Tries once now; a failure is retried later on EventBridge's schedule. */
    public void deliver(Delivery delivery) {
        attempt(delivery, 1);
    }

    private void attempt(Delivery delivery, int attempt) {
        TargetDeliveryException failure = tryOnce(delivery);
        if (failure == null) {
            return;
        }
        Duration wait = backoff(attempt);
        long age = clock.millis() - delivery.ingestedAt() + wait.toMillis();
        if (attempt > delivery.target().retryPolicy().maximumRetryAttempts()
                || age > delivery.target().retryPolicy().maximumEventAge().toMillis()) {
            deadLetter(delivery, failure);
            return;
        }
        pendingRetries.incrementAndGet();
        try {
            retries.schedule(() -> {
                pendingRetries.decrementAndGet();
                attempt(delivery, attempt + 1);
            }, wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopped) {
            pendingRetries.decrementAndGet();
            LOG.warning(() -> "EventBridge is stopping: event " + delivery.event().path("id").asText() + " for target "
                    + delivery.target().arn() + " is not retried (" + failure.errorCode() + ")");
        }
    }

    /** Null when the target took the event. */
    private TargetDeliveryException tryOnce(Delivery delivery) {
        try {
            invoker.deliver(delivery.ruleArn(), delivery.target(), input(delivery), delivery.trace());
            delivered.incrementAndGet();
            return null;
        } catch (TargetDeliveryException e) {
            return e;
        } catch (RuntimeException e) {
            return new TargetDeliveryException("InternalFailure", String.valueOf(e.getMessage()));
        }
    }

    private Duration backoff(int attempt) {
        long millis = firstRetryDelay.toMillis() << Math.min(attempt - 1, 20);
        return Duration.ofMillis(Math.min(millis, MAX_BACKOFF.toMillis()));
    }

    private String input(Delivery delivery) {
        TargetDefinition target = delivery.target();
        if (target.input() != null) {
            return target.input();
        }
        if (target.inputPath() != null) {
            JsonNode selected = InputPaths.select(delivery.event(), target.inputPath());
            return selected.isMissingNode() ? "null" : selected.toString();
        }
        return delivery.event().toString();
    }

    private void deadLetter(Delivery delivery, TargetDeliveryException failure) {
        String queue = delivery.target().deadLetterArn();
        if (queue == null) {
            LOG.warning(() -> "EventBridge dropped event " + delivery.event().path("id").asText() + " for target "
                    + delivery.target().arn() + " (no dead-letter queue): " + failure.errorCode() + " " + failure.getMessage());
            return;
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("RULE_ARN", delivery.ruleArn());
        attributes.put("TARGET_ARN", delivery.target().arn());
        attributes.put("ERROR_CODE", failure.errorCode());
        attributes.put("ERROR_MESSAGE", failure.getMessage() == null ? failure.errorCode() : failure.getMessage());
        try {
            deadLetters.send(queue, delivery.event().toString(), attributes, delivery.trace());
            deadLettered.incrementAndGet();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "EventBridge could not put event " + delivery.event().path("id").asText()
                    + " on its dead-letter queue " + queue, e);
        }
    }

    public Map<String, Object> statistics() {
        return Map.of("delivered", delivered.get(), "deadLettered", deadLettered.get(),
                "pendingRetries", pendingRetries.get());
    }

    /** Retries not yet due are given up (they are kept in memory only); the count is logged. */
    @Override
    public void close() {
        int dropped = retries.shutdownNow().size();
        if (dropped > 0) {
            LOG.warning(() -> "EventBridge stopped with " + dropped + " target retries pending; they are not kept");
        }
    }
}
