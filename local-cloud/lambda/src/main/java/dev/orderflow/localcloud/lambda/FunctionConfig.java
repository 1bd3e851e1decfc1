package dev.orderflow.localcloud.lambda;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** What Lambda needs to run a function: its code, handler, limits and environment. */
public final class FunctionConfig {

    private final String name;
    private final String arn;
    private final String handler;
    private final String runtime;
    private final Path artifact;
    private final List<Path> layers;
    private final int memoryMb;
    private final Duration timeout;
    private final Map<String, String> environment;
    private final Integer reservedConcurrency;
    private final String logGroup;
    private final String logFormat;
    private final String logLevel;

    private FunctionConfig(Builder builder) {
        this.name = required(builder.name, "name");
        this.arn = required(builder.arn, "arn");
        this.handler = required(builder.handler, "handler");
        this.runtime = builder.runtime;
        this.artifact = Objects.requireNonNull(builder.artifact, "artifact");
        this.layers = List.copyOf(builder.layers);
        this.memoryMb = builder.memoryMb;
        this.timeout = builder.timeout;
        this.environment = Map.copyOf(builder.environment);
        this.reservedConcurrency = builder.reservedConcurrency;
        this.logGroup = builder.logGroup == null ? "/aws/lambda/" + name : builder.logGroup;
        this.logFormat = builder.logFormat;
        this.logLevel = builder.logLevel;
        if (memoryMb < 128 || memoryMb > 10240) {
            throw new IllegalArgumentException(name + ": MemorySize must be 128 to 10240 MB, not " + memoryMb);
        }
        if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(Duration.ofSeconds(900)) > 0) {
            throw new IllegalArgumentException(name + ": Timeout must be 1 to 900 seconds, not " + timeout.toSeconds());
        }
        if (reservedConcurrency != null && reservedConcurrency < 0) {
            throw new IllegalArgumentException(name + ": ReservedConcurrentExecutions must not be negative");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public String name() {
        return name;
    }

    public String arn() {
        return arn;
    }

    public String handler() {
        return handler;
    }

    public String runtime() {
        return runtime;
    }

    /** The built code: a jar, a zip, or a folder laid out as Lambda's /var/task. */
    public Path artifact() {
        return artifact;
    }

    /** Layer contents in order (a zip or a folder each), unpacked into the function's own /opt. */
    public List<Path> layers() {
        return layers;
    }

    public int memoryMb() {
        return memoryMb;
    }

    public Duration timeout() {
        return timeout;
    }

    /** The template's variables; Lambda's own are added by the environment. */
    public Map<String, String> environment() {
        return environment;
    }

    public Optional<Integer> reservedConcurrency() {
        return Optional.ofNullable(reservedConcurrency);
    }

    public String logGroup() {
        return logGroup;
    }

    /** {@code Text} or {@code JSON}, as LoggingConfig.LogFormat. */
    public String logFormat() {
        return logFormat;
    }

    /** LoggingConfig.ApplicationLogLevel, or null; applies with the JSON log format, as on Lambda. */
    public String logLevel() {
        return logLevel;
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("function " + field + " is required");
        }
        return value;
    }

    public static final class Builder {
        private String name;
        private String arn;
        private String handler;
        private String runtime = "java21";
        private Path artifact;
        private List<Path> layers = List.of();
        private int memoryMb = 128;
        private Duration timeout = Duration.ofSeconds(3);
        private final Map<String, String> environment = new LinkedHashMap<>();
        private Integer reservedConcurrency;
        private String logGroup;
        private String logFormat = "Text";
        private String logLevel;

        public Builder name(String value) {
            this.name = value;
            return this;
        }

        public Builder arn(String value) {
            this.arn = value;
            return this;
        }

        public Builder handler(String value) {
            this.handler = value;
            return this;
        }

        public Builder runtime(String value) {
            this.runtime = Objects.requireNonNull(value, "runtime");
            return this;
        }

        public Builder artifact(Path value) {
            this.artifact = value;
            return this;
        }

        public Builder layers(List<Path> value) {
            this.layers = List.copyOf(value);
            return this;
        }

        public Builder memoryMb(int value) {
            this.memoryMb = value;
            return this;
        }

        public Builder timeout(Duration value) {
            this.timeout = Objects.requireNonNull(value, "timeout");
            return this;
        }

        public Builder environment(Map<String, String> value) {
            this.environment.putAll(value);
            return this;
        }

        public Builder reservedConcurrency(Integer value) {
            this.reservedConcurrency = value;
            return this;
        }

        public Builder logGroup(String value) {
            this.logGroup = value;
            return this;
        }

        public Builder logFormat(String value) {
            this.logFormat = value == null ? "Text" : value;
            return this;
        }

        public Builder logLevel(String value) {
            this.logLevel = value;
            return this;
        }

        public FunctionConfig build() {
            return new FunctionConfig(this);
        }
    }
}
