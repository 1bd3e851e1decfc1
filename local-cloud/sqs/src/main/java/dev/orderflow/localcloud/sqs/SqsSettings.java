package dev.orderflow.localcloud.sqs;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/** Where the local SQS runs and what its queue URLs and ARNs look like. */
public final class SqsSettings {

    private final String bindHost;
    private final URI edgeUrl;
    private final String region;
    private final String accountId;
    private final Path dataDirectory;

    private SqsSettings(Builder builder) {
        this.bindHost = builder.bindHost;
        this.edgeUrl = Objects.requireNonNull(builder.edgeUrl, "edgeUrl");
        this.region = builder.region;
        this.accountId = builder.accountId;
        this.dataDirectory = builder.dataDirectory;
        if (edgeUrl.getHost() == null || edgeUrl.getPort() < 0) {
            throw new IllegalArgumentException("edgeUrl must be http://host:port, not " + edgeUrl);
        }
        if (!accountId.matches("\\d{12}")) {
            throw new IllegalArgumentException("accountId must be 12 digits, not " + accountId);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The interface ElasticMQ's own HTTP server binds (a loopback address: only the edge talks to it). */
    public String bindHost() {
        return bindHost;
    }

    /** The edge endpoint: queue URLs are {@code <edge>/<account>/<queue>}, as the template reader makes them. */
    public URI edgeUrl() {
        return edgeUrl;
    }

    public String region() {
        return region;
    }

    public String accountId() {
        return accountId;
    }

    /** Where queues and messages are kept between runs; null keeps them in memory. */
    public Path dataDirectory() {
        return dataDirectory;
    }

    public static final class Builder {
        private String bindHost = "127.0.0.1";
        private URI edgeUrl;
        private String region = "us-east-1";
        private String accountId = "123456789012";
        private Path dataDirectory;

        public Builder bindHost(String value) {
            this.bindHost = Objects.requireNonNull(value, "bindHost");
            return this;
        }

        public Builder edgeUrl(String value) {
            this.edgeUrl = URI.create(Objects.requireNonNull(value, "edgeUrl"));
            return this;
        }

        public Builder region(String value) {
            this.region = Objects.requireNonNull(value, "region");
            return this;
        }

        public Builder accountId(String value) {
            this.accountId = Objects.requireNonNull(value, "accountId");
            return this;
        }

        public Builder dataDirectory(Path value) {
            this.dataDirectory = value;
            return this;
        }

        public SqsSettings build() {
            return new SqsSettings(this);
        }
    }
}
