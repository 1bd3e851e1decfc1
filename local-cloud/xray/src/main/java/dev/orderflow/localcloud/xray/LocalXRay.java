package dev.orderflow.localcloud.xray;

import dev.orderflow.localcloud.xray.internal.api.XRayApiRouter;
import dev.orderflow.localcloud.xray.internal.daemon.DaemonCounters;
import dev.orderflow.localcloud.xray.internal.daemon.IngestPipeline;
import dev.orderflow.localcloud.xray.internal.json.Json;
import dev.orderflow.localcloud.xray.internal.daemon.DaemonSockets;
import dev.orderflow.localcloud.xray.internal.sampling.SamplingRule.SamplingTarget;
import dev.orderflow.localcloud.xray.internal.sampling.SamplingRuleSet;
import dev.orderflow.localcloud.xray.internal.store.JournalReplay;
import dev.orderflow.localcloud.xray.internal.segment.SegmentParser;
import dev.orderflow.localcloud.xray.internal.store.SegmentJournal;
import dev.orderflow.localcloud.xray.internal.store.TraceStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * The local X-Ray: a daemon (UDP segments and TCP sampling/query calls on one address), the trace
 * store and the X-Ray API, in process. Start it with {@link #builder()}; close it to stop.
 */
public final class LocalXRay implements AutoCloseable {

    private static final Logger LOG = System.getLogger("dev.orderflow.localcloud.xray");

    private final LocalXRayConfig config;
    private final Clock clock;
    private final DaemonCounters counters = new DaemonCounters();
    private final TraceStore store;
    private final SegmentJournal journal;
    private final IngestPipeline pipeline;
    private final SamplingRuleSet rules;
    private final XRayApi api;
    private final DaemonSockets sockets;

    private LocalXRay(LocalXRayConfig config) throws IOException {
        this.config = config;
        this.clock = config.clock();
        SegmentParser parser = new SegmentParser(config.retention().maxAge());
        this.store = new TraceStore(config.retention());
        this.journal = config.dataDir() == null ? null : SegmentJournal.open(config.dataDir());
        this.pipeline = new IngestPipeline(config.queueCapacity(), parser, store, journal, counters, clock);
        if (journal != null) {
            JournalReplay.replay(journal, parser, store, clock);
            pipeline.compactIfWorthIt();
        }
        this.rules = new SamplingRuleSet(config.samplingRules(), clock.instant());
        this.api = new XRayApiRouter(store, pipeline, parser, rules, clock, config.region(), config.accountId());
        pipeline.start();
        this.sockets = config.daemonEnabled() ? DaemonSockets.bind(config.address(), pipeline, counters, api,
                () -> Json.text(StatsJson.of(stats()))) : null;
        if (sockets != null) {
            LOG.log(Level.INFO, "X-Ray daemon listening on UDP {0}, TCP {1}", sockets.udpAddress(), sockets.tcpAddress());
        }
    }

    public static LocalXRayConfig.Builder builder() {
        return new LocalXRayConfig.Builder();
    }

    static LocalXRay start(LocalXRayConfig config) {
        try {
            return new LocalXRay(config);
        } catch (IOException e) {
            throw new UncheckedIOException("the local X-Ray could not start: " + e.getMessage(), e);
        }
    }

    /** The X-Ray API, to dispatch requests to in process (as the edge on port 4566 does). */
    public XRayApi api() {
        return api;
    }

    /** Sampling decisions with the configured rules. */
    public XRaySampler sampler() {
        return request -> {
            SamplingRuleSet.Decision decision = rules.decide(new SamplingTarget(request.serviceName(),
                    request.serviceType(), request.host(), request.httpMethod(), request.urlPath(),
                    request.resourceArn(), Map.of()), clock.instant().getEpochSecond());
            return new XRaySampler.SamplingDecision(decision.sampled(), decision.ruleName());
        };
    }

    /** Hands platform segments to this collector directly (same queue and checks as the UDP path). */
    public SegmentEmitter emitter() {
        return document -> pipeline.offer(document.getBytes(StandardCharsets.UTF_8));
    }

    /** The bound daemon address (ports resolved when 0 was asked for); null when the daemon is off. */
    public DaemonAddress daemonAddress() {
        return sockets == null ? null : new DaemonAddress(sockets.udpAddress(), sockets.tcpAddress());
    }

    public DaemonStats stats() {
        return new DaemonStats(counters.datagrams.sum(), counters.malformedDatagrams.sum(),
                counters.queueOverflows.sum(), counters.accepted.sum(), counters.rejected.sum(),
                counters.traceFull.sum(), counters.journalErrors.sum(), pipeline.queued(), store.size(),
                store.bytes(), store.evictedTraces());
    }

    /** Waits until every document received so far is stored or counted as dropped. */
    public boolean awaitIngested(Duration timeout) {
        try {
            return pipeline.awaitSettled(timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public LocalXRayConfig config() {
        return config;
    }

    @Override
    public void close() {
        if (sockets != null) {
            sockets.close();
        }
        pipeline.close();
        if (journal != null) {
            try {
                journal.close();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "X-Ray data dir close failed: {0}", e.toString());
            }
        }
    }
}
