package dev.orderflow.localcloud.eventbridge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orderflow.localcloud.edge.DaemonThreads;
import dev.orderflow.localcloud.edge.EdgeService;
import dev.orderflow.localcloud.edge.ServiceHealth;
import dev.orderflow.localcloud.eventbridge.api.EventBridgeApi;
import dev.orderflow.localcloud.eventbridge.internal.Bus;
import dev.orderflow.localcloud.eventbridge.internal.EntryValidator;
import dev.orderflow.localcloud.eventbridge.internal.EventEnvelope;
import dev.orderflow.localcloud.eventbridge.internal.InputPaths;
import dev.orderflow.localcloud.eventbridge.internal.ScheduleExpression;
import dev.orderflow.localcloud.eventbridge.internal.TargetDelivery;
import dev.orderflow.localcloud.trace.TraceHeader;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The local EventBridge: buses, rules (event patterns matched by Event Ruler, {@code rate()}
 * schedules) and delivery to targets. {@code PutEvents} hands each matched event to its targets
 * before it answers, so an accepted event is already in the targets' queues (Lambda's asynchronous
 * queue, SQS); a target that refuses it is retried, then dead-lettered.
 */
public final class LocalEventBridge implements AutoCloseable {

    public static final int MAX_ENTRIES = 10;

    private final EventBridgeSettings settings;
    private final Clock clock;
    private final Map<String, Bus> buses = new ConcurrentSkipListMap<>();
    private final TargetDelivery delivery;
    private final ScheduledExecutorService schedules = Executors.newSingleThreadScheduledExecutor(
            DaemonThreads.factory("eventbridge-schedule"));
    private final AtomicLong accepted = new AtomicLong();

    private LocalEventBridge(EventBridgeSettings settings, TargetInvoker invoker, DeadLetterSender deadLetters, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.delivery = new TargetDelivery(invoker, deadLetters, settings.firstRetryDelay(), clock);
        createBus("default");
    }

    public static LocalEventBridge start(EventBridgeSettings settings, TargetInvoker invoker, DeadLetterSender deadLetters) {
        return new LocalEventBridge(settings, invoker, deadLetters, Clock.systemUTC());
    }

    /** Creates a custom bus (the default bus always exists). */
    public void createBus(String name) {
        if (!name.matches("[/.\\-_A-Za-z0-9]{1,256}")) {
            throw new IllegalArgumentException("event bus name " + name + " is not valid");
        }
        if (buses.putIfAbsent(name, new Bus(name, settings.region(), settings.accountId())) != null
                && !name.equals("default")) {
            throw new IllegalArgumentException("event bus " + name + " already exists");
        }
    }

    /** Adds a rule to its bus; a scheduled rule starts firing one period from now. */
    public void putRule(RuleDefinition rule) {
        Bus bus = bus(rule.busName()).orElseThrow(() -> new IllegalArgumentException("rule " + rule.name()
                + ": event bus " + rule.busName() + " does not exist"));
        rule.targets().stream().filter(target -> target.inputPath() != null)
                .forEach(target -> InputPaths.validate(target.inputPath()));
        Duration period = rule.scheduled() ? ScheduleExpression.period(rule.scheduleExpression()) : null;
        bus.put(rule);
        if (period != null && rule.enabled()) {
            schedules.scheduleAtFixedRate(() -> fire(bus, rule), period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /**
     * PutEvents: one result per entry, in order.
     *
     * @param callerTrace the call's X-Amzn-Trace-Id, used for entries without a TraceHeader; or null
     * @throws IllegalArgumentException for a request EventBridge refuses as a whole (entry count, size)
     */
    public List<PutEventsResult> putEvents(List<PutEventsEntry> entries, TraceHeader callerTrace) {
        if (entries.isEmpty() || entries.size() > MAX_ENTRIES) {
            throw new IllegalArgumentException("1 validation error detected: Value at 'entries' failed to satisfy "
                    + "constraint: Member must have length between 1 and " + MAX_ENTRIES + " (got " + entries.size() + ")");
        }
        if (EntryValidator.size(entries) > EntryValidator.MAX_REQUEST_BYTES) {
            throw new IllegalArgumentException("Total size of the entries in the request is over the limit.");
        }
        List<PutEventsResult> results = new ArrayList<>(entries.size());
        for (PutEventsEntry entry : entries) {
            results.add(put(entry, callerTrace));
        }
        return results;
    }

    private PutEventsResult put(PutEventsEntry entry, TraceHeader callerTrace) {
        Optional<PutEventsResult> problem = EntryValidator.problem(entry);
        if (problem.isPresent()) {
            return problem.get();
        }
        String busName = entry.busName() == null || entry.busName().isBlank() ? "default" : entry.busName();
        Optional<Bus> bus = bus(busName);
        if (bus.isEmpty()) {
            return PutEventsResult.failed("InvalidArgument", "Event bus " + busName + " does not exist.");
        }
        JsonNode detail = EntryValidator.detailObject(entry.detail()).orElseThrow();
        String id = UUID.randomUUID().toString();
        ObjectNode event = EventEnvelope.of(id, entry.source(), entry.detailType(), detail, entry.resources(),
                entry.time() == null ? clock.instant() : entry.time(), settings.accountId(), settings.region());
        TraceHeader trace = TraceHeader.parse(entry.traceHeader()).orElse(callerTrace);
        for (RuleDefinition rule : bus.get().matching(event.toString())) {
            deliverToTargets(bus.get(), rule, event, trace);
        }
        accepted.incrementAndGet();
        return PutEventsResult.accepted(id);
    }

    private void fire(Bus bus, RuleDefinition rule) {
        ObjectNode event = EventEnvelope.of(UUID.randomUUID().toString(), "aws.events", "Scheduled Event",
                EventEnvelope.emptyDetail(),
                List.of(bus.ruleArn(rule.name())), clock.instant(), settings.accountId(), settings.region());
        deliverToTargets(bus, rule, event, null);
    }

    private void deliverToTargets(Bus bus, RuleDefinition rule, ObjectNode event, TraceHeader trace) {
        long now = clock.millis();
        for (TargetDefinition target : rule.targets()) {
            TargetDelivery.Delivery one = new TargetDelivery.Delivery(bus.ruleArn(rule.name()), target, event, trace, now);
            delivery.deliver(one);
            if (settings.deliverTwice()) {
                delivery.deliver(one);
            }
        }
    }

    /** A bus by name or ARN. */
    public Optional<Bus> bus(String nameOrArn) {
        if (nameOrArn.startsWith("arn:")) {
            int at = nameOrArn.indexOf(":event-bus/");
            return at < 0 ? Optional.empty() : Optional.ofNullable(buses.get(nameOrArn.substring(at + ":event-bus/".length())));
        }
        return Optional.ofNullable(buses.get(nameOrArn));
    }

    public List<Bus> buses() {
        return List.copyOf(buses.values());
    }

    public EdgeService edgeService() {
        return new EventBridgeApi(this);
    }

    public ServiceHealth health() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("buses", buses.size());
        details.put("rules", buses.values().stream().mapToInt(bus -> bus.rules().size()).sum());
        details.put("accepted", accepted.get());
        details.putAll(delivery.statistics());
        if (settings.deliverTwice()) {
            details.put("deliverTwice", true);
        }
        return ServiceHealth.running(details);
    }

    /** Stops the schedules; events already handed to targets are theirs. */
    @Override
    public void close() {
        schedules.shutdownNow();
        delivery.close();
    }
}
