package dev.orderflow.localcloud.asyncinvocation;

import dev.orderflow.localcloud.asyncinvocation.internal.FileJournal;
import dev.orderflow.localcloud.asyncinvocation.internal.FunctionWorkers;
import dev.orderflow.localcloud.asyncinvocation.internal.Journal;
import dev.orderflow.localcloud.asyncinvocation.internal.PendingInvocation;
import dev.orderflow.localcloud.edge.DaemonThreads;
import dev.orderflow.localcloud.edge.ServiceHealth;
import dev.orderflow.localcloud.lambda.AsyncInvoker;
import dev.orderflow.localcloud.lambda.FunctionConfig;
import dev.orderflow.localcloud.lambda.FunctionNotFoundException;
import dev.orderflow.localcloud.lambda.LambdaService;
import dev.orderflow.localcloud.trace.TraceHeader;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Lambda's asynchronous invocation, installed with {@link LambdaService#asyncInvoker(AsyncInvoker)}:
 * each accepted event is kept (in the data directory, if any) until it succeeds or is given up; a
 * failed attempt is retried after the retry delay, then twice that; after the last attempt, or
 * when the event is older than MaximumEventAge, the invocation record goes to the on-failure
 * destination and the event to the function's dead-letter queue. Events wait for a free
 * environment, never dropped for concurrency.
 */
public final class AsyncInvocations implements AsyncInvoker {

    private final LambdaService lambda;
    private final AsyncSettings settings;
    private final Clock clock;
    private final Journal journal;
    private final Attempts attempts;
    private final Map<String, InvokeConfig> configs = new ConcurrentHashMap<>();
    private final Map<String, FunctionWorkers> workers = new ConcurrentHashMap<>();
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(
            DaemonThreads.factory("lambda-async-retry"));
    private final AtomicLong accepted = new AtomicLong();
    private volatile boolean closed;

    private AsyncInvocations(LambdaService lambda, AsyncSettings settings, Destinations destinations, Clock clock) {
        this.lambda = lambda;
        this.settings = settings;
        this.clock = clock;
        this.journal = settings.dataDirectory() == null ? Journal.IN_MEMORY
                : new FileJournal(settings.dataDirectory().resolve("lambda-async"));
        this.attempts = new Attempts(lambda, journal, destinations, clock, this::config, this::retryWait,
                this::retryLater, () -> closed);
    }

    /** Starts; events a previous run left pending are queued again, each when its next attempt is due. */
    public static AsyncInvocations start(LambdaService lambda, AsyncSettings settings, Destinations destinations) {
        AsyncInvocations invocations = new AsyncInvocations(lambda, settings, destinations, Clock.systemUTC());
        for (PendingInvocation pending : invocations.journal.load()) {
            invocations.retryLater(pending, Math.max(0, pending.nextAttemptAt() - invocations.clock.millis()));
        }
        return invocations;
    }

    /** The function's EventInvokeConfig and DeadLetterQueue (by function name). */
    public void configure(String function, InvokeConfig config) {
        configs.put(function, config);
    }

    /**
     * Accepts the event: it is kept before this returns. While stopping, events are still kept
     * (for the next run, with a data directory) but no longer run.
     */
    @Override
    public String invokeAsync(String function, byte[] payload, TraceHeader upstreamTrace) {
        String name = lambda.function(function).map(FunctionConfig::name)
                .orElseThrow(() -> new FunctionNotFoundException(function));
        long now = clock.millis();
        PendingInvocation invocation = new PendingInvocation(UUID.randomUUID().toString(), name, payload,
                upstreamTrace == null ? null : upstreamTrace.toString(), now, 0, now, null, null);
        journal.save(invocation);
        accepted.incrementAndGet();
        if (!closed) {
            workers(name).submit(invocation);
        }
        return invocation.requestId();
    }

    /** The wait before retry number {@code retry} (1, 2): the retry delay, then twice it. */
    Duration retryWait(int retry) {
        return settings.retryDelay().multipliedBy(1L << Math.max(0, retry - 1));
    }

    private void retryLater(PendingInvocation invocation, long delayMillis) {
        if (!closed) {
            retries.schedule(() -> workers(invocation.function()).submit(invocation), delayMillis, TimeUnit.MILLISECONDS);
        }
    }

    private InvokeConfig config(String function) {
        return configs.getOrDefault(function, InvokeConfig.DEFAULT);
    }

    private FunctionWorkers workers(String function) {
        return workers.computeIfAbsent(function, name -> new FunctionWorkers(name,
                lambda.function(name).flatMap(FunctionConfig::reservedConcurrency)
                        .orElse(lambda.settings().defaultConcurrency()), attempts::run));
    }

    public ServiceHealth health() {
        Map<String, Object> waiting = new java.util.TreeMap<>();
        workers.forEach((function, queue) -> waiting.put(function, queue.waiting()));
        return ServiceHealth.running(Map.of("accepted", accepted.get(), "retryDelayMs", settings.retryDelay().toMillis(),
                "waiting", waiting, "persistent", settings.dataDirectory() != null));
    }

    /**
     * Stops taking events; attempts already running finish (their functions' timeout, at most);
     * waiting and scheduled events stay in the journal for the next run.
     */
    @Override
    public void close() {
        closed = true;
        retries.shutdownNow();
        long grace = lambda.functions().stream().mapToLong(f -> f.timeout().toMillis()).max().orElse(0) + 5_000;
        workers.values().parallelStream().forEach(queue -> queue.stop(grace));
    }
}
