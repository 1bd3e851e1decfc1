package dev.orderflow.localcloud.lambda;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/** How the local Lambda runs environments: isolation, where files go, and what every function sees. */
public final class LambdaSettings {

    private final Isolation isolation;
    private final Path workDirectory;
    private final Path javaHome;
    private final String region;
    private final String endpointUrl;
    private final String xrayDaemonAddress;
    private final int defaultConcurrency;
    private final Duration idleTimeout;
    private final LogSink logSink;
    private final InvocationListener listener;

    private LambdaSettings(Builder builder) {
        this.isolation = builder.isolation;
        this.workDirectory = Objects.requireNonNull(builder.workDirectory, "workDirectory");
        this.javaHome = builder.javaHome;
        this.region = builder.region;
        this.endpointUrl = Objects.requireNonNull(builder.endpointUrl, "endpointUrl");
        this.xrayDaemonAddress = builder.xrayDaemonAddress;
        this.defaultConcurrency = builder.defaultConcurrency;
        this.idleTimeout = builder.idleTimeout;
        this.logSink = builder.logSink;
        this.listener = builder.listener;
        if (defaultConcurrency < 1) {
            throw new IllegalArgumentException("defaultConcurrency must be at least 1");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public Isolation isolation() {
        return isolation;
    }

    /** Per-function task and /opt folders and the unpacked runtime live here. */
    public Path workDirectory() {
        return workDirectory;
    }

    /** The JDK that runs child environments. */
    public Path javaHome() {
        return javaHome;
    }

    public String region() {
        return region;
    }

    /** The local edge, given to functions as AWS_ENDPOINT_URL. */
    public String endpointUrl() {
        return endpointUrl;
    }

    public String xrayDaemonAddress() {
        return xrayDaemonAddress;
    }

    /** Environments per function when the template reserves no concurrency. */
    public int defaultConcurrency() {
        return defaultConcurrency;
    }

    public Duration idleTimeout() {
        return idleTimeout;
    }

    public LogSink logSink() {
        return logSink;
    }

    public InvocationListener listener() {
        return listener;
    }

    public static final class Builder {
        private Isolation isolation = Isolation.PROCESS;
        private Path workDirectory;
        private Path javaHome = Path.of(System.getProperty("java.home"));
        private String region = "us-east-1";
        private String endpointUrl;
        private String xrayDaemonAddress = "127.0.0.1:2000";
        private int defaultConcurrency = 10;
        private Duration idleTimeout = Duration.ofMinutes(10);
        private LogSink logSink = new ConsoleLogSink(System.out);
        private InvocationListener listener = InvocationListener.NONE;

        public Builder isolation(Isolation value) {
            this.isolation = Objects.requireNonNull(value, "isolation");
            return this;
        }

        public Builder workDirectory(Path value) {
            this.workDirectory = value;
            return this;
        }

        public Builder javaHome(Path value) {
            this.javaHome = Objects.requireNonNull(value, "javaHome");
            return this;
        }

        public Builder region(String value) {
            this.region = Objects.requireNonNull(value, "region");
            return this;
        }

        public Builder endpointUrl(String value) {
            this.endpointUrl = value;
            return this;
        }

        public Builder xrayDaemonAddress(String value) {
            this.xrayDaemonAddress = Objects.requireNonNull(value, "xrayDaemonAddress");
            return this;
        }

        public Builder defaultConcurrency(int value) {
            this.defaultConcurrency = value;
            return this;
        }

        public Builder idleTimeout(Duration value) {
            this.idleTimeout = Objects.requireNonNull(value, "idleTimeout");
            return this;
        }

        public Builder logSink(LogSink value) {
            this.logSink = Objects.requireNonNull(value, "logSink");
            return this;
        }

        public Builder listener(InvocationListener value) {
            this.listener = Objects.requireNonNull(value, "listener");
            return this;
        }

        public LambdaSettings build() {
            return new LambdaSettings(this);
        }
    }
}
