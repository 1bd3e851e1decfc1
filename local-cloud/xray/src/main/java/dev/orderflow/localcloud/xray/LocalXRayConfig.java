package dev.orderflow.localcloud.xray;

import dev.orderflow.localcloud.xray.internal.json.Json;
import dev.orderflow.localcloud.xray.internal.sampling.SamplingRule;
import dev.orderflow.localcloud.xray.internal.sampling.SamplingRuleReader;
import dev.orderflow.localcloud.xray.internal.sampling.SamplingRuleSet;
import dev.orderflow.localcloud.xray.internal.store.Retention;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** How the local X-Ray runs; built and checked by {@link Builder}. */
public final class LocalXRayConfig {

    private final DaemonAddress address;
    private final boolean daemonEnabled;
    private final Path dataDir;
    private final Retention retention;
    private final int queueCapacity;
    private final List<SamplingRule> samplingRules;
    private final String region;
    private final String accountId;
    private final Clock clock;

    private LocalXRayConfig(Builder b) {
        this.address = b.address;
        this.daemonEnabled = b.daemonEnabled;
        this.dataDir = b.dataDir;
        this.retention = new Retention(b.retention, b.maxTraces, b.maxBytes, b.maxSegmentsPerTrace);
        this.queueCapacity = b.queueCapacity;
        this.samplingRules = List.copyOf(b.samplingRules);
        this.region = b.region;
        this.accountId = b.accountId;
        this.clock = b.clock;
    }

    public DaemonAddress address() {
        return address;
    }

    public boolean daemonEnabled() {
        return daemonEnabled;
    }

    /** Null when traces live in memory only. */
    public Path dataDir() {
        return dataDir;
    }

    Retention retention() {
        return retention;
    }

    public int queueCapacity() {
        return queueCapacity;
    }

    List<SamplingRule> samplingRules() {
        return samplingRules;
    }

    public String region() {
        return region;
    }

    public String accountId() {
        return accountId;
    }

    Clock clock() {
        return clock;
    }

    /**
     * Defaults: 127.0.0.1:2000, memory only, 30 days / 25,000 traces / 96 MiB of documents (the heap holds
     * about 3.5 times the documents once queried), the default sampling rule.
     */
    public static final class Builder {
        private DaemonAddress address = DaemonAddress.DEFAULT;
        private boolean daemonEnabled = true;
        private Path dataDir;
        private Duration retention = Duration.ofDays(30);
        private int maxTraces = 25_000;
        private long maxBytes = 96L * 1024 * 1024;
        private int maxSegmentsPerTrace = 1_000;
        private int queueCapacity = 65_536;
        private List<SamplingRule> samplingRules = List.of();
        private String region = "us-east-1";
        private String accountId = "000000000000";
        private Clock clock = Clock.systemUTC();

        Builder() {
        }

        /** {@code host:port} or {@code tcp:host:port udp:host:port}; port 0 picks a free port. */
        public Builder address(String address) {
            return address(DaemonAddress.parse(address));
        }

        public Builder address(DaemonAddress address) {
            this.address = Objects.requireNonNull(address, "address");
            return this;
        }

        /** False: no sockets (store, API, sampler and in-process emitter only). */
        public Builder daemon(boolean enabled) {
            this.daemonEnabled = enabled;
            return this;
        }

        /** Where traces are persisted so they survive a restart; null for memory only. */
        public Builder dataDir(Path dataDir) {
            this.dataDir = dataDir;
            return this;
        }

        public Builder retention(Duration maxAge) {
            this.retention = Objects.requireNonNull(maxAge, "retention");
            return this;
        }

        public Builder maxTraces(int maxTraces) {
            this.maxTraces = maxTraces;
            return this;
        }

        public Builder maxBytes(long maxBytes) {
            this.maxBytes = maxBytes;
            return this;
        }

        public Builder maxSegmentsPerTrace(int max) {
            this.maxSegmentsPerTrace = max;
            return this;
        }

        public Builder queueCapacity(int capacity) {
            this.queueCapacity = capacity;
            return this;
        }

        /**
         * Sampling rules as JSON: a list of {@code AWS::XRay::SamplingRule} resources, their
         * properties ({@code {"SamplingRule": {...}}}) or bare rules, or a template with such
         * resources. Throws IllegalArgumentException naming the rule and field that is wrong.
         */
        public Builder samplingRules(String json) {
            try {
                List<SamplingRule> rules = SamplingRuleReader.read(Json.read(json));
                new SamplingRuleSet(rules, Instant.EPOCH);
                this.samplingRules = rules;
                return this;
            } catch (IOException e) {
                throw new IllegalArgumentException("sampling rules are not valid JSON: " + e.getMessage(), e);
            }
        }

        public Builder region(String region) {
            this.region = Objects.requireNonNull(region, "region");
            return this;
        }

        public Builder accountId(String accountId) {
            this.accountId = Objects.requireNonNull(accountId, "accountId");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public LocalXRayConfig build() {
            if (queueCapacity < 1) {
                throw new IllegalArgumentException("queue capacity must be at least 1");
            }
            return new LocalXRayConfig(this);
        }

        /** Builds the configuration and starts the collector. */
        public LocalXRay start() {
            return LocalXRay.start(build());
        }
    }
}
