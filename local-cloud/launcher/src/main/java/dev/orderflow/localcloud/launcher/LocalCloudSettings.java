package dev.orderflow.localcloud.launcher;

import dev.orderflow.localcloud.apigateway.ApiListener;
import dev.orderflow.localcloud.lambda.InvocationListener;
import dev.orderflow.localcloud.lambda.Isolation;
import dev.orderflow.localcloud.lambda.LogSink;
import dev.orderflow.localcloud.messaging.MessagingSettings;
import dev.orderflow.localcloud.trace.Sampler;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Everything the launcher's options set; each has the default the command line documents. */
public final class LocalCloudSettings {

    private final Path template;
    private final String host;
    private final int apiPort;
    private final int edgePort;
    private final String xrayAddress;
    private final Path dataDir;
    private final Path workDir;
    private final Isolation isolation;
    private final Path seed;
    private final Map<String, String> parameterOverrides;
    private final Path logDir;
    private final String stackName;
    private final String region;
    private final int functionConcurrency;
    private final Duration idleTimeout;
    private final Path javaHome;
    private final LogSink logSink;
    private final InvocationListener invocationListener;
    private final ApiListener apiListener;
    private final Sampler sampler;
    private final MessagingSettings messaging;
    private final Path envVars;
    private final String externalXRayDaemon;
    private final Path samplingRules;
    private final boolean noLayer;

    private LocalCloudSettings(Builder b) {
        this.template = Objects.requireNonNull(b.template, "template");
        this.host = b.host;
        this.apiPort = b.apiPort;
        this.edgePort = b.edgePort;
        // Free ports for tests that ask for them, so that runs side by side never share port 2000.
        this.xrayAddress = b.xrayAddress != null ? b.xrayAddress : b.edgePort == 0 ? b.host + ":0" : b.host + ":2000";
        this.dataDir = b.dataDir;
        this.workDir = b.workDir;
        this.isolation = b.isolation;
        this.seed = b.seed;
        this.parameterOverrides = Map.copyOf(b.parameterOverrides);
        this.logDir = b.logDir;
        this.stackName = b.stackName;
        this.region = b.region;
        this.functionConcurrency = b.functionConcurrency;
        this.idleTimeout = b.idleTimeout;
        this.javaHome = b.javaHome;
        this.logSink = b.logSink;
        this.invocationListener = b.invocationListener;
        this.apiListener = b.apiListener;
        this.sampler = b.sampler;
        this.messaging = b.messaging.toBuilder().dataDirectory(b.dataDir).build();
        this.envVars = b.envVars;
        this.externalXRayDaemon = b.externalXRayDaemon;
        this.samplingRules = b.samplingRules;
        this.noLayer = b.noLayer;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Path template() {
        return template;
    }

    public String host() {
        return host;
    }

    public int apiPort() {
        return apiPort;
    }

    public int edgePort() {
        return edgePort;
    }

    /** Where the built-in X-Ray daemon listens: 127.0.0.1:2000, or free ports when the edge port is 0. */
    public String xrayAddress() {
        return xrayAddress;
    }

    /** A daemon running elsewhere that gets every segment instead of the built-in one (which is then off); or null. */
    public String externalXRayDaemon() {
        return externalXRayDaemon;
    }

    /** Sampling rules (JSON) added to the template's AWS::XRay::SamplingRule resources; or null. */
    public Path samplingRules() {
        return samplingRules;
    }

    /** Runs every function without its layers (and without an AWS_LAMBDA_EXEC_WRAPPER under /opt). */
    public boolean noLayer() {
        return noLayer;
    }

    /** Where DynamoDB keeps its data between runs; null keeps everything in memory. */
    public Path dataDir() {
        return dataDir;
    }

    /** Where functions' task and /opt folders and the Lambda runtime are laid out; null for the default. */
    public Path workDir() {
        return workDir;
    }

    public Isolation isolation() {
        return isolation;
    }

    public Path seed() {
        return seed;
    }

    public Map<String, String> parameterOverrides() {
        return parameterOverrides;
    }

    public Path logDir() {
        return logDir;
    }

    /** Null: the stack name samconfig.toml gives, else {@code local}. */
    public String stackName() {
        return stackName;
    }

    public String region() {
        return region;
    }

    public int functionConcurrency() {
        return functionConcurrency;
    }

    public Duration idleTimeout() {
        return idleTimeout;
    }

    /** The JDK that runs child execution environments. */
    public Path javaHome() {
        return javaHome;
    }

    /** Null: function output goes to the console (and to --log-dir). */
    public LogSink logSink() {
        return logSink;
    }

    /** Sees every Lambda invocation in place of the local X-Ray's platform segments; null: the local X-Ray's. */
    public InvocationListener invocationListener() {
        return invocationListener;
    }

    /** Sees every API request in place of the local X-Ray's stage segments; null: the local X-Ray's. */
    public ApiListener apiListener() {
        return apiListener;
    }

    /** Decides sampling for requests that arrive without a decision; null: the X-Ray sampling rules. */
    public Sampler sampler() {
        return sampler;
    }

    /** SQS, EventBridge and asynchronous invocation settings; their data directory is {@link #dataDir()}. */
    public MessagingSettings messaging() {
        return messaging;
    }

    /** SAM's --env-vars file (function environment overrides), or null. */
    public Path envVars() {
        return envVars;
    }

    public static final class Builder {
        private Path template = Path.of("template.yaml");
        private String host = "127.0.0.1";
        private int apiPort = 3000;
        private int edgePort = 4566;
        private String xrayAddress;
        private Path dataDir;
        private Path workDir;
        private Isolation isolation = Isolation.PROCESS;
        private Path seed;
        private final Map<String, String> parameterOverrides = new LinkedHashMap<>();
        private Path logDir;
        private String stackName;
        private String region = "us-east-1";
        private int functionConcurrency = 10;
        private Duration idleTimeout = Duration.ofMinutes(10);
        private Path javaHome = Path.of(System.getProperty("java.home"));
        private LogSink logSink;
        private InvocationListener invocationListener;
        private ApiListener apiListener;
        private Sampler sampler;
        private MessagingSettings messaging = MessagingSettings.builder().build();
        private Path envVars;
        private String externalXRayDaemon;
        private Path samplingRules;
        private boolean noLayer;

        public Builder externalXRayDaemon(String value) {
            if (value != null && !value.matches("[^:\\s]+:\\d{1,5}")) {
                throw new IllegalArgumentException("--external-xray-daemon must be host:port, not " + value);
            }
            this.externalXRayDaemon = value;
            return this;
        }

        public Builder samplingRules(Path value) {
            this.samplingRules = value;
            return this;
        }

        public Builder noLayer(boolean value) {
            this.noLayer = value;
            return this;
        }

        public Builder envVars(Path value) {
            this.envVars = value;
            return this;
        }

        public Builder messaging(MessagingSettings value) {
            this.messaging = Objects.requireNonNull(value, "messaging");
            return this;
        }

        public Builder invocationListener(InvocationListener value) {
            this.invocationListener = Objects.requireNonNull(value, "invocationListener");
            return this;
        }

        public Builder apiListener(ApiListener value) {
            this.apiListener = Objects.requireNonNull(value, "apiListener");
            return this;
        }

        public Builder sampler(Sampler value) {
            this.sampler = Objects.requireNonNull(value, "sampler");
            return this;
        }

        public Builder template(Path value) {
            this.template = value;
            return this;
        }

        public Builder host(String value) {
            this.host = Objects.requireNonNull(value, "host");
            return this;
        }

        public Builder apiPort(int value) {
            this.apiPort = port(value, "api port");
            return this;
        }

        public Builder edgePort(int value) {
            this.edgePort = port(value, "edge port");
            return this;
        }

        /** Null: 127.0.0.1:2000, or free ports when the edge port is 0. */
        public Builder xrayAddress(String value) {
            if (value == null) {
                this.xrayAddress = null;
                return this;
            }
            if (!value.matches("[^:\\s]+:\\d{1,5}")) {
                throw new IllegalArgumentException("--xray-address must be host:port, not " + value);
            }
            this.xrayAddress = value;
            return this;
        }

        public Builder dataDir(Path value) {
            this.dataDir = value;
            return this;
        }

        public Builder workDir(Path value) {
            this.workDir = value;
            return this;
        }

        public Builder isolation(Isolation value) {
            this.isolation = Objects.requireNonNull(value, "isolation");
            return this;
        }

        public Builder seed(Path value) {
            this.seed = value;
            return this;
        }

        public Builder parameterOverrides(Map<String, String> values) {
            this.parameterOverrides.putAll(values);
            return this;
        }

        public Builder logDir(Path value) {
            this.logDir = value;
            return this;
        }

        public Builder stackName(String value) {
            this.stackName = value;
            return this;
        }

        public Builder region(String value) {
            this.region = Objects.requireNonNull(value, "region");
            return this;
        }

        public Builder functionConcurrency(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("--function-concurrency must be at least 1");
            }
            this.functionConcurrency = value;
            return this;
        }

        public Builder idleTimeout(Duration value) {
            this.idleTimeout = Objects.requireNonNull(value, "idleTimeout");
            return this;
        }

        public Builder javaHome(Path value) {
            if (value == null || !java.nio.file.Files.isExecutable(value.resolve("bin").resolve("java"))) {
                throw new IllegalArgumentException("--java-home must be a JDK folder with bin/java, not " + value);
            }
            this.javaHome = value;
            return this;
        }

        public Builder logSink(LogSink value) {
            this.logSink = value;
            return this;
        }

        public LocalCloudSettings build() {
            return new LocalCloudSettings(this);
        }

        private static int port(int value, String what) {
            if (value < 0 || value > 65535) {
                throw new IllegalArgumentException(what + " must be 0 to 65535, not " + value);
            }
            return value;
        }
    }
}
