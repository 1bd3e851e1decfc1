package dev.orderflow.localcloud.dynamodb;

import dev.orderflow.localcloud.dynamodb.internal.server.HttpEndpoint;
import dev.orderflow.localcloud.dynamodb.internal.store.Database;
import dev.orderflow.localcloud.dynamodb.internal.store.TtlSweeper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * An embeddable DynamoDB endpoint.
 *
 * <pre>{@code
 * try (LocalDynamoDb db = LocalDynamoDb.builder().build().start()) {
 *     DynamoDbClient client = DynamoDbClient.builder().endpointOverride(db.endpoint())...build();
 * }
 * }</pre>
 *
 * {@link #build} opens the storage (replaying the data directory, if any); {@link #start} binds
 * the HTTP server; {@link #protocol()} serves requests in process with or without the server.
 */
public final class LocalDynamoDb implements AutoCloseable {

    private final Builder config;
    private final Database database;
    private final TtlSweeper ttl;
    private final DynamoDbProtocol protocol;
    private volatile HttpEndpoint http;

    private LocalDynamoDb(Builder config, Database database) {
        this.config = config;
        this.database = database;
        this.ttl = new TtlSweeper(database, config.ttlSweepInterval);
        this.protocol = new DynamoDbProtocol(database);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Binds the HTTP server (idempotent); returns this. */
    public synchronized LocalDynamoDb start() {
        if (http == null) {
            try {
                http = new HttpEndpoint(config.host, config.port, protocol, config.maxConnections);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot bind " + config.host + ":" + config.port, e);
            }
        }
        return this;
    }

    /** The bound server's URI, e.g. {@code http://127.0.0.1:43127}. */
    public URI endpoint() {
        HttpEndpoint bound = http;
        if (bound == null) {
            throw new IllegalStateException("not started: call start() first");
        }
        return bound.endpoint();
    }

    /** The in-process protocol entry point; usable before (or without) {@link #start}. */
    public DynamoDbProtocol protocol() {
        return protocol;
    }

    /** Deletes every item whose TTL has passed, now, instead of waiting for the next sweep. */
    public int expireItemsNow() {
        return ttl.sweep();
    }

    /** Stops the server and closes the storage; safe to call twice. */
    @Override
    public synchronized void close() {
        if (http != null) {
            http.close();
            http = null;
        }
        ttl.close();
        database.close();
    }

    /** Configures and builds a {@link LocalDynamoDb}. Every setting has a default. */
    public static final class Builder {
        private int port;
        private String host = "127.0.0.1";
        private Path dataDir;
        private boolean syncWrites;
        private Duration ttlSweepInterval = Duration.ofSeconds(1);
        private Clock clock = Clock.systemUTC();
        private int maxConnections = 256;

        private Builder() {
        }

        /** TCP port; 0 (the default) picks a free one, see {@link LocalDynamoDb#endpoint()}. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0-65535, was " + port);
            }
            this.port = port;
            return this;
        }

        /** Address to bind; default 127.0.0.1. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** Directory of the write-ahead log; null (the default) keeps everything in memory. */
        public Builder dataDir(Path dataDir) {
            this.dataDir = dataDir;
            return this;
        }

        /** Force every write to the disk before acknowledging it (survives power loss, slower). */
        public Builder syncWrites(boolean syncWrites) {
            this.syncWrites = syncWrites;
            return this;
        }

        /** How often expired TTL items are deleted; default one second. */
        public Builder ttlSweepInterval(Duration interval) {
            if (interval == null || interval.isNegative() || interval.isZero()) {
                throw new IllegalArgumentException("ttlSweepInterval must be positive");
            }
            this.ttlSweepInterval = interval;
            return this;
        }

        /** The clock TTL is judged by; default the system clock. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Most HTTP connections served at once (one thread each); default 256. */
        public Builder maxConnections(int connections) {
            if (connections < 1) {
                throw new IllegalArgumentException("maxConnections must be at least 1");
            }
            this.maxConnections = connections;
            return this;
        }

        /** Opens the storage (replaying dataDir if set); the server starts with {@link LocalDynamoDb#start}. */
        public LocalDynamoDb build() {
            try {
                Database database = dataDir == null ? Database.inMemory(clock)
                        : Database.open(dataDir, syncWrites, clock);
                return new LocalDynamoDb(this, database);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open data directory " + dataDir, e);
            }
        }
    }
}
