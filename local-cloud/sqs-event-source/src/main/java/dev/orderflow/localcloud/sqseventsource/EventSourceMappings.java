package dev.orderflow.localcloud.sqseventsource;

import dev.orderflow.localcloud.edge.DaemonThreads;
import dev.orderflow.localcloud.edge.ServiceHealth;
import dev.orderflow.localcloud.lambda.FunctionConfig;
import dev.orderflow.localcloud.lambda.LambdaService;
import dev.orderflow.localcloud.sqseventsource.internal.Poller;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The SQS event source mappings of the local Lambda: each has pollers (Lambda's five, or the
 * mapping's MaximumConcurrency, never more than the function may run) that feed batches to the
 * function.
 */
public final class EventSourceMappings implements AutoCloseable {

    private static final int DEFAULT_POLLERS = 5;

    private final LambdaService lambda;
    private final SqsClient sqs;
    private final String region;
    private final List<Running> running = new CopyOnWriteArrayList<>();

    private record Running(SqsMapping mapping, List<Poller> pollers, List<Thread> threads, Poller.Counters counters) {
    }

    public EventSourceMappings(LambdaService lambda, SqsClient sqs, String region) {
        this.lambda = lambda;
        this.sqs = sqs;
        this.region = region;
    }

    /** Starts polling for the mapping (a disabled mapping is kept, without pollers). */
    public void add(SqsMapping mapping) {
        FunctionConfig function = lambda.function(mapping.function()).orElseThrow(() -> new IllegalArgumentException(
                "event source mapping: function " + mapping.function() + " does not exist"));
        int limit = function.reservedConcurrency().orElse(lambda.settings().defaultConcurrency());
        int count = mapping.enabled() ? Math.min(limit, mapping.maximumConcurrency() == null ? DEFAULT_POLLERS
                : mapping.maximumConcurrency()) : 0;
        Poller.Counters counters = new Poller.Counters();
        List<Poller> pollers = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Poller poller = new Poller(mapping, sqs, lambda, region, counters);
            Thread thread = DaemonThreads.factory("sqs-poller-" + function.name()).newThread(poller);
            pollers.add(poller);
            threads.add(thread);
            thread.start();
        }
        running.add(new Running(mapping, pollers, threads, counters));
    }

    public List<SqsMapping> mappings() {
        return running.stream().map(Running::mapping).toList();
    }

    public ServiceHealth health() {
        Map<String, Object> details = new LinkedHashMap<>();
        for (Running mapping : running) {
            details.put(mapping.mapping().function() + " <- " + mapping.mapping().queueArn(), Map.of(
                    "pollers", mapping.pollers().size(), "batches", mapping.counters().batches().get(),
                    "failedBatches", mapping.counters().failedBatches().get(), "deleted", mapping.counters().deleted().get()));
        }
        return ServiceHealth.running(details);
    }

    /**
     * Stops polling; batches being processed finish (up to their function's timeout) and are
     * deleted; messages received while stopping go straight back to the queue.
     */
    @Override
    public void close() {
        running.forEach(mapping -> mapping.pollers().forEach(Poller::stop));
        for (Running mapping : running) {
            long grace = lambda.function(mapping.mapping().function()).map(f -> f.timeout().toMillis()).orElse(0L) + 5_000;
            long deadline = System.currentTimeMillis() + grace;
            for (int i = 0; i < mapping.pollers().size(); i++) {
                while (mapping.pollers().get(i).busy() && System.currentTimeMillis() < deadline) {
                    try {
                        mapping.threads().get(i).join(50);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }
}
